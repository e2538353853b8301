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
 * and the rows it adds to the tables of facts. A row carries its own values, never the ones the article merely
 * mentions: a policy's region is its issuer's, an event's where it happened, a facility's where it stands.
 */
public final class RecordFacets {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CHINA = "100000";
  private static final Set<String> MUNICIPALITIES = Set.of("11", "12", "31", "50");
  // More values than a news article has in any dimension: of the 9,497 stories of ../shared/data/xwlb, the most
  // is 104 (people named in one story). A fact takes the article's industries only up to this many: a long
  // compilation names hundreds that say nothing about one of its facts.
  static final int INHERITED = 256;

  /**
   * The dimensions a search filters on and counts; {@code body} is the government part of {@code org}; {@code kind}
   * is a fact's own kind (a policy's 行动方案, a facility's compute, an instrument's voucher), {@code month} its
   * date's month, {@code record} the policy record a policy row belongs to.
   */
  public enum Dim {
    REGION("region"), ORG("org"), BODY("body"), PERSON("person"), KIND("kind"), TYPE("type"), INDUSTRY("industry"),
    SOURCE("source"), MONTH("month"), RECORD("record");

    public final String param;

    Dim(String param) {
      this.param = param;
    }

    /** The Lucene field that holds this dimension's values. */
    String field() {
      return "f_" + param;
    }
  }

  /**
   * The tables documents add rows to, one per kind of fact. A policy is named by many articles, each adding a row:
   * its rows are counted and listed once per policy record ({@link #distinctBy}).
   */
  public enum Table {
    POLICY("policies", Dim.RECORD), EVENT("events"), PERSON("people"), ORGANIZATION("organizations"),
    PROPOSAL("proposals"), FACILITY("facilities"), FUND("funds"), CALL("calls"), INSTRUMENT("instruments"),
    INDICATOR("indicators");

    /** The tables of facts (what happened, was issued, stands or is measured), not of who is named. */
    public static final List<Table> FACTS = List.of(POLICY, EVENT, PROPOSAL, FACILITY, FUND, CALL, INSTRUMENT,
        INDICATOR);

    public final String path;
    /** The dimension whose value makes rows one fact (a policy's record), or null when each row is one. */
    public final Dim distinctBy;

    Table(String path) {
      this(path, null);
    }

    Table(String path, Dim distinctBy) {
      this.path = path;
      this.distinctBy = distinctBy;
    }

    /** The table of this path (events, policies …), if there is one. */
    public static java.util.Optional<Table> of(String path) {
      return java.util.Arrays.stream(values()).filter(t -> t.path.equals(path)).findFirst();
    }
  }

  /**
   * One table row: its own values per dimension, its date, the other dates it is found by (a facility's stages), the
   * text a query matches, and the JSON shown, which names the document and sentence it came from.
   */
  public record Row(Table table, Map<Dim, Set<String>> values, String date, List<String> otherDates, String text,
      String json) {
    public Row {
      otherDates = List.copyOf(otherDates);
    }
  }

  private final Map<Dim, Set<String>> values;
  private final List<Row> rows;

  private RecordFacets(Map<Dim, Set<String>> values, List<Row> rows) {
    this.values = values;
    this.rows = rows;
  }

  /** The article's values, its publication month among them. */
  public Map<Dim, Set<String>> values() {
    return values;
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
    v.put(Dim.MONTH, monthOf(doc.published()));
    return new RecordFacets(v, rows(doc, r, v, codes));
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
      "industry_focus", "funds", "topics", "proposals", "facilities", "calls", "instruments", "indicators");

