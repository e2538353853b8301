package org.kechuangradar.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.kechuangradar.brief.BriefCategory;
import org.kechuangradar.brief.Chronicle;
import org.kechuangradar.brief.ChronicleWriter;
import org.kechuangradar.brief.Chronicles;
import org.kechuangradar.brief.Money;
import org.kechuangradar.index.RecordFacets.Dim;
import org.kechuangradar.index.RecordFacets.Table;
import org.kechuangradar.index.SearchQuery;
import org.kechuangradar.index.SearchResult;
import org.kechuangradar.index.Store;
import org.kechuangradar.index.StoredDocument;
import org.kechuangradar.index.TableResult;
import org.kechuangradar.lexicon.RegionGazetteer.Division;
import org.kechuangradar.lexicon.RegionGazetteer;
import org.kechuangradar.model.Capacity;
import org.kechuangradar.model.Coded;
import org.kechuangradar.model.EventStatus;
import org.kechuangradar.model.EventType;
import org.kechuangradar.model.FacilityKind;
import org.kechuangradar.model.FacilityStage;
import org.kechuangradar.model.IndicatorBasis;
import org.kechuangradar.model.InstrumentKind;
import org.kechuangradar.model.PolicyRecord;
import org.kechuangradar.model.PolicyStatus;
import org.kechuangradar.model.RegionLevel;

/**
 * The read endpoints of the REST API: search with facets, documents, the four tables, region dossiers, the
 * matrix, the timeline and the map counts. Every list takes the shared parameters of {@link QueryParams} and,
 * with {@code format=csv|xlsx|jsonl}, comes back as a file.
 */
public final class Api {
  static final ObjectMapper JSON = new ObjectMapper();
  /** The most rows one export writes. */
  static final int MAX_EXPORT = 10_000;
  private static final int FACET_VALUES = 12;
  private static final int MATRIX_SIDE = 30;

  private final Store store;
  private final RegionGazetteer regions = RegionGazetteer.get();

  public Api(Store store) {
    this.store = store;
  }

  /** {@code GET /api/search}. */
  public void search(Context ctx) throws IOException {
    Export.Format format = Export.Format.of(ctx.queryParam("format"));
    SearchQuery q = query(ctx, format);
    SearchResult result = store.search(q, format == null);
    if (format != null) {
      List<JsonNode> rows = result.hits().stream().map(Api::hitJson).map(JsonNode.class::cast).toList();
      send(ctx, format, "search", Tables.SEARCH, rows);
      return;
    }
    ObjectNode out = JSON.createObjectNode();
    out.put("total", result.total());
    out.put("page", q.offset() / q.limit() + 1);
    out.put("size", q.limit());
    ArrayNode hits = out.putArray("hits");
    result.hits().forEach(h -> hits.add(hitJson(h)));
    ObjectNode facets = out.putObject("facets");
    result.facets().forEach((dim, counts) -> facets.set(dim, facetJson(dim, counts, FACET_VALUES)));
    json(ctx, out);
  }

  static ObjectNode hitJson(SearchResult.Hit h) {
    ObjectNode n = header(h.id(), h.title(), h.published(), h.sources());
    n.put("snippet", h.snippet());
    n.put("snippet_plain", h.snippet("", ""));
    return n;
  }

  /** What every document in a response starts with. */
  private static ObjectNode header(String id, String title, String published, List<String> sources) {
    ObjectNode n = JSON.createObjectNode();
    n.put("id", id);
    n.put("title", title);
    n.put("published", published);
    ArrayNode list = n.putArray("sources");
    sources.forEach(list::add);
    return n;
  }

  /** The most frequent values of a dimension, with labels (a region's name for its code). */
  private ArrayNode facetJson(String dim, Map<String, Long> counts, int limit) {
    ArrayNode values = JSON.createArrayNode();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(limit).forEach(e -> values.addObject().put("value", e.getKey()).put("label", label(dim, e.getKey()))
            .put("count", e.getValue()));
    return values;
  }

