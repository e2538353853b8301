package org.kechuangradar.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
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
 * Twenty hostile requests against a real server with accounts over a real store: each gets the answer it should
 * (401, 403, 400 or 429), and afterwards the accounts, the audit trail and the stored facts are as they were.
 */
class SecurityIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PASSWORD = "correct horse battery";
  private static Path data;
  private static Store store;
  private static Database db;
  private static WebServer server;
  private static String base;
  private static JsonNode event;
  private static String beforeEvents;

  @BeforeAll
  static void start() throws Exception {
    data = Files.createTempDirectory("radar-security");
    store = Radar.openStore(data);
    new Ingester(new Radar(), store, 100).ingest(List.of("samples"), new Ingester.Listener() {});
    db = Database.open(data, null);
    Accounts accounts = new Accounts(db);
    accounts.add("admin", Role.ADMIN, PASSWORD.toCharArray());
    accounts.add("editor", Role.EDITOR, PASSWORD.toCharArray());
    accounts.add("viewer", Role.VIEWER, PASSWORD.toCharArray());
    accounts.add("guessed", Role.EDITOR, PASSWORD.toCharArray());
    server = WebServer.start(store, data, new Radar(), WebServer.Settings.local(0).withRate(0), Optional.of(db));
    base = "http://127.0.0.1:" + server.port();
    Session editor = Session.login("editor");
    event = editor.json("/api/events?size=1").path("rows").get(0);
    beforeEvents = events(editor);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    store.close();
    db.close();
  }

  private long changesBefore;

  @BeforeEach
  void count() {
    changesBefore = new ChangeLog(db).trail(1000).size();
  }

  /** A client with its own session cookie and CSRF token. */
  private record Session(String cookie, String csrf) {
    static Session login(String user) throws Exception {
      HttpResponse<byte[]> r = SecurityIT.post(null, "/api/login", "{\"user\":\"" + user + "\",\"password\":\"" + PASSWORD + "\"}",
          "application/json", null);
      assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
      String setCookie = r.headers().firstValue("Set-Cookie").orElseThrow();
      assertTrue(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Strict"), setCookie);
      return new Session(setCookie.substring(0, setCookie.indexOf(';')), JSON.readTree(r.body()).path("csrf").asText());
    }

    HttpResponse<byte[]> get(String path) throws Exception {
      return DemoServer.send(HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", cookie).build());
    }

    String body(String path) throws Exception {
      return new String(get(path).body(), StandardCharsets.UTF_8);
    }

    JsonNode json(String path) throws Exception {
      HttpResponse<byte[]> r = get(path);
      assertEquals(200, r.statusCode(), path);
      return JSON.readTree(r.body());
    }

    HttpResponse<byte[]> post(String path, String body) throws Exception {
      return SecurityIT.post(cookie, path, body, "application/json", csrf);
    }
  }

  private static HttpResponse<byte[]> post(String cookie, String path, String body, String type, String csrf)
      throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", type)
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (cookie != null) {
      b.header("Cookie", cookie);
    }
    if (csrf != null) {
      b.header(Access.CSRF_HEADER, csrf);
    }
    return DemoServer.send(b.build());
  }

  private static String accept() {
    return "{\"action\":\"accept\",\"of\":\"events\",\"document\":\"" + event.path("document").asText()
        + "\",\"key\":\"" + event.path("key").asText() + "\"}";
  }

  /** Nothing changed: the same accounts, no new change in the trail, the same event rows. */
  private void unchanged() throws Exception {
    assertEquals(List.of("admin", "editor", "guessed", "viewer"),
        new Accounts(db).list().stream().map(u -> u.name()).toList());
    assertEquals(changesBefore, new ChangeLog(db).trail(1000).size(), "no change was recorded");
    assertEquals(beforeEvents, events(Session.login("editor")));
  }

  /** The event rows, in a fixed order: a document written again (an undone change) comes later in the index. */
  private static String events(Session s) throws Exception {
    List<String> rows = new java.util.ArrayList<>();
    s.json("/api/events?size=100").path("rows").forEach(r -> rows.add(r.toString()));
    java.util.Collections.sort(rows);
    return String.join("\n", rows);
  }

  @Test
  void case01WrongPasswordsInALoopAreSlowedForTheAccountEvenWithTheRightOne() throws Exception {
    int refused = 0;
    for (int i = 0; i < 8; i++) {
      int status = post(null, "/api/login", "{\"user\":\"guessed\",\"password\":\"guess" + i + "\"}",
          "application/json", null).statusCode();
      assertTrue(status == 401 || status == 429, "attempt " + i + ": " + status);
      refused += status == 429 ? 1 : 0;
    }
    assertTrue(refused >= 2, "later guesses wait");
    HttpResponse<byte[]> right = post(null, "/api/login", "{\"user\":\"guessed\",\"password\":\"" + PASSWORD + "\"}",
        "application/json", null);
    assertEquals(429, right.statusCode());
    assertTrue(right.headers().firstValue("Retry-After").isPresent());
    assertTrue(right.headers().firstValue("Set-Cookie").isEmpty(), "no session while throttled");
    unchanged();
  }

  @Test
  void case02UnknownAccountAndWrongPasswordGetTheSameAnswer() throws Exception {
    HttpResponse<byte[]> unknown = post(null, "/api/login", "{\"user\":\"nobody\",\"password\":\"x\"}",
        "application/json", null);
    HttpResponse<byte[]> wrong = post(null, "/api/login", "{\"user\":\"viewer\",\"password\":\"x\"}",
        "application/json", null);
    assertEquals(401, unknown.statusCode());
    assertEquals(new String(unknown.body(), StandardCharsets.UTF_8), new String(wrong.body(), StandardCharsets.UTF_8));
    unchanged();
  }

  @Test
  void case03SessionCookieReplayedAfterLogoutOpensNothing() throws Exception {
    Session s = Session.login("editor");
    assertEquals(204, s.post("/api/logout", "{}").statusCode());
    assertEquals(401, s.get("/api/search").statusCode());
    assertEquals(401, s.post("/api/review/changes", accept()).statusCode());
    unchanged();
  }

  @Test
  void case04WriteWithTheCookieButNoCsrfTokenIsRefused() throws Exception {
    Session s = Session.login("editor");
    assertEquals(403, post(s.cookie(), "/api/review/changes", accept(), "application/json", null).statusCode());
    unchanged();
  }

  @Test
  void case05WriteWithAnotherSessionsCsrfTokenIsRefused() throws Exception {
    Session s = Session.login("editor");
    Session other = Session.login("admin");
    assertEquals(403, post(s.cookie(), "/api/review/changes", accept(), "application/json", other.csrf()).statusCode());
    unchanged();
  }

  @Test
  void case06CrossSiteFormPostIsRefused() throws Exception {
    Session s = Session.login("editor");
    HttpRequest forged = HttpRequest.newBuilder(URI.create(base + "/api/review/changes"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "http://evil.example")
        .header("Cookie", s.cookie()).POST(HttpRequest.BodyPublishers.ofString("action=accept&of=events")).build();
    assertEquals(403, DemoServer.send(forged).statusCode());
    unchanged();
  }

  @Test
  void case07RightCsrfTokenFromAForeignOriginIsRefused() throws Exception {
    Session s = Session.login("editor");
    HttpRequest foreign = HttpRequest.newBuilder(URI.create(base + "/api/review/changes"))
        .header("Content-Type", "application/json").header("Origin", "http://evil.example")
        .header("Cookie", s.cookie()).header(Access.CSRF_HEADER, s.csrf())
        .POST(HttpRequest.BodyPublishers.ofString(accept())).build();
    assertEquals(403, DemoServer.send(foreign).statusCode());
    unchanged();
  }

  @Test
  void case08JsonEndpointRefusesAFormBody() throws Exception {
    Session s = Session.login("editor");
    assertEquals(400, post(s.cookie(), "/api/review/changes", "action=accept", "text/plain", s.csrf()).statusCode());
    unchanged();
  }

  @Test
  void case09EditorCannotListAccounts() throws Exception {
    assertEquals(403, Session.login("editor").get("/api/users").statusCode());
    unchanged();
  }

  @Test
  void case10EditorCannotAddAnAdmin() throws Exception {
    Session s = Session.login("editor");
    assertEquals(403, s.post("/api/users", "{\"name\":\"mole\",\"role\":\"admin\",\"password\":\"" + PASSWORD + "\"}")
        .statusCode());
    unchanged();
  }

  @Test
  void case11EditorCannotRemoveTheAdmin() throws Exception {
    Session s = Session.login("editor");
    HttpRequest delete = HttpRequest.newBuilder(URI.create(base + "/api/users/admin")).header("Cookie", s.cookie())
        .header(Access.CSRF_HEADER, s.csrf()).DELETE().build();
    assertEquals(403, DemoServer.send(delete).statusCode());
    unchanged();
  }

  @Test
  void case12ViewerCannotChangeAFact() throws Exception {
    assertEquals(403, Session.login("viewer").post("/api/review/changes", accept()).statusCode());
    unchanged();
  }

  @Test
  void case13ViewerCannotUploadOrSaveAWatch() throws Exception {
    Session s = Session.login("viewer");
    assertEquals(403, s.post("/api/watches", "{\"name\":\"x\",\"params\":{\"q\":\"芯片\"}}").statusCode());
    assertEquals(403, post(s.cookie(), "/api/documents", "正文", "text/plain", s.csrf()).statusCode());
    unchanged();
  }

  @Test
  void case14AnonymousVisitorReadsAndWritesNothing() throws Exception {
    assertEquals(401, DemoServer.get(base + "/api/search?q=" + DemoServer.enc("人工智能")).statusCode());
    assertEquals(401, DemoServer.get(base + "/api/events").statusCode());
    assertEquals(401, post(null, "/api/review/changes", accept(), "application/json", null).statusCode());
    assertEquals(200, DemoServer.get(base + "/api/me").statusCode());
    assertEquals(404, DemoServer.get(base + "/api/watches/0123456789ab/atom").statusCode(), "a feed is read by key");
    unchanged();
  }

  @Test
  void case15ForgedSessionCookieAndForgedTokenOpenNothing() throws Exception {
    HttpRequest cookie = HttpRequest.newBuilder(URI.create(base + "/api/events"))
        .header("Cookie", Access.COOKIE + "=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").build();
    assertEquals(401, DemoServer.send(cookie).statusCode());
    HttpRequest token = HttpRequest.newBuilder(URI.create(base + "/api/events"))
        .header("Authorization", "Bearer rk_' OR '1'='1").build();
    assertEquals(401, DemoServer.send(token).statusCode());
    unchanged();
  }

  @Test
  void case16SqlInTheLoginNameOpensNothing() throws Exception {
    for (String name : List.of("admin' --", "' OR '1'='1", "admin\"; DROP TABLE users; --")) {
      assertEquals(401, post(null, "/api/login", JSON.createObjectNode().put("user", name).put("password", "' OR '1'='1")
          .toString(), "application/json", null).statusCode(), name);
    }
    unchanged();
  }

  @Test
  void case17SqlAndScriptInReviewFieldsAreRefused() throws Exception {
    Session s = Session.login("editor");
    String doc = event.path("document").asText();
    String key = event.path("key").asText();
    for (String fields : List.of("{\"region\":\"'; DROP TABLE changes; --\"}", "{\"date\":\"2024-01-01' OR 1=1 --\"}",
        "{\"summary\":\"<script>alert(1)</script>\"}", "{\"actors\":[\"<img src=x onerror=alert(1)>\"]}")) {
      String body = "{\"action\":\"edit\",\"of\":\"events\",\"document\":\"" + doc + "\",\"key\":\"" + key
          + "\",\"fields\":" + fields + "}";
      assertEquals(400, s.post("/api/review/changes", body).statusCode(), fields);
    }
    unchanged();
  }

  @Test
  void case18SqlAndScriptInNamesKeysAndMergesAreRefused() throws Exception {
    Session s = Session.login("editor");
    assertEquals(400, s.post("/api/review/changes", "{\"action\":\"accept\",\"of\":\"events\",\"document\":\""
        + event.path("document").asText() + "\",\"key\":\"x' OR '1'='1\"}").statusCode());
    assertEquals(400, s.post("/api/review/changes", "{\"action\":\"accept\",\"of\":\"users\",\"document\":\"x\","
        + "\"key\":\"y\"}").statusCode());
    assertEquals(400, s.post("/api/review/changes", "{\"action\":\"merge\",\"of\":\"organizations\",\"from\":\""
        + "成都市科学技术局\",\"into\":\"<script>alert(1)</script>\"}").statusCode());
    Session admin = Session.login("admin");
    assertEquals(400, admin.post("/api/users", "{\"name\":\"<script>\",\"role\":\"viewer\",\"password\":\""
        + PASSWORD + "\"}").statusCode());
    assertEquals(400, admin.post("/api/users", "{\"name\":\"x'); DELETE FROM users; --\",\"role\":\"viewer\","
        + "\"password\":\"" + PASSWORD + "\"}").statusCode());
    unchanged();
  }

  @Test
  void case19ViewerTokenCannotUndoOrAdminister() throws Exception {
    Session viewer = Session.login("viewer");
    HttpResponse<byte[]> made = viewer.post("/api/tokens", "{}");
    assertEquals(201, made.statusCode());
    String token = JSON.readTree(made.body()).path("token").asText();
    HttpRequest undo = HttpRequest.newBuilder(URI.create(base + "/api/review/changes/1/undo"))
        .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build();
    assertEquals(403, DemoServer.send(undo).statusCode());
    HttpRequest users = HttpRequest.newBuilder(URI.create(base + "/api/users")).header("Authorization", "Bearer " + token)
        .build();
    assertEquals(403, DemoServer.send(users).statusCode());
    assertEquals(200, DemoServer.send(HttpRequest.newBuilder(URI.create(base + "/api/events"))
        .header("Authorization", "Bearer " + token).build()).statusCode(), "the token reads");
    unchanged();
  }

  @Test
  void case20SessionOfARemovedAccountOpensNothing() throws Exception {
    Accounts accounts = new Accounts(db);
    accounts.add("leaving", Role.EDITOR, PASSWORD.toCharArray());
    Session s = Session.login("leaving");
    accounts.remove("leaving");
    assertEquals(401, s.get("/api/events").statusCode());
    assertEquals(401, s.post("/api/review/changes", accept()).statusCode());
    unchanged();
  }

  @Test
  void anEditorsChangeGoesThroughWhereTheHostileOnesDoNot() throws Exception {
    Session s = Session.login("editor");
    HttpResponse<byte[]> made = s.post("/api/review/changes", accept());
    assertEquals(201, made.statusCode(), new String(made.body(), StandardCharsets.UTF_8));
    JsonNode change = JSON.readTree(made.body());
    assertEquals("editor", change.path("user").asText());
    assertEquals(201, s.post("/api/review/changes/" + change.path("id").asLong() + "/undo", "{}").statusCode());
    assertFalse(s.body("/api/events?size=100").contains("\"verified\":true"));
  }
}
