package org.kechuangradar.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kechuangradar.account.Accounts;
import org.kechuangradar.account.Database;
import org.kechuangradar.account.Role;
import org.kechuangradar.app.Ingester;
import org.kechuangradar.app.Radar;
import org.kechuangradar.index.Store;
import org.kechuangradar.review.ChangeLog;

/**
 * The editorial path in Debian's Chromium against a real server with accounts: an editor logs in, corrects an
 * event's date in the review queue and merges two policy records; the admin uploads the same articles again and
 * the corrections stand; a viewer reaches no write; a cross-site form is refused. A second test clears 100 queued
 * facts by keyboard and writes how long it took and how many keys and clicks it needed (target/review-timing.json).
 */
class ReviewUiIT {
  private static final Path SHOTS = Paths.get("target", "screenshots");
  private static final String PASSWORD = "correct horse battery";
  private static final String POLICY_CORPUS = "src/test/resources/policy-corpus";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Playwright playwright;
  private static Browser browser;
  private static Path data;
  private static Store store;
  private static Database db;
  private static WebServer server;
  private static String base;
  private BrowserContext context;
  private Page page;

  @BeforeAll
  static void start() throws Exception {
    data = Files.createTempDirectory("radar-review-ui");
    // 80 news stories of the development half, read from ../shared at run time, give the queue its 100 facts.
    Path stories = data.resolve("stories.jsonl");
    try (Stream<String> lines = Files.lines(Paths.get("../shared/data/xwlb/stories.jsonl"))) {
      Files.write(stories, lines.limit(80).toList());
    }
    store = Radar.openStore(data);
    new Ingester(new Radar(), store, 100).ingest(List.of("samples", POLICY_CORPUS, stories.toString()),
        new Ingester.Listener() {});
    db = Database.open(data, null);
    Accounts accounts = new Accounts(db);
    accounts.add("admin", Role.ADMIN, PASSWORD.toCharArray());
    accounts.add("editor", Role.EDITOR, PASSWORD.toCharArray());
    accounts.add("viewer", Role.VIEWER, PASSWORD.toCharArray());
    server = WebServer.start(store, data, new Radar(), WebServer.Settings.local(0).withRate(0), Optional.of(db));
    base = "http://127.0.0.1:" + server.port();
    Files.createDirectories(SHOTS);
    playwright = Chromium.playwright();
    browser = Chromium.launch(playwright);
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.close();
    }
    if (playwright != null) {
      playwright.close();
    }
    server.close();
    store.close();
    db.close();
  }

  @BeforeEach
  void open() {
    context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900).setLocale("zh-CN"));
    page = context.newPage();
  }

  @AfterEach
  void closeContext() {
    context.close();
  }

  private void waitReady() {
    page.waitForSelector("#app[data-ready]");
  }

  private void go(String path) {
    page.navigate(base + path);
    waitReady();
  }

  /** Logs in through the page the server sends an anonymous visitor to. */
  private void login(String user) {
    page.navigate(base + "/events");
    page.waitForSelector("#login-form");
    page.fill("#login-form input[name=user]", user);
    page.fill("#login-form input[name=password]", PASSWORD);
    page.click("#login-form button[type=submit]");
    page.waitForSelector("#whoami");
    waitReady();
    assertTrue(page.textContent("#whoami").startsWith(user), page.textContent("#whoami"));
  }

  private void logout() {
    page.click("#logout");
    page.waitForSelector("#login-form");
  }

  private JsonNode api(String path) throws Exception {
    APIResponse r = page.request().get(base + path);
    assertEquals(200, r.status(), path + ": " + r.text());
    return JSON.readTree(r.body());
  }

  private String csrf() throws Exception {
    return api("/api/me").path("csrf").asText();
  }

  @Test
  void editorCorrectsAndMergesTheAdminReingestsAndTheCorrectionsStand() throws Exception {
    int trailBefore = new ChangeLog(db).trail(10_000).size();
    login("editor");
    go("/review?of=events");
    page.waitForSelector("#review-fields");
    String key = page.getAttribute("#review-panel", "data-key");
    page.fill("#review-fields input[name=date]", "2019-07-15");
    page.press("#review-fields input[name=date]", "Enter");
    page.waitForSelector("#review-status:has-text('本次已处理 1 条')");
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("review-queue.png")).setFullPage(true));
    go("/events?month=2019-07");
    assertTrue(page.locator("table.events span.verified").count() >= 1, "the corrected event is marked");
    assertTrue(page.textContent("table.events").contains("2019-07-15"));
    String csv = page.request().get(base + "/api/events?month=2019-07&format=csv").text();
    assertTrue(csv.contains("已修正：date"), csv);

    JsonNode records = api("/api/policy-records?q=" + DemoServer.enc("具身智能") + "&size=100").path("rows");
    String innovation = null;
    String quality = null;
    int innovationMentions = 0;
    int qualityMentions = 0;
    for (JsonNode r : records) {
      if (r.path("title").asText().contains("创新发展") && r.path("region").isNull()) {
        innovation = r.path("id").asText();
        innovationMentions = r.path("mentions").size();
      } else if (r.path("title").asText().contains("高质量发展")) {
        quality = r.path("id").asText();
        qualityMentions = r.path("mentions").size();
      }
    }
    go("/policy-records/" + DemoServer.enc(quality));
    // The record of the same policy is offered among those whose titles end alike.
    page.locator("#similar-records li").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("创新发展"))
        .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("全国")).locator("button.merge-into")
        .click();
    page.waitForURL("**/policy-records/" + DemoServer.enc(innovation).replace("+", "%20"));
    waitReady();
    assertTrue(page.textContent("h2:has-text('提及（')").contains("（" + (innovationMentions + qualityMentions) + "）"),
        page.textContent("h2:has-text('提及（')"));

    // A body named by several articles is, in one of them, another: split from its page.
    JsonNode bodies = api("/api/search?size=1").path("facets").path("body");
    String body = null;
    for (JsonNode b : bodies) {
      if (b.path("count").asLong() >= 2) {
        body = b.path("value").asText();
        break;
      }
    }
    long naming = api("/api/search?body=" + DemoServer.enc(body)).path("total").asLong();
    go("/organizations/" + DemoServer.enc(body).replace("+", "%20"));
    page.locator("#org-editing label.split-doc input").first().check();
    page.fill("#org-editing input[name=other]", "另一机构");
    page.waitForResponse(r -> r.url().endsWith("/api/review/changes") && r.request().method().equals("POST"),
        () -> page.click("#split-org"));
    assertEquals(naming - 1, api("/api/search?body=" + DemoServer.enc(body)).path("total").asLong());
    assertEquals(1, api("/api/search?org=" + DemoServer.enc("另一机构")).path("total").asLong());
    logout();

    // The admin uploads the articles again; the corrections stand.
    login("admin");
    String token = csrf();
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Stream.concat(Files.list(Paths.get("samples")), Files.list(Paths.get(POLICY_CORPUS)))) {
      s.filter(p -> p.toString().matches(".*\\.(txt|html|pdf)$")).forEach(files::add);
    }
    for (Path f : files) {
      APIResponse r = page.request().post(base + "/api/documents", RequestOptions.create()
          .setHeader(Access.CSRF_HEADER, token).setMultipart(FormData.create().set("file", f)));
      assertTrue(r.status() == 200 || r.status() == 201, f + ": " + r.status() + " " + r.text());
    }
    JsonNode event = find(api("/api/events?month=2019-07&size=100").path("rows"), key);
    assertEquals("2019-07-15", event.path("date").asText());
    assertTrue(event.path("verified").asBoolean());
    assertEquals(404, page.request().get(base + "/api/policy-records/" + DemoServer.enc(quality)).status());
    go("/changes");
    assertEquals(trailBefore + 3, page.locator("table.changes tbody tr").count());
    logout();

    // A viewer reaches no write: the queue page says so, and the API answers 403.
    login("viewer");
    go("/review?of=events");
    assertTrue(page.textContent("#app").contains("审核需要编辑或管理员账户"));
    APIResponse write = page.request().post(base + "/api/review/changes", RequestOptions.create()
        .setHeader(Access.CSRF_HEADER, csrf()).setHeader("Content-Type", "application/json")
        .setData("{\"action\":\"accept\",\"of\":\"events\",\"document\":\"" + event.path("document").asText()
            + "\",\"key\":\"" + key + "\"}"));
    assertEquals(403, write.status());

    // A page of another site posts a form to the server in the logged-in browser: refused, nothing changed.
    page.setContent("<form id=f method=post enctype=text/plain action='" + base + "/api/review/changes'>"
        + "<input name='{\"action\":\"reject\",\"of\":\"events\",\"document\":\"" + event.path("document").asText()
        + "\",\"key\":\"" + key + "\",\"x\":\"' value='\"}'></form>");
    com.microsoft.playwright.Response forged = page.waitForNavigation(() -> page.evalOnSelector("#f", "f => f.submit()"));
    assertTrue(forged.status() == 401 || forged.status() == 403, "forged form: " + forged.status());
    assertEquals(trailBefore + 3, new ChangeLog(db).trail(10_000).size(), "the trail holds the editor's three changes only");
  }

  @Test
  void anEditorClearsAHundredQueuedFactsByKeyboard() throws Exception {
    login("editor");
    go("/review?of=organizations");
    page.waitForSelector("#review-fields");
    int before = Integer.parseInt(page.textContent("#review-status").replaceAll("^待审 (\\d+) 条.*", "$1"));
    assertTrue(before >= 100, "a queue of at least 100: " + before);
    int keys = 0;
    int clicks = 0;
    long start = System.nanoTime();
    for (int i = 1; i <= 100; i++) {
      if (i % 10 == 0) {
        // Every tenth is a name to correct: E to the first field, select it, type, Enter.
        page.keyboard().press("e");
        page.keyboard().press("Control+A");
        page.keyboard().type("更正机构" + i);
        page.keyboard().press("Enter");
        keys += 3 + ("更正机构" + i).length();
      } else {
        page.keyboard().press(i % 7 == 0 ? "r" : "a");
        keys++;
      }
      try {
        page.waitForSelector("#review-status:has-text('本次已处理 " + i + " 条')",
            new Page.WaitForSelectorOptions().setTimeout(10_000));
      } catch (com.microsoft.playwright.TimeoutError e) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("review-stuck.png")).setFullPage(true));
        throw new AssertionError("fact " + i + " was not cleared: " + page.textContent("#review-panel"), e);
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    assertEquals(100, new ChangeLog(db).trail(10_000).stream().filter(c -> c.table().path.equals("organizations")).count());
    String timing = String.format(java.util.Locale.ROOT, "{\"facts\": 100, \"seconds\": %.1f, \"keys\": %d, \"clicks\": %d, "
        + "\"keys_per_fact\": %.2f, \"clicks_per_fact\": %.2f}%n", seconds, keys, clicks, keys / 100.0, clicks / 100.0);
    Files.writeString(Paths.get("target", "review-timing.json"), timing, StandardCharsets.UTF_8);
    System.out.print("review timing: " + timing);
  }

  private static JsonNode find(JsonNode rows, String key) {
    for (JsonNode r : rows) {
      if (r.path("key").asText().equals(key)) {
        return r;
      }
    }
    throw new AssertionError("no row " + key + " in " + rows);
  }
}
