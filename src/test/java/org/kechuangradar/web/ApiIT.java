package org.kechuangradar.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kechuangradar.web.DemoServer.enc;
import static org.kechuangradar.web.DemoServer.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kechuangradar.lexicon.RegionGazetteer;

/** The REST API on the real server over a store built from the demo articles. */
class ApiIT {
  private static DemoServer server;
  private static String api;

  @BeforeAll
  static void start() throws IOException {
    server = DemoServer.get();
    api = server.base + "/api";
  }

  @Test
  void provinceFilterFindsTheDocumentsOfItsCities() throws IOException {
    JsonNode byName = json(api + "/search?size=100&region=" + enc("江苏省"));
    JsonNode byShortName = json(api + "/search?size=100&region=" + enc("江苏"));
    JsonNode byCode = json(api + "/search?size=100&region=320000");
    JsonNode suzhou = json(api + "/search?size=100&region=" + enc("苏州"));
    assertEquals(byName.get("total"), byCode.get("total"));
    assertEquals(byName.get("total"), byShortName.get("total"));
    assertTrue(suzhou.get("total").asLong() >= 1);
    assertTrue(byName.get("total").asLong() > suzhou.get("total").asLong(), byName.toString());
    Set<String> inProvince = ids(byName);
    assertTrue(inProvince.containsAll(ids(suzhou)));
    assertTrue(inProvince.contains(server.idOf("nanjing-future-industries.html")));
  }

  @Test
  void regionThatIsNoDivisionMatchesNothing() throws IOException {
    assertEquals(0, json(api + "/search?region=" + enc("浙里")).get("total").asLong());
  }

  @Test
  void facetCountsEqualTheTotalsOfTheirFilteredSearches() throws IOException {
    JsonNode all = json(api + "/search?q=" + enc("人工智能"));
    for (String dim : List.of("region", "industry", "kind", "body", "org", "person", "type", "source")) {
      JsonNode values = all.get("facets").get(dim);
      assertTrue(values.size() > 0, dim);
      for (int i = 0; i < Math.min(3, values.size()); i++) {
        JsonNode v = values.get(i);
        long total = json(api + "/search?q=" + enc("人工智能") + "&" + dim + "=" + enc(v.get("value").asText()))
            .get("total").asLong();
        assertEquals(v.get("count").asLong(), total, dim + "=" + v);
      }
    }
    assertEquals("江苏省", label(all.get("facets").get("region"), "320000"));
  }

  @Test
  void searchHighlightsMatchesAndPages() throws IOException {
    JsonNode first = json(api + "/search?q=" + enc("算力") + "&size=1&page=1");
    JsonNode second = json(api + "/search?q=" + enc("算力") + "&size=1&page=2");
    assertTrue(first.get("total").asLong() >= 2);
    String snippet = first.get("hits").get(0).get("snippet").asText();
    assertTrue(snippet.contains("\uE000算力\uE001"), snippet);
    assertNotEquals(first.get("hits").get(0).get("id"), second.get("hits").get(0).get("id"));
    JsonNode byDate = json(api + "/search?sort=date&size=100");
    String previous = "9999";
    for (JsonNode hit : byDate.get("hits")) {
      if (!hit.get("published").isNull()) {
        assertTrue(hit.get("published").asText().compareTo(previous) <= 0, byDate.toString());
        previous = hit.get("published").asText();
      }
    }
  }

  @Test
  void documentGivesEveryMentionWithItsSpanAndTheOriginal() throws IOException {
    for (String id : ids(json(api + "/search?size=100"))) {
      JsonNode d = json(api + "/documents/" + id);
      String text = d.get("text").asText();
      assertTrue(d.get("mentions").size() > 0, id);
      for (JsonNode m : d.get("mentions")) {
        assertEquals(m.get("text").asText(), text.substring(m.get("start").asInt(), m.get("end").asInt()), id);
      }
      assertFalse(d.get("original").asText().isBlank());
      assertTrue(d.get("record").has("policies"));
    }
    JsonNode nanjing = json(api + "/documents/" + server.idOf("nanjing-future-industries.html"));
    assertTrue(nanjing.get("original").asText().contains("图为南京江北新区"), "the original keeps the photo caption");
    assertFalse(nanjing.get("text").asText().contains("图为南京江北新区"));
  }