  private static List<Row> rows(StoredDocument doc, JsonNode r, Map<Dim, Set<String>> docValues,
      Map<String, String> codes) {
    List<Row> rows = new ArrayList<>();
    String text = doc.text();
    // Each row names its fact by key, so an editor's correction of the row finds the fact.
    FactKeys.stampAll(r);
    // Where each named thing first stands in the text, found in one pass, for the rows whose record has no sentence.
    List<String> named = new ArrayList<>();
    r.path("people").forEach(p -> named.add(p.path("name").asText()));
    r.path("organizations").forEach(o -> {
      named.add(o.path("name").asText());
      o.path("aliases").forEach(alias -> named.add(alias.asText()));
    });
    for (String field : List.of("facilities", "funds", "calls")) {
      r.path(field).forEach(f -> named.add(f.path("name").asText()));
    }
    Map<String, Integer> firstAt = Occurrences.first(text, named);
    Facts facts = new Facts(doc, docValues, codes);
    int policy = 0;
    for (JsonNode p : r.path("policies")) {
      List<String> issuers = strings(p, "issuers");
      String place = facts.ownOr(text(p, "region"), issuers);
      Map<Dim, Set<String>> v = facts.values(place, issuers, text(p, "kind"), null, strings(p, "topics"));
      // Issuers are bodies by definition.
      v.put(Dim.BODY, new LinkedHashSet<>(issuers));
      // A record written before policies carried their record's id is a record of its own.
      v.put(Dim.RECORD, single(text(p, "record") != null ? text(p, "record") : doc.id() + "#" + policy));
      policy++;
      rows.add(facts.row(Table.POLICY, v, place, dateOf(p, doc), text(p, "title") + " " + text(p, "sentence"), p));
    }
    for (JsonNode e : r.path("events")) {
      List<String> actors = strings(e, "actors");
      String place = text(e, "region");
      Map<Dim, Set<String>> v = facts.values(place, actors, null, text(e, "type"), List.of());
      rows.add(facts.row(Table.EVENT, v, place, dateOf(e, doc), text(e, "sentence"), e));
    }
    for (JsonNode p : r.path("people")) {
      String org = text(p, "organization");
      String place = facts.regionOf(org);
      Map<Dim, Set<String>> v = facts.values(place, org == null ? List.of() : List.of(org), null, null, List.of());
      v.put(Dim.PERSON, single(text(p, "name")));
      ObjectNode row = ((ObjectNode) p.deepCopy()).put("sentence", sentenceOf(text, text(p, "name"), firstAt));
      rows.add(facts.row(Table.PERSON, v, place, doc.published(),
          text(p, "name") + " " + row.get("sentence").asText(), row));
    }
    for (JsonNode o : r.path("organizations")) {
      String name = text(o, "name");
      String place = facts.regionOf(name);
      Map<Dim, Set<String>> v = facts.values(place, List.of(name), null, null, List.of());
      String sentence = sentenceOf(text, name, firstAt);
      for (JsonNode alias : o.path("aliases")) {
        sentence = sentence.isEmpty() ? sentenceOf(text, alias.asText(), firstAt) : sentence;
      }
      ObjectNode row = ((ObjectNode) o.deepCopy()).put("sentence", sentence);
      rows.add(facts.row(Table.ORGANIZATION, v, place, doc.published(), name + " " + sentence, row));
    }
    for (JsonNode p : r.path("proposals")) {
      Map<Dim, Set<String>> v = facts.values(null, List.of(), null, null, strings(p, "topics"));
      v.put(Dim.PERSON, single(text(p, "speaker")));
      String said = String.join(" ", strings(p, "recommendations")) + " " + String.join(" ", strings(p, "quotes"));
      ObjectNode row = ((ObjectNode) p.deepCopy()).put("sentence", span(text, p));
      rows.add(facts.row(Table.PROPOSAL, v, null, doc.published(), text(p, "speaker") + " " + said, row));
    }
    for (JsonNode f : r.path("facilities")) {
      String operator = text(f, "operator");
      String place = text(f, "region");
      Map<Dim, Set<String>> v = facts.values(place, operator == null ? List.of() : List.of(operator), text(f, "kind"),
          null, List.of());
      ObjectNode row = ((ObjectNode) f.deepCopy()).put("sentence", sentenceOf(text, text(f, "name"), firstAt));
      List<String> stages = stageDates(f);
      rows.add(facts.row(Table.FACILITY, v, place, stages.isEmpty() ? doc.published() : stages.get(stages.size() - 1),
          stages, text(f, "name") + " " + row.get("sentence").asText(), row));
    }
    for (JsonNode f : r.path("funds")) {
      String sponsor = text(f, "sponsor");
      List<String> sponsors = sponsor == null ? List.of() : List.of(sponsor);
      String place = facts.ownOr(text(f, "region"), sponsors);
      Map<Dim, Set<String>> v = facts.values(place, sponsors, null, null, strings(f, "industries"));
      ObjectNode row = ((ObjectNode) f.deepCopy()).put("sentence", sentenceOf(text, text(f, "name"), firstAt));
      rows.add(facts.row(Table.FUND, v, place, doc.published(), text(f, "name") + " " + row.get("sentence").asText(),
          row));
    }
    for (JsonNode c : r.path("calls")) {
      String issuer = text(c, "issuer");
      List<String> issuers = issuer == null ? List.of() : List.of(issuer);
      String place = facts.ownOr(null, issuers);
      Map<Dim, Set<String>> v = facts.values(place, issuers, text(c, "kind"), null, List.of());
      ObjectNode row = ((ObjectNode) c.deepCopy()).put("sentence", sentenceOf(text, text(c, "name"), firstAt));
      rows.add(facts.row(Table.CALL, v, place, dateOf(c, doc), text(c, "name") + " " + row.get("sentence").asText(),
          row));
    }
    for (JsonNode i : r.path("instruments")) {
      Map<Dim, Set<String>> v = facts.values(text(i, "region"), List.of(), text(i, "kind"), null, List.of());
      String about = String.join(" ", nonNull(text(i, "name"), text(i, "target"), text(i, "policy"),
          text(i, "sentence")));
      rows.add(facts.row(Table.INSTRUMENT, v, text(i, "region"), doc.published(), about, i));
    }
    for (JsonNode i : r.path("indicators")) {
      Map<Dim, Set<String>> v = facts.values(text(i, "region"), List.of(), text(i, "basis"), null, List.of());
      String date = text(i, "period") != null ? text(i, "period") : doc.published();
      rows.add(facts.row(Table.INDICATOR, v, text(i, "region"), date, text(i, "metric") + " " + text(i, "sentence"), i));
    }
    return rows;
  }

