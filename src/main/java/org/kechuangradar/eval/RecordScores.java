package org.kechuangradar.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * Precision and recall of the events, policies and domain records (facilities, funds, calls, instruments,
 * indicators, proposals) of one extraction against a gold file that lists all of them: a gold record is found when some extracted record
 * matches it the way {@code tools/score.py} matches, and an extracted record is right when it matches some gold
 * record. Written here because the shared scorer counts only recall.
 */
public final class RecordScores {
  /** Counts for one record type: gold records found, gold records, extracted records right, extracted records. */
  public record Counts(int goldFound, int gold, int right, int extracted) {
    Counts plus(Counts o) {
      return new Counts(goldFound + o.goldFound, gold + o.gold, right + o.right, extracted + o.extracted);
    }

    public double recall() {
      return gold == 0 ? 1 : (double) goldFound / gold;
    }

    public double precision() {
      return extracted == 0 ? 1 : (double) right / extracted;
    }
  }

  public static final List<String> TYPES = List.of("facilities", "funds", "calls", "instruments", "indicators",
      "proposals");
  /**
   * Record types the shared scorer also checks for recall; here an extracted one counts only when fully right. Only a
   * news-story gold (one with {@code story}) lists every event and policy, so only there are they scored for precision.
   */
  public static final List<String> FACTS = List.of("events", "policies");

  private RecordScores() {}

  /** The counts per record type the gold file lists; types it does not list are left out. */
  public static Map<String, Counts> score(JsonNode gold, JsonNode extracted) {
    Map<String, Counts> out = new LinkedHashMap<>();
    for (String type : scored(gold)) {
      if (gold.has(type)) {
        out.put(type, count(expected(gold, type), extracted.path(type), matcher(type)));
      }
    }
    return out;
  }

  /** What lowers the counts: gold records not found and extracted records that match no gold record. */
  public static List<String> misses(JsonNode gold, JsonNode extracted) {
    List<String> out = new java.util.ArrayList<>();
    for (String type : scored(gold)) {
      if (!gold.has(type)) {
        continue;
      }
      BiPredicate<JsonNode, JsonNode> matches = matcher(type);
      for (JsonNode g : expected(gold, type)) {
        boolean found = false;
        for (JsonNode f : extracted.path(type)) {
          found |= matches.test(g, f);
        }
        if (!found) {
          out.add("MISS [" + type + "] " + g);
        }
      }
      for (JsonNode f : extracted.path(type)) {
        boolean right = false;
        for (JsonNode g : expected(gold, type)) {
          right |= matches.test(g, f);
        }
        if (!right) {
          out.add("WRONG [" + type + "] " + f);
        }
      }
    }
    return out;
  }

  /** An extracted fact and whether it is right. */
  public record Judged(JsonNode fact, boolean right) {}

  /**
   * Each extracted fact judged right or wrong, per record type whose every fact the gold lists: the types scored for
   * precision, and of a news-story gold that lists them the people (right: a person the gold names), organizations
   * (right: a name or alias of one the gold names) and regions (right: one the gold names, by the scorer's key). China
   * itself is left unjudged: the gold lists the divisions and the foreign countries a story names, not China.
   */
  public static Map<String, List<Judged>> judged(JsonNode gold, JsonNode extracted) {
    Map<String, List<Judged>> out = new LinkedHashMap<>();
    for (String type : scored(gold)) {
      if (gold.has(type)) {
        BiPredicate<JsonNode, JsonNode> matches = matcher(type);
        out.put(type, each(extracted.path(type), f -> any(expected(gold, type), g -> matches.test(g, f))));
      }
    }
    if (gold.has("story") && gold.has("people")) {
      java.util.Set<String> people = new java.util.HashSet<>();
      gold.get("people").forEach(g -> people.add(norm(g.path("name").asText())));
      out.put("people", each(extracted.path("people"), f -> people.contains(norm(f.path("name").asText()))));
    }
    if (gold.has("story") && gold.has("organizations")) {
      java.util.Set<String> names = new java.util.HashSet<>();
      for (JsonNode g : expected(gold, "organizations")) {
        names.add(norm(g.path("name").asText()));
        g.path("aliases").forEach(a -> names.add(norm(a.asText())));
      }
      out.put("organizations", each(extracted.path("organizations"), f -> names.contains(norm(f.path("name").asText()))
          || any(f.path("aliases"), a -> names.contains(norm(a.asText())))));
    }
    if (gold.has("story") && gold.has("regions")) {
      java.util.Set<String> keys = new java.util.HashSet<>();
      expected(gold, "regions").forEach(r -> keys.add(regionKey(r.asText())));
      out.put("regions", each(extracted.path("regions"), f -> keys.contains(regionKey(f.path("name").asText())))
          .stream().filter(j -> !j.fact().path("name").asText().equals("中国")).toList());
    }
    return out;
  }

  private static List<Judged> each(JsonNode facts, java.util.function.Predicate<JsonNode> right) {
    List<Judged> out = new java.util.ArrayList<>();
    facts.forEach(f -> out.add(new Judged(f, right.test(f))));
    return out;
  }

  private static boolean any(JsonNode items, java.util.function.Predicate<JsonNode> test) {
    for (JsonNode i : items) {
      if (test.test(i)) {
        return true;
      }
    }
    return false;
  }

  /** Adds {@code more} into {@code total}, type by type. */
  public static void add(Map<String, Counts> total, Map<String, Counts> more) {
    more.forEach((type, c) -> total.merge(type, c, Counts::plus));
  }

  private static List<String> scored(JsonNode gold) {
    return gold.has("story") ? java.util.stream.Stream.concat(FACTS.stream(), TYPES.stream()).toList() : TYPES;
  }