  /** How a value is shown: a region code as its name, anything else as itself. */
  String label(String dim, String value) {
    if (dim.equals(Dim.REGION.param)) {
      Division d = regions.division(value);
      return d == null ? value : d.name();
    }
    return value;
  }

  /** {@code GET /api/documents/{id}}: the record, the clean text with every mention's span, and the original. */
  public void document(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    if (!id.matches("[0-9a-f]{32}")) {
      throw new QueryParams.BadRequest("a document id is 32 hexadecimal digits");
    }
    Optional<StoredDocument> found = store.get(id);
    if (found.isEmpty()) {
      notFound(ctx, "no document " + id);
      return;
    }
    StoredDocument d = found.get();
    ObjectNode out = header(d.id(), d.title(), d.published(), d.sources());
    out.put("text", d.text());
    out.put("original", d.original() != null ? d.original() : d.text());
    ObjectNode record = (ObjectNode) JSON.readTree(d.record());
    record.remove("text");
    out.set("mentions", record.remove("entities"));
    out.set("record", record);
    json(ctx, out);
  }

  /** {@code GET /api/policies}, {@code /api/events}, {@code /api/people}, {@code /api/organizations}. */
  public void table(Context ctx, Table table) throws IOException {
    Export.Format format = Export.Format.of(ctx.queryParam("format"));
    SearchQuery q = query(ctx, format);
    TableResult result = store.table(table, q);
    List<JsonNode> rows = new ArrayList<>();
    for (String r : result.rows()) {
      rows.add(JSON.readTree(r));
    }
    if (format != null) {
      send(ctx, format, table.path, Tables.exported(table), rows);
      return;
    }
    ObjectNode out = JSON.createObjectNode();
    out.put("total", result.total());
    out.put("page", q.offset() / q.limit() + 1);
    out.put("size", q.limit());
    out.putArray("rows").addAll(rows);
    json(ctx, out);
  }

  /**
   * {@code GET /api/policy-records?q=&region=}: one record per real policy, with every title it goes by; {@code q}
   * matches any of its titles, {@code region} its issuing region or a region within the one given.
   */
  public void policyRecords(Context ctx) throws IOException {
    SearchQuery q = QueryParams.read(ctx::queryParam, 20);
    String words = q.text().strip();
    Division within = regions.division(q.filters().get(Dim.REGION));
    if (q.filters().containsKey(Dim.REGION) && within == null) {
      throw new QueryParams.BadRequest("no region " + ctx.queryParam("region"));
    }
    List<PolicyRecord> found = store.policies().stream()
        .filter(p -> words.isEmpty() || p.variants().stream().anyMatch(v -> v.contains(words)))
        .filter(p -> within == null || issuedWithin(p, within))
        .sorted(java.util.Comparator.comparing(PolicyRecord::title)).toList();
    ObjectNode out = JSON.createObjectNode();
    out.put("total", found.size());
    ArrayNode rows = out.putArray("rows");
    found.stream().skip(q.offset()).limit(q.limit()).forEach(p -> rows.add(JSON.valueToTree(p)));
    json(ctx, out);
  }

  /** {@code GET /api/policy-records/{id}}: a policy's record, with the title and date of each article naming it. */
  public void policyRecord(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    Optional<PolicyRecord> found = store.policy(id);
    if (found.isEmpty()) {
      notFound(ctx, "no policy record " + id);
      return;
    }
    ObjectNode out = JSON.valueToTree(found.get());
    ArrayNode articles = out.putArray("articles");
    for (String doc : found.get().mentions().stream().map(PolicyRecord.PolicyMention::documentId).distinct().toList()) {
      store.get(doc).ifPresent(d -> articles.add(header(d.id(), d.title(), d.published(), d.sources())));
    }
    json(ctx, out);
  }

  private boolean issuedWithin(PolicyRecord p, Division region) {
    Division issued = p.region() == null ? null : regions.resolve(p.region());
    return issued != null && issued.within(region);
  }

