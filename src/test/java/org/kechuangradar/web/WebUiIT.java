package org.kechuangradar.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kechuangradar.lexicon.RegionGazetteer;

/**
 * The web UI in Debian's Chromium, driven headless by Playwright, against the real server over the demo store.
 * Screenshots of every page go to target/screenshots.
 */
class WebUiIT {
  private static final Path SHOTS = Paths.get("target", "screenshots");
  private static Playwright playwright;
  private static Browser browser;
  private static DemoServer server;
  private BrowserContext context;
  private Page page;
  private final List<String> dialogs = new ArrayList<>();
  private final List<String> consoleErrors = new ArrayList<>();

  @BeforeAll
  static void launch() throws IOException {
    server = DemoServer.get();
    Files.createDirectories(SHOTS);
    playwright = Chromium.playwright();
    browser = Chromium.launch(playwright);
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.close();
    }
    if (playwright != null) {
      playwright.close();
    }
  }

  @BeforeEach
  void open() {
    context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900).setLocale("zh-CN")
        .setAcceptDownloads(true));
    page = context.newPage();
    page.onDialog(d -> {
      dialogs.add(d.message());
      d.dismiss();
    });
    page.onConsoleMessage(m -> {
      if (m.type().equals("error")) {
        consoleErrors.add(m.text());
      }
    });
  }

  @AfterEach
  void closeContext() {
    context.close();
  }

  private void go(String path) {
    page.navigate(server.base + path);
    waitReady();
    String shown = page.textContent("#app");
    assertFalse(shown.contains("null") || shown.contains("undefined") || shown.contains("出错了"),
        path + " shows a missing value or an error: " + shown.substring(0, Math.min(300, shown.length())));
  }

  private void waitReady() {
    page.waitForSelector("#app[data-ready]");
  }

  private void shot(String name) {
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
  }

  @Test
  void searchThenFacetThenDocumentThenDossier() {
    go("/search?q=" + DemoServer.enc("人工智能"));
    String total = page.textContent(".total");
    assertTrue(total.matches("共 \\d+ 篇文章"), total);
    int before = Integer.parseInt(total.replaceAll("\\D", ""));
    assertTrue(page.locator("mark").count() > 0, "matches are highlighted");
    for (String meta : page.locator(".hit .meta").allTextContents()) {
      // Dates as a reader writes them, sources without the server's folders.
      assertTrue(meta.matches("(\\d{4}年(\\d{1,2}月(\\d{1,2}日( \\d{2}:\\d{2})?)?)?|日期不详) · [^/\\\\]+"), meta);
    }
    shot("search");

    Locator jiangsu = page.locator("section[data-dim=region] a.facet-value", new Page.LocatorOptions().setHasText("江苏省"));
    jiangsu.first().click();
    page.waitForURL("**region=320000**");
    waitReady();
    int after = Integer.parseInt(page.textContent(".total").replaceAll("\\D", ""));
    assertTrue(after < before && after > 0, before + " → " + after);
    assertTrue(page.textContent(".chips").contains("地区：江苏省"));
    shot("search-facet");

    page.locator("a.hit-title", new Page.LocatorOptions().setHasText("苏州")).first().click();
    page.waitForURL("**/documents/**");
    waitReady();
    assertEquals("苏州出台方案建设人工智能创新应用先导区", page.textContent("h1"));
    Locator region = page.locator("#clean-text .m-REGION", new Page.LocatorOptions().setHasText("苏州")).first();
    assertTrue(region.getAttribute("title").contains("苏州市"), region.getAttribute("title"));
    assertTrue(page.locator("section[data-section=政策]").textContent().contains("苏州市人工智能创新应用先导区建设实施方案"));
    assertTrue(page.locator("#clean-text .m-GOVERNMENT").count() > 0, "bodies are coloured");
    shot("document");

    page.click("#show-original");
    assertTrue(page.isVisible("#original-text"));
    assertFalse(page.isVisible("#clean-text"));
    page.click("#show-original");

    region.click();
    page.waitForURL("**/regions/**");
    waitReady();
    assertEquals("苏州市", page.textContent("h1"));
    assertTrue(page.textContent("#dossier-industries").contains("人工智能"));
    assertTrue(page.locator("table.policies").textContent().contains("苏州市人工智能创新应用先导区建设实施方案"));
    shot("region-dossier");
    assertTrue(dialogs.isEmpty());
    assertTrue(consoleErrors.isEmpty(), consoleErrors.toString());
  }

  @Test
  void errorsReadInChinese() {
    page.navigate(server.base + "/documents/" + "0".repeat(32));
    waitReady();
    assertEquals("出错了：未找到所请求的内容", page.textContent("p.error"));
    page.navigate(server.base + "/documents/0000");
    waitReady();
    assertEquals("出错了：请求有误", page.textContent("p.error"));
  }

  @Test
  void policyTableSortsAndExportsCsv() throws IOException {
    go("/policies");
    Locator rows = page.locator("table.policies tbody tr");
    assertTrue(rows.count() >= 5, "policies shown: " + rows.count());
    page.click("table.policies th:has-text('政策名称')");
    List<String> ascending = page.locator("table.policies tbody tr td:first-child").allTextContents();
    assertEquals(1, page.locator("table.policies th.sorted-asc").count());
    page.click("table.policies th:has-text('政策名称')");
    List<String> descending = new ArrayList<>(page.locator("table.policies tbody tr td:first-child").allTextContents());
    java.util.Collections.reverse(descending);
    assertEquals(ascending, descending);
    shot("policies");

    Download download = page.waitForDownload(() -> page.click("a.export-csv"));
    Path file = SHOTS.resolve("policies.csv");
    download.saveAs(file);
    byte[] bytes = Files.readAllBytes(file);
    String csv = new String(bytes, StandardCharsets.UTF_8);
    assertTrue(csv.startsWith("\uFEFF\"政策名称\""), csv.substring(0, Math.min(40, csv.length())));
    assertEquals(rows.count() + 1, csv.split("\r\n").length);
  }

  @Test
  void hostileDocumentRendersAsTextEverywhere() throws IOException {
    String id = server.idOf("script-injection.html");
    go("/documents/" + id);
    assertTrue(page.textContent("h1").contains("<script>alert(\"title\")</script>"));
    assertTrue(page.textContent("#clean-text").contains("<img src=x onerror=alert(\"img\")>"));
    assertEquals(0, page.locator("#app img").count(), "no element was made from document text");
    assertEquals(0, page.locator("#app script").count());
    page.click("#show-original");
    assertEquals(0, page.locator("#app img").count());
    shot("hostile-document");

    go("/search?q=" + DemoServer.enc("量子"));
    assertTrue(page.textContent(".hits").contains("<script>"));
    assertEquals(0, page.locator("#app img").count());
    for (String other : List.of("/organizations/" + DemoServer.enc("合肥市科学技术局"), "/regions/340100",
        "/policies?q=" + DemoServer.enc("量子"), "/events")) {
      go(other);
      assertEquals(0, page.locator("#app img").count(), other);
      assertEquals(0, page.locator("#app script").count(), other);
    }
    go("/policies?q=" + DemoServer.enc("量子"));
    assertTrue(page.textContent("table.policies").contains("<script>"), "the hostile sentence is in the table, as text");
    page.navigate(server.base + "/search?q=" + DemoServer.enc("\"><img src=x onerror=alert(1)>"));
    waitReady();
    assertEquals(0, page.locator("#app img").count());
    for (String href : page.locator("#app a").evaluateAll("as => as.map(a => a.getAttribute('href'))").toString()
        .split(",")) {
      assertFalse(href.strip().toLowerCase().startsWith("javascript:"), href);
    }
    assertTrue(dialogs.isEmpty(), "no script ran: " + dialogs);
  }

  @Test
  void chartsDrawAndShowTheirNumbersAsTables() {
    go("/map");
    page.waitForSelector("#chart canvas");
    page.click("#toggle-table");
    assertTrue(page.locator("#chart-table table tbody tr").count() > 3);
    assertTrue(page.textContent("#chart-table").contains("江苏省"));
    shot("map");

    go("/matrix");
    page.waitForSelector("#chart canvas");
    page.click("#toggle-table");
    Locator cell = page.locator("#chart-table table.matrix tbody a").first();
    String count = cell.textContent();
    cell.click();
    page.waitForURL("**/policies?**");
    waitReady();
    assertEquals("共 " + count + " 条政策", page.textContent(".total"));
    go("/matrix");
    page.waitForSelector("#chart canvas");
    shot("matrix");

    go("/timeline");
    page.waitForSelector("#chart canvas");
    page.click("#toggle-table");
    assertTrue(page.locator("#chart-table table.timeline tbody tr").count() > 0);
    shot("timeline");
    assertTrue(consoleErrors.isEmpty(), consoleErrors.toString());
  }

  @Test
  void pagesFitAPhoneScreen() throws IOException {
    page.setViewportSize(390, 844);
    go("/search?q=" + DemoServer.enc("算力"));
    int width = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
    assertTrue(width <= 400, "no sideways scrolling on a phone: " + width);
    shot("phone-search");
    go("/documents/" + server.idOf("chengdu-compute-vouchers.txt"));
    width = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
    assertTrue(width <= 400, "document page width " + width);
    shot("phone-document");
  }

  // ---- the researcher's questions, asked in the browser alone ------------------------------------------------------

  @Test
  void whichComputeCentreEventsHappenedInWhichCityIn2023AndWhen() {
    go("/facilities");
    page.selectOption("select[name=kind]", "compute");
    page.fill("input[name=from]", "2023");
    page.fill("input[name=to]", "2023");
    page.click("form.query button[type=submit]");
    page.waitForURL("**kind=compute**");
    waitReady();
    Map<String, String> byName = new HashMap<>();
    for (Locator row : page.locator("table.facilities tbody tr").all()) {
      List<String> cells = row.locator("td").allTextContents();
      byName.put(cells.get(0), cells.get(2) + " " + cells.get(4));
    }
    assertEquals(Set.of("杭州城西智算中心", "人工智能计算中心"), byName.keySet(), byName.toString());
    assertTrue(byName.get("杭州城西智算中心").matches("杭州市 .*获批 2023年5月.*开工 2023年8月.*"), byName.toString());
    assertTrue(byName.get("人工智能计算中心").startsWith("武汉市 开工 2023年6月8日"), byName.toString());
    shot("question-compute-2023");
  }

  @Test
  void whichPoliciesDidShanghaiIssueOnBrainComputerInterfaces() {
    go("/policies");
    page.fill("input[name=region]", "上海");
    page.fill("input[name=q]", "脑机接口");
    page.click("form.query button[type=submit]");
    page.waitForURL("**region=**");
    waitReady();
    List<String> titles = page.locator("table.policies tbody tr td:first-child").allTextContents();
    assertEquals(List.of("上海市脑机接口未来产业培育行动方案(2025—2030)"), titles);
    assertEquals(List.of("上海市"), page.locator("table.policies tbody tr td:nth-child(5)").allTextContents());
    // The title opens the policy's record: its variants and every article that names it.
    page.locator("table.policies tbody a").first().click();
    page.waitForURL("**/policy-records?**");
    waitReady();
    page.locator("table.policy-records tbody a").first().click();
    page.waitForURL("**/policy-records/**");
    waitReady();
    assertTrue(page.textContent("h1").contains("脑机接口"));
    assertTrue(page.locator("#variants li").count() >= 1);
    shot("question-shanghai-bci");
  }

  @Test
  void whatDidDeputyLeiJunPropose() {
    go("/search?q=" + DemoServer.enc("雷军"));
    page.locator("section[data-dim=person] a.facet-value", new Page.LocatorOptions().setHasText("雷军")).first().click();
    page.waitForURL("**person=**");
    waitReady();
    page.locator("a.hit-title").first().click();
    page.waitForURL("**/documents/**");
    waitReady();
    page.locator("#clean-text .m-PERSON", new Page.LocatorOptions().setHasText("雷军")).first().click();
    page.waitForURL("**/people/**");
    waitReady();
    assertEquals("雷军", page.textContent("h1"));
    assertTrue(page.textContent("table.positions").contains("全国人大代表"));
    String proposals = page.textContent("table.proposals");
    assertTrue(proposals.contains("加快出台针对深度合成技术的专项立法"), proposals);
    assertTrue(proposals.contains("人大代表"), proposals);
    shot("question-lei-jun");
  }

  @Test
  void whichRegionsOfferComputeVouchersAndHowMuch() {
    go("/instruments");
    page.selectOption("select[name=kind]", "voucher");
    page.fill("input[name=q]", "算力券");
    page.click("form.query button[type=submit]");
    page.waitForURL("**kind=voucher**");
    waitReady();
    Map<String, String> byRegion = new HashMap<>();
    for (Locator row : page.locator("table.comparison tbody tr").all()) {
      List<String> cells = row.locator("td").allTextContents();
      byRegion.put(cells.get(0), cells.get(1));
    }
    assertTrue(byRegion.getOrDefault("成都市", "").contains("2亿元"), byRegion.toString());
    assertTrue(byRegion.getOrDefault("杭州市", "").contains("最高100万元"), byRegion.toString());
    assertTrue(byRegion.getOrDefault("苏州市", "").contains("最高300万元"), byRegion.toString());
    shot("question-compute-vouchers");
  }

  @Test
  void everyCountOnTheMapAndInADossierIsTheListItOpens() {
    go("/map?by=events");
    page.click("#toggle-table");
    List<String> counts = page.locator("#chart-table table.map tbody td:nth-child(2) a").allTextContents();
    List<String> hrefs = ((List<?>) page.locator("#chart-table table.map tbody td:nth-child(2) a")
        .evaluateAll("as => as.map(a => a.getAttribute('href'))")).stream().map(String::valueOf).toList();
    List<String> provinces = page.locator("#chart-table table.map tbody td:first-child").allTextContents();
    assertTrue(counts.size() > 2, counts.toString());
    for (int i = 0; i < counts.size(); i++) {
      go(hrefs.get(i));
      assertEquals("共 " + counts.get(i) + " 条事件", page.textContent(".total"), hrefs.get(i));
      assertRowsWithin(provinces.get(i), "table.events", 4);
    }
    go("/regions/320000");
    for (Locator chip : page.locator("#dossier-facts a").all()) {
      String kind = chip.getAttribute("data-kind");
      String count = chip.textContent();
      String href = chip.getAttribute("href");
      go(href);
      assertTrue(page.textContent(".total").matches("共 " + count + " 条.*"), href + ": " + page.textContent(".total"));
      // The column of each table that shows a fact's own region; calls and proposals show none.
      int regionColumn = Map.of("policies", 5, "events", 4, "facilities", 3, "funds", 3, "instruments", 3,
          "indicators", 2).getOrDefault(kind, 0);
      if (regionColumn > 0) {
        assertRowsWithin("江苏省", "table." + kind, regionColumn);
      }
      go("/regions/320000");
    }
  }

  @Test
  void aChronicleOf2023PreviewsWithASourceOnEveryLineAndDownloadsAsWord() throws IOException {
    go("/brief");
    page.fill("input[name=from]", "2023");
    page.fill("input[name=to]", "2023");
    page.click("#brief-form button[type=submit]");
    page.waitForURL("**/brief?**");
    waitReady();
    List<String> lines = page.locator("#brief ul.brief-lines li").allTextContents();
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("6月8日，武汉东湖新技术开发区启动建设人工智能计算中心二期。")),
        lines.toString());
    for (Locator li : page.locator("#brief ul.brief-lines li").all()) {
      assertTrue(li.locator("sup a").count() >= 1, "every line cites its articles: " + li.textContent());
    }
    shot("brief");
    Download download = page.waitForDownload(() -> page.click("a.export-docx"));
    Path file = SHOTS.resolve("brief.docx");
    download.saveAs(file);
    try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
      assertEquals("全国科创大事记", doc.getParagraphs().get(0).getText());
    }
  }

  /** Every row's region cell names the province or a region within it. */
  private void assertRowsWithin(String province, String table, int column) {
    RegionGazetteer regions = RegionGazetteer.get();
    RegionGazetteer.Division within = regions.resolve(province);
    for (String cell : page.locator(table + " tbody tr td:nth-child(" + column + ")").allTextContents()) {
      RegionGazetteer.Division d = regions.resolve(cell);
      assertTrue(d != null && d.within(within), province + " holds " + cell);
    }
  }
}