  /** The gold records of a type: policies list theirs under {@code expected}. */
  private static JsonNode expected(JsonNode gold, String type) {
    JsonNode section = gold.get(type);
    return section.isObject() ? section.path("expected") : section;
  }

  private static Counts count(JsonNode gold, JsonNode found, BiPredicate<JsonNode, JsonNode> matches) {
    int goldFound = 0;
    for (JsonNode g : gold) {
      for (JsonNode f : found) {
        if (matches.test(g, f)) {
          goldFound++;
          break;
        }
      }
    }
    int right = 0;
    for (JsonNode f : found) {
      for (JsonNode g : gold) {
        if (matches.test(g, f)) {
          right++;
          break;
        }
      }
    }
    return new Counts(goldFound, gold.size(), right, found.size());
  }

  private static BiPredicate<JsonNode, JsonNode> matcher(String type) {
    return switch (type) {
      case "events" -> (g, f) -> has(text(f.path("sentence")) + text(f.path("summary")), g.path("keyword").asText())
          && (!g.hasNonNull("date") || f.path("date").asText("").startsWith(g.get("date").asText()))
          && (!g.hasNonNull("region") || regionKey(f.path("region").asText("")).equals(regionKey(g.get("region").asText())))
          && (!g.hasNonNull("type") || f.path("type").asText("").equals(g.get("type").asText()))
          && f.path("status").asText("done").equals(g.path("status").asText("done"));
      case "policies" -> (g, f) -> norm(f.path("title").asText("")).equals(norm(g.path("title").asText()))
          && (!g.hasNonNull("region") || regionKey(f.path("region").asText("")).equals(regionKey(g.get("region").asText())))
          && (!g.hasNonNull("date") || f.path("date").asText("").startsWith(g.get("date").asText()));
      case "facilities" -> (g, f) -> has(f.path("name"), g.path("keyword"))
          && (!g.hasNonNull("region") || regionKey(f.path("region").asText("")).equals(regionKey(g.get("region").asText())))
          && (!g.hasNonNull("stage") || hasStage(f, g.get("stage").asText(), g.path("date").asText("")));
      case "funds" -> (g, f) -> has(text(f.path("name")) + text(f.path("structure")), g.path("keyword").asText())
          && (!g.hasNonNull("size") || close(f.path("size").path("value"), g.get("size").asDouble()));
      case "calls" -> (g, f) -> has(text(f.path("name")) + text(f.path("kind")), g.path("keyword").asText())
          && (!g.hasNonNull("projects") || projects(f) == g.get("projects").asInt());
      case "instruments" -> (g, f) -> f.path("kind").asText().equals(g.path("kind").asText())
          && (!g.hasNonNull("amount") || close(f.path("amount").path("cap"), g.get("amount").asDouble())
              || close(f.path("amount").path("value"), g.get("amount").asDouble()))
          && (!g.hasNonNull("keyword") || has(f.path("name"), g.get("keyword")));
      case "indicators" -> (g, f) -> has(f.path("metric"), g.path("metric")) && close(f.path("value"), g.path("value").asDouble())
          && (!g.has("target") || f.path("target").asBoolean() == g.get("target").asBoolean());
      default -> (g, f) -> norm(f.path("speaker").asText()).equals(norm(g.path("speaker").asText()))
          && keywords(g, f);
    };
  }

  private static boolean keywords(JsonNode gold, JsonNode found) {
    StringBuilder joined = new StringBuilder();
    found.path("recommendations").forEach(r -> joined.append(r.asText()).append('|'));
    for (JsonNode k : gold.path("keywords")) {
      if (!norm(joined.toString()).contains(norm(k.asText()))) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasStage(JsonNode facility, String stage, String date) {
    for (JsonNode s : facility.path("stages")) {
      if (s.path("stage").asText().equals(stage) && s.path("date").asText("").startsWith(date)) {
        return true;
      }
    }
    return false;
  }

  private static int projects(JsonNode call) {
    int total = 0;
    for (JsonNode p : call.path("projects")) {
      total += p.path("count").asInt();
    }
    return total;
  }

  private static boolean has(JsonNode hay, JsonNode keyword) {
    return has(text(hay), keyword.asText(""));
  }

  private static boolean has(String hay, String keyword) {
    return norm(hay).contains(norm(keyword));
  }

  private static String text(JsonNode n) {
    return n == null || n.isNull() || n.isMissingNode() ? "" : n.asText();
  }

  private static boolean close(JsonNode found, double gold) {
    return found != null && found.isNumber() && Math.abs(found.asDouble() - gold) <= 1e-6 * Math.max(1.0, Math.abs(gold));
  }

  private static final List<String> REGION_SUFFIXES = List.of("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区",
      "自治州", "自治县", "新区", "省", "市", "区", "县", "州");

  /** The scorer's region key: the name without its administrative suffix. */
  private static String regionKey(String name) {
    String s = norm(name);
    for (String suffix : REGION_SUFFIXES) {
      if (s.endsWith(suffix) && s.length() > suffix.length() + 1) {
        return s.substring(0, s.length() - suffix.length());
      }
    }
    return s;
  }

  /** The scorer's normal form: NFKC, straight quotes and dashes, no white space. */
  private static String norm(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
    n = n.replace('“', '"').replace('”', '"').replace('‘', '\'').replace('’', '\'').replace('—', '-').replace('–', '-')
        .replace('－', '-').replace('~', '-').replace('～', '-').replace('〔', '(').replace('〕', ')');
    return n.replaceAll("\\s+", "");
  }
}