  /**
   * {@code GET /api/instruments/comparison?region=&region=&kind=&q=&format=}: the terms of the instruments of the
   * regions given (or of every region) side by side, a row per region and a column per kind of instrument, each
   * cell the instruments' names, amounts, caps, beneficiaries, conditions and policies.
   */
  public void comparison(Context ctx) throws IOException {
    Export.Format format = Export.Format.of(ctx.queryParam("format"));
    SearchQuery q = QueryParams.read(ctx::queryParam, 100).withPage(0, MAX_EXPORT);
    Map<String, List<JsonNode>> byRegion = new java.util.LinkedHashMap<>();
    List<String> asked = ctx.queryParams("region").stream().filter(r -> !r.isBlank()).toList();
    for (String r : asked.isEmpty() ? java.util.Collections.<String>singletonList(null) : asked) {
      SearchQuery one = r == null ? q : q.with(Dim.REGION, QueryParams.regionValue(r));
      for (String row : store.table(Table.INSTRUMENT, one).rows()) {
        JsonNode n = JSON.readTree(row);
        String place = r != null ? label(Dim.REGION.param, QueryParams.regionValue(r))
            : n.hasNonNull("region") ? n.get("region").asText() : "全国或未注明";
        byRegion.computeIfAbsent(place, k -> new ArrayList<>()).add(n);
      }
    }
    List<InstrumentKind> kinds = java.util.Arrays.stream(InstrumentKind.values())
        .filter(k -> byRegion.values().stream().flatMap(List::stream).anyMatch(n -> n.path("kind").asText().equals(k.code())))
        .toList();
    List<JsonNode> rows = new ArrayList<>();
    for (Map.Entry<String, List<JsonNode>> e : byRegion.entrySet()) {
      ObjectNode row = JSON.createObjectNode().put("region", e.getKey());
      for (InstrumentKind k : kinds) {
        ArrayNode cell = row.putArray(k.code());
        e.getValue().stream().filter(n -> n.path("kind").asText().equals(k.code())).forEach(n -> cell.add(terms(n)));
      }
      rows.add(row);
    }
    if (format != null) {
      List<Export.Column> columns = new ArrayList<>();
      columns.add(Export.Column.field("地区", "region"));
      kinds.forEach(k -> columns.add(new Export.Column(k.label(), n -> {
        List<String> cells = new ArrayList<>();
        n.path(k.code()).forEach(t -> cells.add(t.asText()));
        return String.join("；", cells);
      })));
      send(ctx, format, "instrument-comparison", columns, rows);
      return;
    }
    ObjectNode out = JSON.createObjectNode();
    ArrayNode kindList = out.putArray("kinds");
    kinds.forEach(k -> kindList.addObject().put("code", k.code()).put("label", k.label()));
    out.putArray("rows").addAll(rows);
    json(ctx, out);
  }

  /** An instrument's terms as one cell says them: 成都市算力券：2亿元，最高500万元，面向…，条件：…（…办法）. */
  private static String terms(JsonNode n) {
    List<String> parts = new ArrayList<>();
    JsonNode a = n.path("amount");
    if (a.hasNonNull("value")) {
      parts.add(Money.of(a.get("value").asDouble(), a.path("unit").asText("")));
    }
    if (a.hasNonNull("cap")) {
      parts.add("最高" + Money.of(a.get("cap").asDouble(), "%".equals(a.path("unit").asText()) ? "元" : a.path("unit").asText("")));
    }
    if (n.hasNonNull("target")) {
      parts.add("面向" + n.get("target").asText());
    }
    if (n.hasNonNull("conditions")) {
      parts.add("条件：" + n.get("conditions").asText());
    }
    return n.path("name").asText() + (parts.isEmpty() ? "" : "：" + String.join("，", parts))
        + (n.hasNonNull("policy") ? "（" + n.get("policy").asText() + "）" : "");
  }

