package org.kechuangradar.index;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kechuangradar.segment.Occurrences;
import org.kechuangradar.time.PartialDate;

/**
 * What a document is filtered and counted by, read off its extraction record: the regions it names (each with
 * its ancestors, so a province matches its cities), bodies, people, policy kinds, event types and industries;
 * and the rows it adds to the policy, event, people and organization tables.
 */
public final class RecordFacets {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CHINA = "100000";
  private static final Set<String> MUNICIPALITIES = Set.of("11", "12", "31", "50");
  // More values than a news article has in any dimension: of the 9,497 stories of ../shared/data/xwlb, the most
  // is 104 (people named in one story).
  static final int INHERITED = 256;

  /** The dimensions a search filters on and counts; {@code body} is the government part of {@code org}. */
  public enum Dim {
    REGION("region"), ORG("org"), BODY("body"), PERSON("person"), KIND("kind"), TYPE("type"), INDUSTRY("industry"),
    SOURCE("source");

    public final String param;

    Dim(String param) {
      this.param = param;
    }

    /** The Lucene field that holds this dimension's values. */
    String field() {
      return "f_" + param;
    }
  }

  /** The tables documents add rows to. */
  public enum Table {
    POLICY("policies"), EVENT("events"), PERSON("people"), ORGANIZATION("organizations");

    public final String path;

    Table(String path) {
      this.path = path;
    }
  }

  /**
   * One table row: its own values per dimension, its date, the text a query matches, and the JSON shown,
   * which names the document and sentence it came from.
   */
  public record Row(Table table, Map<Dim, Set<String>> values, String date, String text, String json) {}

  private final Map<Dim, Set<String>> values;
  private final String month;
  private final List<Row> rows;

  private RecordFacets(Map<Dim, Set<String>> values, String month, List<Row> rows) {
    this.values = values;
    this.month = month;
    this.rows = rows;
  }

  public Map<Dim, Set<String>> values() {
    return values;
  }

  /** The publication month ({@code 2025-03}), or null. */
  public String month() {
    return month;
  }

  public List<Row> rows() {
    return rows;
  }

  /** Reads the facets and rows of a stored document. */
  public static RecordFacets of(StoredDocument doc) {
    JsonNode r = facetFields(doc);
    Map<Dim, Set<String>> v = new EnumMap<>(Dim.class);
    for (Dim d : Dim.values()) {
      v.put(d, new LinkedHashSet<>());
    }
    Map<String, String> codes = new HashMap<>();
    for (JsonNode region : r.path("regions")) {
      v.get(Dim.REGION).addAll(regionValues(text(region, "code"), text(region, "name")));
      if (text(region, "code") != null && text(region, "name") != null) {
        codes.put(text(region, "name"), text(region, "code"));
      }
    }
    for (JsonNode o : r.path("organizations")) {
      v.get(Dim.ORG).add(o.path("name").asText());
      if (o.path("type").asText().equals("government")) {
        v.get(Dim.BODY).add(o.path("name").asText());
      }
    }
    for (JsonNode p : r.path("people")) {
      v.get(Dim.PERSON).add(p.path("name").asText());
    }
    for (JsonNode p : r.path("policies")) {
      addIfPresent(v.get(Dim.KIND), text(p, "kind"));
      p.path("topics").forEach(t -> v.get(Dim.INDUSTRY).add(t.asText()));
    }
    for (JsonNode e : r.path("events")) {
      addIfPresent(v.get(Dim.TYPE), text(e, "type"));
    }
    for (JsonNode f : r.path("industry_focus")) {
      f.path("industries").forEach(t -> v.get(Dim.INDUSTRY).add(t.asText()));
    }
    for (JsonNode f : r.path("funds")) {
      f.path("industries").forEach(t -> v.get(Dim.INDUSTRY).add(t.asText()));
    }
    r.path("topics").forEach(t -> v.get(Dim.INDUSTRY).add(t.asText()));
    for (String s : doc.sources()) {
      v.get(Dim.SOURCE).add(sourceName(s));
    }
    PartialDate published = PartialDate.parse(doc.published());
    String month = published == null ? null : published.yearMonth();
    return new RecordFacets(v, month, rows(doc, r, v, codes));
  }