  @Test
  void unknownDocumentIs404AndMalformedIdIs400() throws IOException {
    HttpResponse<byte[]> missing = DemoServer.get(api + "/documents/00000000000000000000000000000000");
    assertEquals(404, missing.statusCode());
    assertTrue(body(missing).contains("no document"));
    assertEquals(400, DemoServer.get(api + "/documents/" + enc("..%2F..%2Fetc")).statusCode());
  }

  @ParameterizedTest
  @ValueSource(strings = {"policies", "events", "people", "organizations", "proposals", "facilities", "funds", "calls",
      "instruments", "indicators"})
  void tableRowsLinkToTheirSentenceAndDocument(String table) throws IOException {
    JsonNode page = json(api + "/" + table + "?size=100");
    assertTrue(page.get("total").asLong() > 0, table);
    // Names come without a sentence of their own; the row finds the first that holds the name as written.
    boolean named = List.of("people", "organizations", "facilities", "funds", "calls").contains(table);
    int withSentence = 0;
    for (JsonNode row : page.get("rows")) {
      JsonNode doc = json(api + "/documents/" + row.get("document").asText());
      String sentence = row.path("sentence").asText();
      assertTrue(named || !sentence.isEmpty(), row.toString());
      assertTrue(doc.get("text").asText().contains(sentence), row.toString());
      withSentence += sentence.isEmpty() ? 0 : 1;
    }
    assertTrue(withSentence > page.get("rows").size() / 2, table);
  }

  @Test
  void policyTableFiltersByIssuerKindAndDate() throws IOException {
    JsonNode rows = json(api + "/policies?org=" + enc("苏州市人民政府办公室")).get("rows");
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("苏州市人工智能创新应用先导区建设实施方案（2025—2027年）", rows.get(0).get("title").asText());
    JsonNode in2025 = json(api + "/policies?size=100&from=2025&to=2025");
    for (JsonNode row : in2025.get("rows")) {
      assertTrue(row.get("date").asText().startsWith("2025"), row.toString());
    }
    JsonNode plans = json(api + "/policies?size=100&kind=" + enc("行动方案"));
    assertTrue(plans.get("total").asLong() >= 2);
    plans.get("rows").forEach(r -> assertEquals("行动方案", r.get("kind").asText()));
  }

  @Test
  void regionDossierCountsTheFactsOfTheRegionAndEachCountOpensItsList() throws IOException {
    JsonNode jiangsu = json(api + "/regions/" + enc("江苏省"));
    assertEquals("320000", jiangsu.get("code").asText());
    JsonNode suzhou = null;
    for (JsonNode c : jiangsu.get("children")) {
      if (c.get("name").asText().equals("苏州市")) {
        suzhou = c;
      }
    }
    assertTrue(suzhou != null && suzhou.get("facts").asLong() >= 1, jiangsu.get("children").toString());
    List<String> titles = new ArrayList<>();
    jiangsu.get("facts").get("policies").get("rows").forEach(r -> titles.add(r.get("title").asText()));
    assertTrue(titles.contains("苏州市人工智能创新应用先导区建设实施方案（2025—2027年）"), titles.toString());
    RegionGazetteer.Division province = RegionGazetteer.get().division("320000");
    for (JsonNode part : jiangsu.get("facts")) {
      assertEquals(part.get("total").asLong(), total(part.get("list").asText()), part.get("list").asText());
      part.get("rows").forEach(row -> assertWithin(province, row));
    }
    for (String dim : List.of("body", "org", "person", "industry")) {
      for (JsonNode v : jiangsu.get(dim)) {
        assertEquals(v.get("count").asLong(), total(v.get("list").asText()), v.toString());
      }
    }
    // Bodies of other regions are not the region's, however often its articles name them.
    jiangsu.get("body").forEach(b -> assertFalse(b.get("value").asText().startsWith("北京"), b.toString()));
    assertEquals(total(jiangsu.get("mentioned_in").get("list").asText()), jiangsu.get("mentioned_in").get("total").asLong());
    JsonNode city = json(api + "/regions/320500");
    assertEquals("江苏省", city.get("parent").get("name").asText());
    assertEquals(404, DemoServer.get(api + "/regions/999999").statusCode());
  }