  /**
   * How a fact's own values are made: its region coded as the article's regions are coded, its organizations
   * with the government ones as bodies, the people among its actors, its kind or type, and its industries, or
   * the article's when it names none (a fact reported in an article about AI is of that field).
   */
  private record Facts(StoredDocument doc, Map<Dim, Set<String>> docValues, Map<String, String> codes) {
    Map<Dim, Set<String>> values(String place, List<String> actors, String kind, String type,
        List<String> industries) {
      Map<Dim, Set<String>> v = new EnumMap<>(Dim.class);
      v.put(Dim.REGION, place == null ? new LinkedHashSet<>() : regionValues(codes.get(place), place));
      List<String> people = actors.stream().filter(docValues.get(Dim.PERSON)::contains).toList();
      v.put(Dim.ORG, new LinkedHashSet<>(actors.stream().filter(a -> !people.contains(a)).toList()));
      v.put(Dim.BODY, new LinkedHashSet<>(actors.stream().filter(docValues.get(Dim.BODY)::contains).toList()));
      v.put(Dim.PERSON, new LinkedHashSet<>(people));
      v.put(Dim.KIND, single(kind));
      v.put(Dim.TYPE, single(type));
      Set<String> docIndustries = docValues.get(Dim.INDUSTRY);
      v.put(Dim.INDUSTRY, new LinkedHashSet<>(!industries.isEmpty() ? industries
          : docIndustries.size() <= INHERITED ? docIndustries : Set.of()));
      v.put(Dim.SOURCE, docValues.get(Dim.SOURCE));
      return v;
    }

    /** A fact's own region, else the region its first issuer's name begins with. */
    String ownOr(String region, List<String> issuers) {
      return region != null || issuers.isEmpty() ? region : regionOf(issuers.get(0));
    }

    /**
     * The region a body's or organization's name begins with (成都市经济和信息化局, 上海交通大学), among the regions
     * the article names, by its full name or its name without the level word (上海市 → 上海); the longest wins.
     */
    String regionOf(String name) {
      if (name == null) {
        return null;
      }
      String best = null;
      int bestLength = 0;
      for (String region : codes.keySet()) {
        for (String form : List.of(region, shortForm(region))) {
          if (form.length() >= 2 && form.length() > bestLength && name.startsWith(form) && name.length() > form.length()) {
            best = region;
            bestLength = form.length();
          }
        }
      }
      return best;
    }

