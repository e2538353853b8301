package org.kechuangradar.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.kechuangradar.index.RecordFacets.Dim;
import org.kechuangradar.index.RecordFacets.Table;
import org.kechuangradar.index.SearchQuery;
import org.kechuangradar.index.SearchResult;
import org.kechuangradar.index.Store;
import org.kechuangradar.index.StoredDocument;
import org.kechuangradar.index.TableResult;
import org.kechuangradar.lexicon.RegionGazetteer.Division;
import org.kechuangradar.lexicon.RegionGazetteer;
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
      send(ctx, format, table.path, Tables.of(table), rows);
      return;
    }
    ObjectNode out = JSON.createObjectNode();
    out.put("total", result.total());
    out.put("page", q.offset() / q.limit() + 1);
    out.put("size", q.limit());
    out.putArray("rows").addAll(rows);
    json(ctx, out);
  }

  /** {@code GET /api/regions/{code}}: a region's dossier, its sub-regions' included. */
  public void region(Context ctx) throws IOException {
    String code = QueryParams.regionValue(ctx.pathParam("code"));
    Division d = regions.division(code);
    if (d == null) {
      notFound(ctx, "no region " + ctx.pathParam("code"));
      return;
    }
    SearchQuery q = QueryParams.read(ctx::queryParam, 10).with(Dim.REGION, d.code());
    SearchResult docs = store.search(q.withPage(0, 10), true);
    ObjectNode out = JSON.createObjectNode();
    out.put("code", d.code());
    out.put("name", d.name());
    out.put("level", d.level().code());
    if (d.parent() != null && d.parent().code() != null && d.parent().level() != RegionLevel.COUNTRY) {
      out.putObject("parent").put("code", d.parent().code()).put("name", d.parent().name());
    }
    out.put("documents", docs.total());
    Map<String, Long> byRegion = store.counts(null, q, Dim.REGION.param);
    ArrayNode children = out.putArray("children");
    for (Division c : regions.children(d.code())) {
      children.addObject().put("code", c.code()).put("name", c.name()).put("documents",
          byRegion.getOrDefault(c.code(), 0L));
    }
    ArrayNode latest = out.putArray("latest");
    docs.hits().forEach(h -> latest.add(hitJson(h)));
    SearchQuery recent = new SearchQuery(q.text(), q.from(), q.to(), q.source(), SearchQuery.Sort.DATE, 0, 50,
        q.filters(), 0);
    for (Table t : List.of(Table.POLICY, Table.EVENT)) {
      TableResult rows = store.table(t, recent);
      ObjectNode part = out.putObject(t.path);
      part.put("total", rows.total());
      ArrayNode list = part.putArray("rows");
      for (String r : rows.rows()) {
        list.add(JSON.readTree(r));
      }
    }
    for (Dim dim : List.of(Dim.BODY, Dim.ORG, Dim.PERSON, Dim.INDUSTRY, Dim.KIND, Dim.TYPE)) {
      out.set(dim.param, facetJson(dim.param, docs.facets().getOrDefault(dim.param, Map.of()), 20));
    }
    json(ctx, out);
  }

  /** {@code GET /api/matrix?rows=region&cols=industry}: counts of documents per pair, for a heat map. */
  public void matrix(Context ctx) throws IOException {
    String rowsDim = dimension(ctx.queryParamAsClass("rows", String.class).getOrDefault("region"), "rows");
    String colsDim = dimension(ctx.queryParamAsClass("cols", String.class).getOrDefault("industry"), "cols");
    SearchQuery q = QueryParams.read(ctx::queryParam, 10);
    Map<String, Map<String, Long>> pairs = store.pairs(null, q, rowsDim, colsDim);
    String level = regionLevel(ctx.queryParam("level"), q);
    Map<String, Long> rowTotals = new java.util.HashMap<>();
    Map<String, Long> colTotals = new java.util.HashMap<>();
    pairs.forEach((r, cols) -> {
      if (keep(rowsDim, r, level)) {
        cols.forEach((c, n) -> {
          if (keep(colsDim, c, level)) {
            rowTotals.merge(r, n, Long::sum);
            colTotals.merge(c, n, Long::sum);
          }
        });
      }
    });
    List<String> rows = top(rowTotals, MATRIX_SIDE);
    List<String> cols = top(colTotals, MATRIX_SIDE);
    ObjectNode out = JSON.createObjectNode();
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
          cells.addObject().put("row", i).put("col", j).put("count", n).put("search", "/search?" + encode(drill));
        }
      }
    }
    json(ctx, out);
  }

  private static boolean keep(String dim, String value, String level) {
    if (!dim.equals(Dim.REGION.param) || level == null) {
      return true;
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

  /** {@code GET /api/timeline?by=type|kind}: events per month by type, or policies per month by kind. */
  public void timeline(Context ctx) throws IOException {
    String by = ctx.queryParamAsClass("by", String.class).getOrDefault("type");
    Table table = switch (by) {
      case "type" -> Table.EVENT;
      case "kind" -> Table.POLICY;
      default -> throw new QueryParams.BadRequest("by must be type (events) or kind (policies)");
    };
    SearchQuery q = QueryParams.read(ctx::queryParam, 10);
    Map<String, Map<String, Long>> byMonth = store.pairs(table, q, "month", by);
    TreeSet<String> series = new TreeSet<>();
    byMonth.values().forEach(m -> series.addAll(m.keySet()));
    ObjectNode out = JSON.createObjectNode();
    out.put("by", by);
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

  /** {@code GET /api/map?by=policies|events|documents}: counts per province, for the map of China. */
  public void map(Context ctx) throws IOException {
    String by = ctx.queryParamAsClass("by", String.class).getOrDefault("policies");
    Table table = switch (by) {
      case "policies" -> Table.POLICY;
      case "events" -> Table.EVENT;
      case "documents" -> null;
      default -> throw new QueryParams.BadRequest("by must be policies, events or documents");
    };
    SearchQuery q = QueryParams.read(ctx::queryParam, 10);
    Map<String, Long> counts = store.counts(table, q, Dim.REGION.param);
    ObjectNode out = JSON.createObjectNode();
    out.put("by", by);
    ArrayNode provinces = out.putArray("provinces");
    counts.entrySet().stream().filter(e -> e.getKey().matches("\\d{2}0000"))
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .forEach(e -> provinces.addObject().put("code", e.getKey()).put("name", label("region", e.getKey()))
            .put("count", e.getValue()));
    json(ctx, out);
  }

  private static List<String> top(Map<String, Long> totals, int n) {
    return totals.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
        .thenComparing(Map.Entry.comparingByKey())).limit(n).map(Map.Entry::getKey).toList();
  }

  private static String dimension(String name, String param) {
    if (name.equals("month")) {
      return name;
    }
    for (Dim d : Dim.values()) {
      if (d.param.equals(name)) {
        return name;
      }
    }
    throw new QueryParams.BadRequest(param + " must be one of region, org, body, person, kind, type, industry, source, month");
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