  @Test
  void matrixCellsOpenListsOfTheSameCount() throws IOException {
    for (String of : List.of("policies", "events", "documents")) {
      JsonNode m = json(api + "/matrix?rows=region&cols=industry&of=" + of);
      assertTrue(m.get("cells").size() > 0, of);
      m.get("rows").forEach(r -> assertTrue(r.get("value").asText().endsWith("0000"), r.toString()));
      for (JsonNode cell : m.get("cells")) {
        String list = cell.get("list").asText();
        assertTrue(list.startsWith(of.equals("documents") ? "/search?" : "/" + of + "?"), list);
        assertEquals(cell.get("count").asLong(), total(list), list);
      }
    }
    JsonNode cities = json(api + "/matrix?rows=region&cols=industry&of=documents&region=" + enc("江苏"));
    cities.get("rows").forEach(r -> assertTrue(r.get("value").asText().startsWith("32")
        && !r.get("value").asText().endsWith("0000"), r.toString()));
    assertEquals(400, DemoServer.get(api + "/matrix?rows=colour").statusCode());
    assertEquals(400, DemoServer.get(api + "/matrix?of=people").statusCode());
  }

  @Test
  void timelineCountsOpenTheEventsOfTheirMonthAndType() throws IOException {
    JsonNode t = json(api + "/timeline?by=type");
    List<String> months = new ArrayList<>();
    t.get("months").forEach(mo -> months.add(mo.asText()));
    for (JsonNode s : t.get("series")) {
      for (int i = 0; i < months.size(); i++) {
        long n = s.get("counts").get(i).asLong();
        if (n > 0) {
          String list = "/events?month=" + months.get(i) + "&type=" + s.get("name").asText();
          assertEquals(n, total(list), list);
          for (JsonNode row : json(api + list + "&size=100").get("rows")) {
            String date = row.path("date").asText("").isEmpty() ? row.path("published").asText() : row.get("date").asText();
            assertTrue(date.startsWith(months.get(i)), row.toString());
          }
        }
      }
    }
    assertEquals(400, DemoServer.get(api + "/events?month=2025").statusCode());
  }

  @Test
  void timelineCountsEveryDatedEventOnce() throws IOException {
    JsonNode t = json(api + "/timeline?by=type");
    long sum = 0;
    for (JsonNode s : t.get("series")) {
      for (JsonNode c : s.get("counts")) {
        sum += c.asLong();
      }
    }
    long dated = 0;
    // A month on the timeline needs a date to the month; a planned event dated by its year alone has none.
    for (JsonNode row : json(api + "/events?size=100").get("rows")) {
      String date = row.path("date").asText("").isEmpty() ? row.path("published").asText("") : row.path("date").asText();
      if (date.matches("\\d{4}-\\d{2}.*")) {
        dated++;
      }
    }
    assertEquals(dated, sum);
    List<String> months = new ArrayList<>();
    t.get("months").forEach(mo -> months.add(mo.asText()));
    assertEquals(months.stream().sorted().toList(), months);
    // Months follow each other without gaps, so that the chart spaces them by time.
    for (int i = 1; i < months.size(); i++) {
      assertEquals(java.time.YearMonth.parse(months.get(i - 1)).plusMonths(1).toString(), months.get(i));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"policies", "events", "facilities", "funds", "instruments", "indicators"})
  void mapCountsAreTheFactsOfEachProvinceRowByRow(String by) throws IOException {
    JsonNode map = json(api + "/map?by=" + by);
    assertTrue(map.get("provinces").size() > 0, by);
    for (JsonNode p : map.get("provinces")) {
      String list = p.get("list").asText();
      assertTrue(list.startsWith("/" + by + "?"), list);
      JsonNode rows = json(api + list + "&size=100");
      assertEquals(p.get("count").asLong(), rows.get("total").asLong(), p.toString());
      RegionGazetteer.Division province = RegionGazetteer.get().division(p.get("code").asText());
      rows.get("rows").forEach(row -> assertWithin(province, row));
    }
  }