  /**
   * {@code GET /api/brief?from=&to=&region=&category=&format=json|md|docx}: the chronicle of a period (regions and
   * categories repeat), as JSON for the preview, or as a file.
   */
  public void brief(Context ctx) throws IOException {
    LocalDate from = QueryParams.date(ctx.queryParam("from"), "from", false);
    LocalDate to = QueryParams.date(ctx.queryParam("to"), "to", true);
    if (from == null || to == null || from.isAfter(to)) {
      throw new QueryParams.BadRequest("a chronicle needs from and to, the one not after the other (2023, 2023-06)");
    }
    Map<String, String> codes = new java.util.LinkedHashMap<>();
    for (String r : ctx.queryParams("region")) {
      Division d = r.isBlank() ? null : regions.division(QueryParams.regionValue(r));
      if (d == null) {
        throw new QueryParams.BadRequest("no region " + r);
      }
      codes.put(d.code(), d.name());
    }
    List<BriefCategory> parts = new ArrayList<>();
    for (String c : ctx.queryParams("category")) {
      try {
        parts.add(BriefCategory.of(c));
      } catch (IllegalArgumentException e) {
        throw new QueryParams.BadRequest("no category " + c
            + " (policies, events, facilities, funds, calls, indicators, compute, ai)");
      }
    }
    if (parts.isEmpty()) {
      parts.addAll(List.of(BriefCategory.POLICIES, BriefCategory.EVENTS, BriefCategory.FACILITIES, BriefCategory.FUNDS,
          BriefCategory.CALLS));
    }
    boolean verified = "true".equals(ctx.queryParam("verified"));
    Chronicle chronicle = new Chronicles(store, verified).of(from, to, codes, parts);
    String format = ctx.queryParamAsClass("format", String.class).getOrDefault("json");
    switch (format) {
      case "json" -> {
        ObjectNode out = JSON.createObjectNode().put("title", chronicle.title()).put("from", from.toString())
            .put("to", to.toString()).put("lines", chronicle.lines());
        out.set("regions", JSON.valueToTree(chronicle.regions()));
        out.set("sections", JSON.valueToTree(chronicle.sections()));
        json(ctx, out);
      }
      case "md", "docx" -> {
        ChronicleWriter.Format as = format.equals("md") ? ChronicleWriter.Format.MD : ChronicleWriter.Format.DOCX;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ChronicleWriter.write(chronicle, as, bytes);
        ctx.contentType(as == ChronicleWriter.Format.MD ? "text/markdown; charset=utf-8"
            : "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        ctx.header("Content-Disposition", "attachment; filename=\"radar-brief." + format + "\"");
        ctx.result(bytes.toByteArray());
      }
      default -> throw new QueryParams.BadRequest("format must be json, md or docx");
    }
  }

  /** {@code GET /api/labels}: the Chinese word for each code the records carry, so every screen says the same. */
  public void labels(Context ctx) throws IOException {
    ObjectNode out = JSON.createObjectNode();
    labelsOf(out.putObject("type"), EventType.values());
    labelsOf(out.putObject("event_status"), EventStatus.values());
    labelsOf(out.putObject("policy_status"), PolicyStatus.values());
    labelsOf(out.putObject("stage"), FacilityStage.values());
    labelsOf(out.putObject("facility_kind"), FacilityKind.values());
    labelsOf(out.putObject("instrument_kind"), InstrumentKind.values());
    labelsOf(out.putObject("capacity"), Capacity.values());
    labelsOf(out.putObject("basis"), IndicatorBasis.values());
    json(ctx, out);
  }

  private static void labelsOf(ObjectNode out, Coded[] values) {
    for (Coded c : values) {
      out.put(c.code(), c.label());
    }
  }