    Row row(Table table, Map<Dim, Set<String>> v, String place, String date, String rowText, JsonNode fields) {
      return row(table, v, place, date, List.of(), rowText, fields);
    }

    /**
     * A row found by its date and by other dates of its own (a facility by the day of each stage); a place worked
     * out from a name is shown as the row's region, so that every row shows the region it is counted in.
     */
    Row row(Table table, Map<Dim, Set<String>> v, String place, String date, List<String> otherDates, String rowText,
        JsonNode fields) {
      v.put(Dim.MONTH, monthOf(date));
      JsonNode shown = fields;
      if (place != null && text(fields, "region") == null) {
        shown = ((ObjectNode) fields.deepCopy()).put("region", place);
      }
      return RecordFacets.row(table, v, date, otherDates, rowText, shown, doc);
    }
  }

  /** A region's name without the level word it ends in (省, 市, 区, 县); the name itself when it ends in none. */
  private static String shortForm(String region) {
    return region.length() >= 3 && "省市区县".indexOf(region.charAt(region.length() - 1)) >= 0
        ? region.substring(0, region.length() - 1) : region;
  }

  /** The month of an ISO date ({@code 2025-03}), as a set of none or one. */
  private static Set<String> monthOf(String date) {
    PartialDate d = PartialDate.parse(date);
    return d == null || d.yearMonth() == null ? new LinkedHashSet<>() : single(d.yearMonth());
  }

  /** The dates of a facility's stages, earliest first; the latest dates the row. */
  private static List<String> stageDates(JsonNode f) {
    List<String> dates = new ArrayList<>();
    f.path("stages").forEach(s -> {
      if (text(s, "date") != null) {
        dates.add(text(s, "date"));
      }
    });
    return dates.stream().sorted().toList();
  }

  /** The text a record spans ({@code start}, {@code end}), or the empty string. */
  private static String span(String text, JsonNode n) {
    int start = n.path("start").asInt(-1);
    int end = n.path("end").asInt(-1);
    return start >= 0 && end > start && end <= text.length() ? text.substring(start, end) : "";
  }

  private static List<String> strings(JsonNode n, String field) {
    List<String> out = new ArrayList<>();
    n.path(field).forEach(a -> {
      if (!a.isNull() && !a.asText().isBlank()) {
        out.add(a.asText());
      }
    });
    return out;
  }

  private static List<String> nonNull(String... values) {
    return java.util.Arrays.stream(values).filter(java.util.Objects::nonNull).toList();
  }

  /** A row's own date, else the article's. */
  private static String dateOf(JsonNode n, StoredDocument doc) {
    return text(n, "date") != null ? text(n, "date") : doc.published();
  }

  private static Row row(Table table, Map<Dim, Set<String>> v, String date, List<String> otherDates, String text,
      JsonNode fields, StoredDocument doc) {
    ObjectNode json = JSON.createObjectNode();
    json.put("document", doc.id());
    json.put("document_title", doc.title());
    json.put("published", doc.published());
    json.setAll((ObjectNode) fields.deepCopy());
    try {
      return new Row(table, v, date, otherDates, text, JSON.writeValueAsString(json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The sentence of the text in which a name first appears ({@code firstAt} of each name), or the empty string. */
  static String sentenceOf(String text, String name, Map<String, Integer> firstAt) {
    int at = name == null ? -1 : name.isEmpty() ? 0 : firstAt.getOrDefault(name, -1);
    return at < 0 ? "" : sentenceAround(text, at, at + name.length());
  }

  /** The sentence of a text that holds the span from {@code start} to {@code end}, stripped. */
  public static String sentenceAround(String text, int start, int end) {
    int from = start;
    while (from > 0 && "。！？\n".indexOf(text.charAt(from - 1)) < 0) {
      from--;
    }
    int to = end;
    while (to < text.length() && "。！？\n".indexOf(text.charAt(to)) < 0) {
      to++;
    }
    return text.substring(from, Math.min(text.length(), to + 1)).strip();
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