  @Test
  void shanghaisPoliciesAreTheOnesItIssuedNotTheOnesItsArticlesMention() throws IOException {
    JsonNode own = json(api + "/policies?size=100&region=" + enc("上海"));
    assertEquals(own.get("total"), json(api + "/policies?size=100&region=310000").get("total"));
    assertEquals(own.get("total"), json(api + "/policies?size=100&region=" + enc("上海市")).get("total"));
    assertTrue(own.get("total").asLong() >= 1);
    RegionGazetteer.Division shanghai = RegionGazetteer.get().division("310000");
    own.get("rows").forEach(row -> assertWithin(shanghai, row));
    // The documents that mention Shanghai name national policies too: they are a view of their own.
    long mentioning = json(api + "/search?region=310000").get("total").asLong();
    assertTrue(mentioning >= 1);
    JsonNode records = json(api + "/policy-records?region=" + enc("上海"));
    assertTrue(records.get("total").asLong() >= 1);
    for (JsonNode r : records.get("rows")) {
      assertTrue(RegionGazetteer.get().resolve(r.get("region").asText()).within(shanghai), r.toString());
      JsonNode one = json(api + "/policy-records/" + r.get("id").asText());
      assertEquals(r.get("title"), one.get("title"));
      assertTrue(one.get("articles").size() >= 1, one.toString());
    }
    assertEquals(404, DemoServer.get(api + "/policy-records/nothing").statusCode());
  }

  @Test
  void compareTheTermsOfTwoRegionsSideBySideAndAsASpreadsheet() throws IOException {
    String query = "/instruments/comparison?kind=voucher&region=" + enc("成都") + "&region=" + enc("杭州市");
    JsonNode c = json(api + query);
    assertEquals("voucher", c.get("kinds").get(0).get("code").asText());
    assertEquals(List.of("成都市", "杭州市"), List.of(c.get("rows").get(0).get("region").asText(),
        c.get("rows").get(1).get("region").asText()));
    assertTrue(c.get("rows").get(0).get("voucher").toString().contains("成都市算力券：2亿元"), c.toString());
    assertTrue(c.get("rows").get(1).get("voucher").toString().contains("最高100万元"), c.toString());
    HttpResponse<byte[]> xlsx = DemoServer.get(api + query + "&format=xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      Sheet sheet = book.getSheetAt(0);
      assertEquals("地区", sheet.getRow(0).getCell(0).getStringCellValue());
      assertEquals("券", sheet.getRow(0).getCell(1).getStringCellValue());
      assertEquals("成都市", sheet.getRow(1).getCell(0).getStringCellValue());
      assertTrue(sheet.getRow(1).getCell(1).getStringCellValue().contains("成都市算力券管理办法（试行）"));
    }
  }

  @Test
  void labelsNameEveryCodeInChinese() throws IOException {
    JsonNode labels = json(api + "/labels");
    assertEquals("验收", labels.get("type").get("accepted").asText());
    assertEquals("获批", labels.get("stage").get("approved").asText());
    assertEquals("券", labels.get("instrument_kind").get("voucher").asText());
    assertEquals("人大代表", labels.get("capacity").get("deputy").asText());
    assertEquals("同比增长", labels.get("basis").get("yoy_growth").asText());
  }

  /** The number of rows or documents the list at a UI path ({@code /policies?…}, {@code /search?…}) holds. */
  private static long total(String list) throws IOException {
    return json(api + list).get("total").asLong();
  }

  /** A row's own region is the division or one within it. */
  private static void assertWithin(RegionGazetteer.Division division, JsonNode row) {
    String name = row.path("region").asText("");
    RegionGazetteer.Division own = name.isEmpty() ? null : RegionGazetteer.get().resolve(name);
    if (own == null) {
      // Bodies, organizations and people are of the region their name or organization's name begins with.
      String named = row.has("organization") ? row.path("organization").asText("") : row.path("name").asText("");
      own = RegionGazetteer.get().resolve(named.substring(0, Math.min(3, named.length())));
    }
    assertTrue(own != null && own.within(division), division.name() + ": " + row);
  }