  /** {@code GET /api/regions/{code}}: a region's dossier: the facts of it and of its sub-regions, counted. */
  public void region(Context ctx) throws IOException {
    String code = QueryParams.regionValue(ctx.pathParam("code"));
    Division d = regions.division(code);
    if (d == null) {
      notFound(ctx, "no region " + ctx.pathParam("code"));
      return;
    }
    SearchQuery q = QueryParams.read(ctx::queryParam, 10).with(Dim.REGION, d.code());
    Map<String, String> base = QueryParams.toParams(q);
    ObjectNode out = JSON.createObjectNode();
    out.put("code", d.code());
    out.put("name", d.name());
    out.put("level", d.level().code());
    if (d.parent() != null && d.parent().code() != null && d.parent().level() != RegionLevel.COUNTRY) {
      out.putObject("parent").put("code", d.parent().code()).put("name", d.parent().name());
    }
    SearchResult mentioning = store.search(q.withPage(0, 1), false);
    out.putObject("mentioned_in").put("total", mentioning.total()).put("list", "/search?" + encode(base));
    SearchQuery recent = new SearchQuery(q.text(), q.from(), q.to(), q.source(), SearchQuery.Sort.DATE, 0, 50,
        q.filters(), 0);
    Map<String, Long> byChild = new java.util.HashMap<>();
    ObjectNode facts = out.putObject("facts");
    for (Table t : Table.FACTS) {
      TableResult rows = store.table(t, recent);
      ObjectNode part = facts.putObject(t.path);
      part.put("total", rows.total());
      part.put("list", "/" + t.path + "?" + encode(base));
      ArrayNode list = part.putArray("rows");
      for (String r : rows.rows()) {
        list.add(JSON.readTree(r));
      }
      store.counts(t, q, Dim.REGION.param).forEach((c, n) -> byChild.merge(c, n, Long::sum));
    }
    ArrayNode children = out.putArray("children");
    for (Division c : regions.children(d.code())) {
      children.addObject().put("code", c.code()).put("name", c.name()).put("facts", byChild.getOrDefault(c.code(), 0L));
    }
    // Who acts in the region: bodies, organizations and people whose own region it is, each opening its rows.
    out.set("body", countsJson(Table.ORGANIZATION, q, Dim.BODY, base));
    out.set("org", countsJson(Table.ORGANIZATION, q, Dim.ORG, base));
    out.set("person", countsJson(Table.PERSON, q, Dim.PERSON, base));
    out.set("industry", countsJson(Table.POLICY, q, Dim.INDUSTRY, base));
    json(ctx, out);
  }

  /** The most frequent values of a dimension among a table's rows, each with the link to the rows it counts. */
  private ArrayNode countsJson(Table table, SearchQuery q, Dim dim, Map<String, String> base) throws IOException {
    Map<String, Long> counts = new java.util.HashMap<>(store.counts(table, q, dim.param));
    if (dim == Dim.ORG) {
      store.counts(table, q, Dim.BODY.param).keySet().forEach(counts::remove);
    }
    ArrayNode values = JSON.createArrayNode();
    for (String v : top(counts, 20)) {
      Map<String, String> drill = new java.util.LinkedHashMap<>(base);
      drill.put(dim.param, v);
      values.addObject().put("value", v).put("label", label(dim.param, v)).put("count", counts.get(v))
          .put("list", "/" + table.path + "?" + encode(drill));
    }
    return values;
  }

  /**
   * {@code GET /api/matrix?rows=region&cols=industry&of=policies}: counts of one kind of fact (or of documents) per
   * pair of values, for a heat map; each cell links to the list it counts.
   */
  public void matrix(Context ctx) throws IOException {
    String rowsDim = dimension(ctx.queryParamAsClass("rows", String.class).getOrDefault("region"), "rows");
    String colsDim = dimension(ctx.queryParamAsClass("cols", String.class).getOrDefault("industry"), "cols");
    String of = ctx.queryParamAsClass("of", String.class).getOrDefault(Table.POLICY.path);
    Table table = factTable(of, "of");
    SearchQuery q = QueryParams.read(ctx::queryParam, 10);
    Map<String, Map<String, Long>> pairs = store.pairs(table, q, rowsDim, colsDim);
    String level = regionLevel(ctx.queryParam("level"), q);
    Division within = regions.division(q.filters().get(Dim.REGION));
    Map<String, Long> rowTotals = new java.util.HashMap<>();
    Map<String, Long> colTotals = new java.util.HashMap<>();
    pairs.forEach((r, cols) -> {
      if (keep(rowsDim, r, level, within)) {
        cols.forEach((c, n) -> {
          if (keep(colsDim, c, level, within)) {
            rowTotals.merge(r, n, Long::sum);
            colTotals.merge(c, n, Long::sum);
          }
        });
      }
    });
    List<String> rows = top(rowTotals, MATRIX_SIDE);
    List<String> cols = top(colTotals, MATRIX_SIDE);
    ObjectNode out = JSON.createObjectNode();
    out.put("of", table == null ? "documents" : table.path);
    out.put("rows_dimension", rowsDim);
    out.put("cols_dimension", colsDim);
    ArrayNode rowList = out.putArray("rows");
    rows.forEach(r -> rowList.addObject().put("value", r).put("label", label(rowsDim, r)));
    ArrayNode colList = out.putArray("cols");
    cols.forEach(c -> colList.addObject().put("value", c).put("label", label(colsDim, c)));
    ArrayNode cells = out.putArray("cells");
    Map<String, String> base = QueryParams.toParams(q);
    for (int i = 0; i < rows.size(); i++) {
      for (int j = 0; j < cols.size(); j++) {
        long n = pairs.getOrDefault(rows.get(i), Map.of()).getOrDefault(cols.get(j), 0L);
        if (n > 0) {
          Map<String, String> drill = new java.util.LinkedHashMap<>(base);
          drill.put(rowsDim, rows.get(i));
          drill.put(colsDim, cols.get(j));
          cells.addObject().put("row", i).put("col", j).put("count", n).put("list", listPath(table) + encode(drill));
        }
      }
    }
    json(ctx, out);
  }