  /**
   * The fields of the record that facets and rows are read from; the text, the mentions and the other long lists
   * are skipped as they are parsed, so a long document's record is never held as a tree.
   */
  private static JsonNode facetFields(StoredDocument doc) {
    ObjectNode r = JSON.createObjectNode();
    try (JsonParser p = JSON.createParser(doc.record())) {
      p.nextToken();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        if (FACET_FIELDS.contains(field)) {
          r.set(field, JSON.readTree(p));
        } else {
          p.skipChildren();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("stored record of " + doc.id() + " is not JSON", e);
    }
    return r;
  }

  private static final Set<String> FACET_FIELDS = Set.of("regions", "organizations", "people", "policies", "events",
      "industry_focus", "funds", "topics");

  private static List<Row> rows(StoredDocument doc, JsonNode r, Map<Dim, Set<String>> docValues,
      Map<String, String> codes) {
    List<Row> rows = new ArrayList<>();
    String text = doc.text();
    // Where each person's and organization's name first stands in the text, found in one pass.
    List<String> named = new ArrayList<>();
    r.path("people").forEach(p -> named.add(p.path("name").asText()));
    r.path("organizations").forEach(o -> {
      named.add(o.path("name").asText());
      o.path("aliases").forEach(alias -> named.add(alias.asText()));
    });
    Map<String, Integer> firstAt = Occurrences.first(text, named);
    for (JsonNode p : r.path("policies")) {
      // Issuers are bodies by definition; an event's actors only when the article says so.
      Map<Dim, Set<String>> v = ownValues(docValues, codes, p, "issuers", true);
      v.put(Dim.KIND, single(text(p, "kind")));
      v.put(Dim.TYPE, Set.of());
      rows.add(row(Table.POLICY, v, dateOf(p, doc), text(p, "title") + " " + text(p, "sentence"), p, doc));
    }
    for (JsonNode e : r.path("events")) {
      Map<Dim, Set<String>> v = ownValues(docValues, codes, e, "actors", false);
      v.put(Dim.TYPE, single(text(e, "type")));
      v.put(Dim.KIND, Set.of());
      rows.add(row(Table.EVENT, v, dateOf(e, doc), text(e, "sentence"), e, doc));
    }
    for (JsonNode p : r.path("people")) {
      Map<Dim, Set<String>> v = inherit(docValues);
      v.put(Dim.PERSON, single(text(p, "name")));
      if (text(p, "organization") != null) {
        v.put(Dim.ORG, single(text(p, "organization")));
        v.put(Dim.BODY, docValues.get(Dim.BODY).contains(text(p, "organization")) ? single(text(p, "organization"))
            : Set.of());
      }
      ObjectNode row = ((ObjectNode) p.deepCopy()).put("sentence", sentenceOf(text, text(p, "name"), firstAt));
      rows.add(row(Table.PERSON, v, doc.published(), text(p, "name") + " " + row.get("sentence").asText(), row, doc));
    }
    for (JsonNode o : r.path("organizations")) {
      Map<Dim, Set<String>> v = inherit(docValues);
      v.put(Dim.ORG, single(text(o, "name")));
      v.put(Dim.BODY, o.path("type").asText().equals("government") ? single(text(o, "name")) : Set.of());
      String sentence = sentenceOf(text, text(o, "name"), firstAt);
      for (JsonNode alias : o.path("aliases")) {
        sentence = sentence.isEmpty() ? sentenceOf(text, alias.asText(), firstAt) : sentence;
      }
      ObjectNode row = ((ObjectNode) o.deepCopy()).put("sentence", sentence);
      rows.add(row(Table.ORGANIZATION, v, doc.published(), text(o, "name") + " " + row.get("sentence").asText(), row,
          doc));
    }
    return rows;
  }

  /**
   * A policy's or event's values: the article's, with its own region (coded as the article's regions code it)
   * and its issuers or actors in their place.
   */
  private static Map<Dim, Set<String>> ownValues(Map<Dim, Set<String>> docValues, Map<String, String> codes,
      JsonNode n, String actorsField, boolean actorsAreBodies) {
    Map<Dim, Set<String>> v = inherit(docValues);
    String region = text(n, "region");
    if (region != null) {
      v.put(Dim.REGION, regionValues(codes.get(region), region));
    }
    List<String> actors = new ArrayList<>();
    n.path(actorsField).forEach(a -> actors.add(a.asText()));
    if (!actors.isEmpty()) {
      v.put(Dim.ORG, new LinkedHashSet<>(actors));
      v.put(Dim.BODY, new LinkedHashSet<>(actorsAreBodies ? actors
          : actors.stream().filter(docValues.get(Dim.BODY)::contains).toList()));
    }
    return v;
  }

  /** A row's own date, else the article's. */
  private static String dateOf(JsonNode n, StoredDocument doc) {
    return text(n, "date") != null ? text(n, "date") : doc.published();
  }

  private static Row row(Table table, Map<Dim, Set<String>> v, String date, String text, JsonNode fields,
      StoredDocument doc) {
    ObjectNode json = JSON.createObjectNode();
    json.put("document", doc.id());
    json.put("document_title", doc.title());
    json.put("published", doc.published());
    json.setAll((ObjectNode) fields.deepCopy());
    try {
      return new Row(table, v, date, text, JSON.writeValueAsString(json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The sentence of the text in which a name first appears ({@code firstAt} of each name), or the empty string. */
  static String sentenceOf(String text, String name, Map<String, Integer> firstAt) {
    int at = name == null ? -1 : name.isEmpty() ? 0 : firstAt.getOrDefault(name, -1);
    if (at < 0) {
      return "";
    }
    int start = at;
    while (start > 0 && "。！？\n".indexOf(text.charAt(start - 1)) < 0) {
      start--;
    }
    int end = at + name.length();
    while (end < text.length() && "。！？\n".indexOf(text.charAt(end)) < 0) {
      end++;
    }
    return text.substring(start, Math.min(text.length(), end + 1)).strip();
  }

  /**
   * The article's values a row starts from: of each dimension, all of them while there are at most
   * {@link #INHERITED}, else none. A long compilation names thousands of people and organizations that say nothing
   * about one of its rows, and copying them into every row would make its index entries grow with its size squared.
   */
  private static Map<Dim, Set<String>> inherit(Map<Dim, Set<String>> docValues) {
    Map<Dim, Set<String>> v = new EnumMap<>(Dim.class);
    docValues.forEach((k, s) -> v.put(k, new LinkedHashSet<>(s.size() <= INHERITED ? s : Set.of())));
    return v;
  }

  private static Set<String> single(String value) {
    return value == null ? Set.of() : Set.of(value);
  }

  /**
   * The values a region adds: its code and its ancestors' codes, or its name when it has none (长三角, 德国). The
   * ancestors follow from the code itself (GB/T 2260: two digits of province, two of prefecture, two of county);
   * the four municipalities (11, 12, 31, 50) and counties a province governs directly (prefecture digits 90)
   * have no prefecture between. China's own code (100000) adds nothing: every Chinese region is in China.
   */
  static Set<String> regionValues(String code, String name) {
    Set<String> out = new LinkedHashSet<>();
    if (code == null || !code.matches("[1-9]\\d{5}")) {
      addIfPresent(out, name);
      return out;
    }
    if (code.equals(CHINA)) {
      return out;
    }
    out.add(code);
    String province = code.substring(0, 2);
    String prefecture = code.substring(2, 4);
    boolean county = !code.endsWith("00");
    if (county && !MUNICIPALITIES.contains(province) && !prefecture.equals("90")) {
      out.add(code.substring(0, 4) + "00");
    }
    out.add(province + "0000");
    return out;
  }

  /**
   * A source's site or folder, written so that it is a prefix of the source (the {@code source} filter matches
   * prefixes): a URL's scheme and host, else the path without its file name.
   */
  static String sourceName(String source) {
    int scheme = source.indexOf("://");
    if (scheme > 0) {
      int slash = source.indexOf('/', scheme + 3);
      return slash < 0 ? source : source.substring(0, slash);
    }
    int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
    return slash <= 0 ? "." : source.substring(0, slash);
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
  }

  private static void addIfPresent(Set<String> out, String value) {
    if (value != null && !value.isBlank()) {
      out.add(value);
    }
  }
}