  @Test
  void csvExportOpensInExcelWithChineseHeaders() throws IOException {
    HttpResponse<byte[]> r = DemoServer.get(api + "/policies?format=csv");
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    assertTrue(r.headers().firstValue("Content-Disposition").orElse("").contains("radar-policies.csv"));
    byte[] b = r.body();
    assertEquals(0xEF, b[0] & 0xff);
    assertEquals(0xBB, b[1] & 0xff);
    assertEquals(0xBF, b[2] & 0xff);
    String text = new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
    assertTrue(text.startsWith("\"政策名称\",\"类型\",\"发布机关\""), text);
    long total = json(api + "/policies").get("total").asLong();
    assertEquals(total + 1, text.split("\r\n").length);
  }

  @Test
  void xlsxAndJsonLinesExportsHoldEveryRow() throws IOException {
    long total = json(api + "/events").get("total").asLong();
    HttpResponse<byte[]> xlsx = DemoServer.get(api + "/events?format=xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      Sheet sheet = book.getSheetAt(0);
      assertEquals("事件类型", sheet.getRow(0).getCell(0).getStringCellValue());
      assertEquals(total, sheet.getLastRowNum());
      // Types and statuses are shown as the UI shows them (验收, 计划), never as codes.
      java.util.Set<String> labels = new java.util.HashSet<>();
      java.util.Arrays.stream(org.kechuangradar.model.EventType.values()).forEach(t -> labels.add(t.label()));
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        String type = sheet.getRow(r).getCell(0).getStringCellValue();
        assertTrue(labels.contains(type), "row " + r + ": " + type);
        assertTrue(java.util.Set.of("已发生", "计划").contains(sheet.getRow(r).getCell(1).getStringCellValue()));
      }
    }
    String jsonl = body(DemoServer.get(api + "/events?format=jsonl"));
    String[] lines = jsonl.strip().split("\n");
    assertEquals(total, lines.length);
    new ObjectMapper().readTree(lines[0]);
    String search = body(DemoServer.get(api + "/search?q=" + enc("量子") + "&format=csv"));
    assertTrue(search.startsWith("\uFEFF\"标题\",\"发布日期\""), search);
    assertFalse(search.contains("\uE000"), "highlight marks stay out of exports");
  }

  @Test
  void csvCellThatLooksLikeAFormulaIsDefused() {
    assertEquals("'=HYPERLINK(\"x\")", Export.defuse("=HYPERLINK(\"x\")"));
    assertEquals("合肥", Export.defuse("合肥"));
  }

  @Test
  void badParametersAreRefusedWithTheirName() throws IOException {
    assertBad(api + "/search?sort=foo", "sort");
    assertBad(api + "/search?page=0", "page");
    assertBad(api + "/search?size=1000", "size");
    assertBad(api + "/search?from=2025-13", "from");
    assertBad(api + "/search?from=2025&to=2024", "from");
    assertBad(api + "/search?q=" + "长".repeat(300), "q");
    assertBad(api + "/policies?format=docx", "format");
    assertBad(api + "/timeline?by=colour", "by");
  }

  @Test
  void unknownEndpointIsAJson404() throws IOException {
    HttpResponse<byte[]> r = DemoServer.get(api + "/nothing-here");
    assertEquals(404, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
  }

  @Test
  void openApiDescribesEveryEndpointAndSharedParameter() throws IOException {
    JsonNode spec = json(api + "/openapi.json");
    assertEquals("3.1.0", spec.get("openapi").asText());
    for (String path : List.of("/api/search", "/api/documents/{id}", "/api/documents", "/api/policies", "/api/events",
        "/api/people", "/api/organizations", "/api/proposals", "/api/facilities", "/api/funds", "/api/calls",
        "/api/instruments", "/api/indicators", "/api/policy-records", "/api/policy-records/{id}", "/api/labels", "/api/brief",
        "/api/instruments/comparison",
        "/api/regions/{code}", "/api/matrix", "/api/timeline", "/api/map",
        "/api/watches", "/api/watches/{id}/new", "/api/watches/{id}/atom", "/api/ingest/status", "/api/login",
        "/api/logout", "/api/me", "/api/tokens", "/api/users", "/api/users/{name}", "/api/review/queue",
        "/api/review/changes", "/api/review/changes/{id}/undo")) {
      assertTrue(spec.get("paths").has(path), path);
    }
    for (String p : QueryParams.NAMES) {
      assertTrue(spec.get("components").get("parameters").has(p), p);
    }
  }

  @Test
  void everyResponseCarriesAContentSecurityPolicy() throws IOException {
    for (String path : List.of("/", "/search?q=x", "/api/search", "/app.js")) {
      HttpResponse<byte[]> r = DemoServer.get(server.base + path);
      assertEquals(200, r.statusCode(), path);
      assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"), path);
      assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
    }
  }

  @Test
  void pagesHaveAddressesThatCanBeBookmarked() throws IOException {
    for (String path : List.of("/documents/" + server.idOf("suzhou-ai-pilot.txt"), "/regions/320000",
        "/search?q=" + enc("算力"), "/policies", "/timeline", "/map", "/matrix", "/watches",
        "/organizations/" + enc("南京市人民政府"), "/people/" + enc("罗文清"))) {
      HttpResponse<byte[]> r = DemoServer.get(server.base + path);
      assertEquals(200, r.statusCode(), path);
      assertTrue(body(r).contains("<script src=\"/app.js\""), path);
    }
    assertEquals(200, DemoServer.get(server.base + "/vendor/echarts/dist/echarts.min.js").statusCode());
    assertEquals(200, DemoServer.get(server.base + "/vendor/map/100000.json").statusCode());
  }

  @ParameterizedTest
  @ValueSource(strings = {"/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
      "/vendor/..%2f..%2f..%2f..%2fetc/passwd", "/vendor/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
      "/..\\..\\..\\etc\\passwd", "/vendor/map/..%5c..%5c..%5cpom.xml", "/web/index.html/../../../pom.xml"})
  void filesOutsideTheAssetsCannotBeRead(String path) throws IOException {
    String response = raw(path);
    assertFalse(response.startsWith("HTTP/1.1 200"), path + " → " + response.lines().findFirst().orElse(""));
    assertFalse(response.contains("root:x:0:0") || response.contains("<modelVersion>"), path);
  }

  @Test
  void hostileTextComesBackAsJsonText() throws IOException {
    JsonNode d = json(api + "/documents/" + server.idOf("script-injection.html"));
    assertTrue(d.get("title").asText().contains("<script>"), d.get("title").asText());
    assertTrue(d.get("text").asText().contains("onerror="));
  }

  private static void assertBad(String url, String parameter) throws IOException {
    HttpResponse<byte[]> r = DemoServer.get(url);
    assertEquals(400, r.statusCode(), url);
    JsonNode error = new ObjectMapper().readTree(r.body());
    assertTrue(error.get("error").asText().contains(parameter), error.toString());
  }

  /** Sends a request line exactly as written, so that no client library tidies the path first. */
  private static String raw(String path) throws IOException {
    int port = Integer.parseInt(server.base.substring(server.base.lastIndexOf(':') + 1));
    try (Socket s = new Socket("127.0.0.1", port)) {
      OutputStream out = s.getOutputStream();
      out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = s.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String body(HttpResponse<byte[]> r) {
    return new String(r.body(), StandardCharsets.UTF_8);
  }

  private static Set<String> ids(JsonNode result) {
    Set<String> out = new HashSet<>();
    result.get("hits").forEach(h -> out.add(h.get("id").asText()));
    return out;
  }

  private static String label(JsonNode facet, String value) {
    for (JsonNode v : facet) {
      if (v.get("value").asText().equals(value)) {
        return v.get("label").asText();
      }
    }
    return null;
  }
}