  /** The page that lists a table's rows, or the documents when there is no table. */
  private static String listPath(Table table) {
    return (table == null ? "/search" : "/" + table.path) + "?";
  }

  /** A kind of fact by its path ({@code policies}, {@code facilities} …), or null for {@code documents}. */
  private static Table factTable(String path, String param) {
    if (path.equals("documents")) {
      return null;
    }
    return Table.of(path).filter(Table.FACTS::contains).orElseThrow(() -> new QueryParams.BadRequest(param
        + " must be documents or one of " + String.join(", ", Table.FACTS.stream().map(t -> t.path).toList())));
  }

  /**
   * Whether a matrix shows a value: a region of the level shown and, under a region filter, within that region (the
   * documents of Jiangsu mention Shenzhen too).
   */
  private boolean keep(String dim, String value, String level, Division within) {
    if (!dim.equals(Dim.REGION.param) || level == null) {
      return true;
    }
    Division d = regions.division(value);
    if (within != null && (d == null || !d.within(within))) {
      return false;
    }
    return switch (level) {
      case "province" -> value.matches("\\d{2}0000");
      case "city" -> value.matches("\\d{4}00") && !value.endsWith("0000");
      case "county" -> value.matches("\\d{6}") && !value.endsWith("00");
      default -> true;
    };
  }

  /** The region level a matrix shows: as asked, else the level below a region filter, else provinces. */
  private String regionLevel(String asked, SearchQuery q) {
    if (asked != null && !asked.isBlank()) {
      if (!List.of("province", "city", "county", "all").contains(asked)) {
        throw new QueryParams.BadRequest("level must be province, city, county or all");
      }
      return asked;
    }
    Division d = regions.division(q.filters().get(Dim.REGION));
    if (d == null) {
      return "province";
    }
    return d.level() == RegionLevel.PROVINCE ? "city" : "county";
  }

  /**
   * {@code GET /api/timeline?by=type|kind}: events per month by type, or policies per month by kind, each month
   * by the fact's own date; a fact dated by its year alone has no month and is not counted.
   */
  public void timeline(Context ctx) throws IOException {
    String by = ctx.queryParamAsClass("by", String.class).getOrDefault("type");
    Table table = switch (by) {
      case "type" -> Table.EVENT;
      case "kind" -> Table.POLICY;
      default -> throw new QueryParams.BadRequest("by must be type (events) or kind (policies)");
    };
    SearchQuery q = QueryParams.read(ctx::queryParam, 10);
    Map<String, Map<String, Long>> byMonth = store.pairs(table, q, Dim.MONTH.param, by);
    TreeSet<String> series = new TreeSet<>();
    byMonth.values().forEach(m -> series.addAll(m.keySet()));
    ObjectNode out = JSON.createObjectNode();
    out.put("by", by);
    out.put("list", "/" + table.path + "?" + encode(QueryParams.toParams(q)));
    ArrayNode months = out.putArray("months");
    List<String> monthList = everyMonth(new TreeSet<>(byMonth.keySet()));
    monthList.forEach(months::add);
    ArrayNode list = out.putArray("series");
    for (String s : series) {
      ObjectNode one = list.addObject().put("name", s);
      ArrayNode counts = one.putArray("counts");
      monthList.forEach(m -> counts.add(byMonth.getOrDefault(m, Map.of()).getOrDefault(s, 0L)));
    }
    json(ctx, out);
  }

