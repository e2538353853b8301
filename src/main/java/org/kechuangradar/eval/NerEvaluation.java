package org.kechuangradar.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kechuangradar.app.Radar;
import org.kechuangradar.model.Mention;

/**
 * Measures entity recognition sentence by sentence on the parts of CLUENER ({@code train.json}) and MSRA
 * ({@code val_sentences.txt} with {@code val_tags.txt}) the tagger never trained on: precision, recall and F1 per
 * class by exact span, for the whole extraction and, in the same run on the same sentences, for HanLP's recogniser
 * (person, place and organization recognition on; job titles as positions; organizations typed by suffix).
 */
public final class NerEvaluation {
  /** True positives, false positives and false negatives of one class. */
  public static final class Counts {
    int tp;
    int fp;
    int fn;

    public double precision() {
      return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    public double recall() {
      return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** Per class, the counts for Kechuang Radar and for HanLP. */
  public record Result(String dataset, int sentences, Map<String, Counts> ours, Map<String, Counts> hanlp) {}

  private record Span(String cls, int start, int end) {}

  private static final Segment HANLP = HanLP.newSegment().enableNameRecognize(true).enablePlaceRecognize(true)
      .enableOrganizationRecognize(true).enableOffset(true);
  private final Radar radar;

  public NerEvaluation(Radar radar) {
    this.radar = radar;
  }

  public Result cluener(Path trainJson, int limit) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, Counts> ours = counts("name", "position", "government", "company", "organization", "address");
    Map<String, Counts> hanlp = counts("name", "position", "government", "company", "organization", "address");
    int n = 0;
    int line = -1;
    for (String row0 : Files.readAllLines(trainJson)) {
      if (!NerCorpora.cluenerHeldOut(++line)) {
        continue;
      }
      if (n++ >= limit) {
        break;
      }
      String line0 = row0;
      JsonNode row = json.readTree(line0);
      String text = row.get("text").asText();
      Set<Span> gold = new HashSet<>();
      Iterator<Map.Entry<String, JsonNode>> classes = row.get("label").fields();
      while (classes.hasNext()) {
        Map.Entry<String, JsonNode> c = classes.next();
        if (!ours.containsKey(c.getKey())) {
          continue;
        }
        Iterator<JsonNode> spans = c.getValue().elements();
        while (spans.hasNext()) {
          for (JsonNode s : spans.next()) {
            gold.add(new Span(c.getKey(), s.get(0).asInt(), s.get(1).asInt() + 1));
          }
        }
      }
      score(gold, oursCluener(text), ours);
      score(gold, hanlpSpans(text, false), hanlp);
    }
    return new Result("CLUENER train, held-out tenth", Math.min(n, limit), ours, hanlp);
  }

  public Result msra(Path sentences, Path tags, int limit) throws IOException {
    List<String> lines = Files.readAllLines(sentences);
    List<String> tagLines = Files.readAllLines(tags);
    Map<String, Counts> ours = counts("PER", "LOC", "ORG");
    Map<String, Counts> hanlp = counts("PER", "LOC", "ORG");
    int n = 0;
    for (int i = 0; i < lines.size() && n < limit; i++) {
      if (!NerCorpora.msraHeldOut(i)) {
        continue;
      }
      n++;
      String text = lines.get(i).replace(" ", "");
      String[] tag = tagLines.get(i).strip().split(" ");
      Set<Span> gold = new HashSet<>();
      for (int k = 0; k < tag.length; k++) {
        if (tag[k].startsWith("B-")) {
          int end = k + 1;
          while (end < tag.length && tag[end].equals("I-" + tag[k].substring(2))) {
            end++;
          }
          gold.add(new Span(tag[k].substring(2), k, end));
        }
      }
      Set<Span> mine = new HashSet<>();
      for (Span s : oursCluener(text)) {
        String cls = switch (s.cls()) {
          case "name" -> "PER";
          case "address" -> "LOC";
          case "government", "company", "organization" -> "ORG";
          default -> null;
        };
        if (cls != null) {
          mine.add(new Span(cls, s.start(), s.end()));
        }
      }
      score(gold, mine, ours);
      score(gold, hanlpSpans(text, true), hanlp);
    }
    return new Result("MSRA sample, held-out third", n, ours, hanlp);
  }

  private Set<Span> oursCluener(String text) {
    Set<Span> out = new HashSet<>();
    for (Mention m : radar.extractSentence("eval", text).extraction().entities()) {
      String cls = switch (m.type()) {
        case PERSON -> "name";
        case POSITION -> "position";
        case GOVERNMENT -> "government";
        case COMPANY -> "company";
        case ORGANIZATION -> "organization";
        case REGION, ADDRESS -> "address";
        default -> null;
      };
      if (cls != null) {
        out.add(new Span(cls, m.start(), m.end()));
      }
    }
    return out;
  }

  private static Set<Span> hanlpSpans(String text, boolean msra) {
    Set<Span> out = new HashSet<>();
    for (Term t : HANLP.seg(text)) {
      String nature = t.nature.toString();
      String cls = null;
      if (nature.startsWith("nr")) {
        cls = msra ? "PER" : "name";
      } else if (nature.startsWith("ns")) {
        cls = msra ? "LOC" : "address";
      } else if (nature.startsWith("nt")) {
        cls = msra ? "ORG" : organizationClass(t.word);
      } else if (nature.equals("nnt") && !msra) {
        cls = "position";
      }
      if (cls != null) {
        out.add(new Span(cls, t.offset, t.offset + t.word.length()));
      }
    }
    return out;
  }

  private static String organizationClass(String name) {
    if (name.matches(".*(公司|集团|银行|证券|科技|股份)$")) {
      return "company";
    }
    return name.matches(".*(政府|局|部|委|厅|署|办|法院|检察院)$") ? "government" : "organization";
  }

  private static void score(Set<Span> gold, Set<Span> found, Map<String, Counts> counts) {
    for (Span s : found) {
      Counts c = counts.get(s.cls());
      if (c != null) {
        if (gold.contains(s)) {
          c.tp++;
        } else {
          c.fp++;
        }
      }
    }
    for (Span s : gold) {
      Counts c = counts.get(s.cls());
      if (c != null && !found.contains(s)) {
        c.fn++;
      }
    }
  }

  private static Map<String, Counts> counts(String... classes) {
    Map<String, Counts> m = new LinkedHashMap<>();
    for (String c : classes) {
      m.put(c, new Counts());
    }
    return m;
  }
}