  /** Every month from the first to the last given, so that a chart spaces months by time, not by count. */
  static List<String> everyMonth(TreeSet<String> months) {
    List<String> out = new ArrayList<>();
    if (months.isEmpty()) {
      return out;
    }
    java.time.YearMonth last = java.time.YearMonth.parse(months.last());
    for (java.time.YearMonth m = java.time.YearMonth.parse(months.first()); !m.isAfter(last); m = m.plusMonths(1)) {
      out.add(m.toString());
    }
    return out;
  }

  /**
   * {@code GET /api/map?by=policies|events|facilities|…|documents}: counts per province of one kind of fact, by
   * the fact's own region, or of the documents that mention a province; each count links to its list.
   */
  public void map(Context ctx) throws IOException {
    String by = ctx.queryParamAsClass("by", String.class).getOrDefault(Table.POLICY.path);
    Table table = factTable(by, "by");
    SearchQuery q = QueryParams.read(ctx::queryParam, 10);
    Map<String, Long> counts = store.counts(table, q, Dim.REGION.param);
    Map<String, String> base = QueryParams.toParams(q);
    ObjectNode out = JSON.createObjectNode();
    out.put("by", by);
    ArrayNode provinces = out.putArray("provinces");
    counts.entrySet().stream().filter(e -> e.getKey().matches("\\d{2}0000"))
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> {
          Map<String, String> drill = new java.util.LinkedHashMap<>(base);
          drill.put(Dim.REGION.param, e.getKey());
          provinces.addObject().put("code", e.getKey()).put("name", label("region", e.getKey()))
              .put("count", e.getValue()).put("list", listPath(table) + encode(drill));
        });
    json(ctx, out);
  }

  private static List<String> top(Map<String, Long> totals, int n) {
    return totals.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
        .thenComparing(Map.Entry.comparingByKey())).limit(n).map(Map.Entry::getKey).toList();
  }

  private static String dimension(String name, String param) {
    for (Dim d : Dim.values()) {
      if (d.param.equals(name)) {
        return name;
      }
    }
    throw new QueryParams.BadRequest(param + " must be one of "
        + String.join(", ", java.util.Arrays.stream(Dim.values()).map(d -> d.param).toList()));
  }

  /** The shared parameters; an export takes up to {@link #MAX_EXPORT} rows from the first. */
  private static SearchQuery query(Context ctx, Export.Format format) {
    SearchQuery q = QueryParams.read(ctx::queryParam, 20);
    return format == null ? q : q.withPage(0, MAX_EXPORT);
  }

  private static void send(Context ctx, Export.Format format, String name, List<Export.Column> columns,
      List<JsonNode> rows) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Export.write(format, columns, rows, bytes);
    ctx.contentType(format.contentType);
    ctx.header("Content-Disposition", "attachment; filename=\"radar-" + name + "." + format.extension + "\"");
    ctx.result(bytes.toByteArray());
  }

  static String encode(Map<String, String> params) {
    StringBuilder b = new StringBuilder();
    params.forEach((k, v) -> {
      if (!b.isEmpty()) {
        b.append('&');
      }
      b.append(k).append('=').append(java.net.URLEncoder.encode(v, StandardCharsets.UTF_8));
    });
    return b.toString();
  }

  static void json(Context ctx, JsonNode body) throws IOException {
    ctx.contentType("application/json; charset=utf-8");
    ctx.result(JSON.writeValueAsBytes(body));
  }

  static void notFound(Context ctx, String message) throws IOException {
    ctx.status(404);
    json(ctx, JSON.createObjectNode().put("error", message));
  }
}
