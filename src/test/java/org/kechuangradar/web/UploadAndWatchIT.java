package org.kechuangradar.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kechuangradar.app.Radar;
import org.kechuangradar.index.Store;
import org.w3c.dom.NodeList;

/** The write side of the server: uploads behind a token, watches with their feed, and the request limits. */
class UploadAndWatchIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TOKEN = "test-token-7f3a";
  @TempDir Path data;
  private Store store;
  private WebServer server;
  private String base;

  private void start(WebServer.Settings settings) throws IOException {
    store = Radar.openStore(data);
    server = WebServer.start(store, data, new Radar(), settings);
    base = "http://127.0.0.1:" + server.port();
  }

  @AfterEach
  void stop() throws IOException {
    server.close();
    store.close();
  }

  @Test
  void uploadsAreOffWithoutAToken() throws IOException {
    start(WebServer.Settings.local(0));
    HttpResponse<byte[]> r = upload("hefei.txt", sample("hefei-quantum-gbk.txt"), null);
    assertEquals(403, r.statusCode());
    assertTrue(text(r).contains("uploads are off"));
  }

  @Test
  void uploadNeedsTheRightTokenAndIsStoredOnce() throws IOException {
    start(WebServer.Settings.local(0).withToken(TOKEN));
    assertEquals(401, upload("suzhou.txt", sample("suzhou-ai-pilot.txt"), null).statusCode());
    assertEquals(401, upload("suzhou.txt", sample("suzhou-ai-pilot.txt"), "wrong").statusCode());
    HttpResponse<byte[]> first = upload("suzhou.txt", sample("suzhou-ai-pilot.txt"), TOKEN);
    assertEquals(201, first.statusCode(), text(first));
    JsonNode stored = JSON.readTree(first.body());
    assertEquals("stored", stored.get("outcome").asText());
    HttpResponse<byte[]> again = upload("suzhou.txt", sample("suzhou-ai-pilot.txt"), TOKEN);
    assertEquals(200, again.statusCode());
    assertEquals("unchanged", JSON.readTree(again.body()).get("outcome").asText());
    JsonNode doc = DemoServer.json(base + "/api/documents/" + stored.get("id").asText());
    assertEquals("苏州出台方案建设人工智能创新应用先导区", doc.get("title").asText());
    assertEquals(1, DemoServer.json(base + "/api/policies").get("total").asLong());
  }

  @Test
  void uploadedFileNameNeverReachesTheFileSystem() throws IOException {
    start(WebServer.Settings.local(0).withToken(TOKEN));
    HttpResponse<byte[]> r = upload("../../../escaped.txt", sample("suzhou-ai-pilot.txt"), TOKEN);
    assertEquals(201, r.statusCode(), text(r));
    assertTrue(Files.notExists(data.resolve("../../escaped.txt").normalize()));
    try (Stream<Path> files = Files.list(data.resolve("uploads"))) {
      assertTrue(files.allMatch(p -> p.getFileName().toString().matches("[0-9a-f]{32}\\.txt")));
    }
    assertEquals(400, upload("run.exe", "MZ".getBytes(StandardCharsets.UTF_8), TOKEN).statusCode());
  }

  @Test
  void badUploadIsRefusedAndKeepsWhatWasStored() throws IOException {
    start(WebServer.Settings.local(0).withToken(TOKEN));
    assertEquals(201, upload("suzhou.txt", sample("suzhou-ai-pilot.txt"), TOKEN).statusCode());
    HttpResponse<byte[]> broken = upload("broken.pdf", "%PDF-1.7 not really".getBytes(StandardCharsets.UTF_8), TOKEN);
    assertEquals(400, broken.statusCode());
    assertTrue(text(broken).contains("broken.pdf"), text(broken));
    assertFalse(text(broken).contains(data.toString()), "the server's paths stay on the server: " + text(broken));
    try (Stream<Path> files = Files.list(data.resolve("uploads"))) {
      assertEquals(1, files.count(), "the rejected upload is not kept");
    }
    assertEquals(1, DemoServer.json(base + "/api/search").get("total").asLong());
  }

  @Test
  void requestLargerThanTheLimitIsRefused() throws IOException {
    start(new WebServer.Settings("127.0.0.1", 0, TOKEN, 50, 64 * 1024, ""));
    // The client waits for the server's answer before it sends the body: a server that refuses a body by its length
    // closes the connection, and a client still writing it would read no answer.
    HttpResponse<byte[]> r = upload("big.txt", new byte[200 * 1024], TOKEN, true);
    assertEquals(413, r.statusCode());
  }

  @Test
  void clientOverTheRateLimitIsToldToSlowDown() throws IOException {
    start(WebServer.Settings.local(0).withRate(5));
    int refused = 0;
    for (int i = 0; i < 60; i++) {
      HttpResponse<byte[]> r = DemoServer.get(base + "/api/search");
      if (r.statusCode() == 429) {
        refused++;
        assertTrue(r.headers().firstValue("Retry-After").isPresent());
      }
    }
    assertTrue(refused >= 20, "refused " + refused);
  }

  @Test
  void watchListsOnlyWhatArrivedSinceTheLastLook() throws Exception {
    start(WebServer.Settings.local(0).withToken(TOKEN));
    upload("suzhou.txt", sample("suzhou-ai-pilot.txt"), TOKEN);
    HttpResponse<byte[]> created = DemoServer.send(authorized("/api/watches")
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"量子政策\",\"params\":{\"q\":\"量子\",\"region\":\"安徽\"}}"))
        .build());
    assertEquals(201, created.statusCode(), text(created));
    String id = JSON.readTree(created.body()).get("id").asText();
    assertEquals(0, authorizedJson("/api/watches/" + id + "/new").get("total").asLong());
    assertEquals(201, upload("hefei.txt", sample("hefei-quantum-gbk.txt"), TOKEN).statusCode());
    upload("chengdu.txt", sample("chengdu-compute-vouchers.txt"), TOKEN);
    JsonNode fresh = authorizedJson("/api/watches/" + id + "/new");
    assertEquals(1, fresh.get("total").asLong(), fresh.toString());
    assertTrue(fresh.get("hits").get(0).get("title").asText().contains("合肥"));
    assertEquals(0, authorizedJson("/api/watches/" + id + "/new").get("total").asLong());

    HttpResponse<byte[]> feed = DemoServer.get(base + "/api/watches/" + id + "/atom");
    assertTrue(feed.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
    String forged = rawGet("/api/watches/" + id + "/atom", "evil.example");
    assertTrue(forged.contains("<feed"), forged);
    assertFalse(forged.contains("evil.example"), "a Host header must not reach the feed's links");
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    org.w3c.dom.Document atom = f.newDocumentBuilder().parse(new ByteArrayInputStream(feed.body()));
    assertEquals("feed", atom.getDocumentElement().getLocalName());
    NodeList entries = atom.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
    assertEquals(1, entries.getLength());
    assertTrue(entries.item(0).getTextContent().contains("合肥"));

    assertEquals(1, authorizedJson("/api/watches").size());
    assertEquals(401, DemoServer.get(base + "/api/watches").statusCode(), "the list needs the token");
    assertEquals(401, DemoServer.send(HttpRequest.newBuilder(URI.create(base + "/api/watches/" + id)).DELETE()
        .build()).statusCode(), "deleting needs the token");
    assertEquals(204, DemoServer.send(authorized("/api/watches/" + id).DELETE().build()).statusCode());
    assertEquals(404, DemoServer.send(authorized("/api/watches/" + id + "/new").build()).statusCode());
  }

  @Test
  void watchNeedsANameAndValidParameters() throws IOException {
    start(WebServer.Settings.local(0).withToken(TOKEN));
    for (String body : List.of("not json", "{\"params\":{}}", "{\"name\":\"x\",\"params\":{\"sort\":\"colour\"}}",
        "{\"name\":\"a\\u0001b\",\"params\":{}}")) {
      HttpResponse<byte[]> r = DemoServer.send(authorized("/api/watches").header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body)).build());
      assertEquals(400, r.statusCode(), body);
    }
  }

  @Test
  void watchesNeedTheTokenAndAJsonBody() throws IOException {
    start(WebServer.Settings.local(0).withToken(TOKEN));
    String body = "{\"name\":\"x\",\"params\":{}}";
    // A text/plain body is what a page of another site can send without asking; it is refused even with the token.
    assertEquals(415, DemoServer.send(authorized("/api/watches").header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build()).statusCode());
    assertEquals(401, DemoServer.send(HttpRequest.newBuilder(URI.create(base + "/api/watches"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build())
        .statusCode());
    stop();
    start(WebServer.Settings.local(0));
    assertEquals(403, DemoServer.send(HttpRequest.newBuilder(URI.create(base + "/api/watches"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build())
        .statusCode(), "a server without a token saves nothing");
  }

  // Java's HttpClient will not send another Host header; a socket will.
  private String rawGet(String path, String host) throws IOException {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
      socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private HttpRequest.Builder authorized(String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + TOKEN);
  }

  private JsonNode authorizedJson(String path) throws IOException {
    HttpResponse<byte[]> r = DemoServer.send(authorized(path).build());
    assertEquals(200, r.statusCode(), text(r));
    return JSON.readTree(r.body());
  }

  private static byte[] sample(String name) throws IOException {
    return Files.readAllBytes(Path.of("samples", name));
  }

  private HttpResponse<byte[]> upload(String fileName, byte[] content, String token) throws IOException {
    return upload(fileName, content, token, false);
  }

  private HttpResponse<byte[]> upload(String fileName, byte[] content, String token, boolean expectContinue)
      throws IOException {
    String boundary = "----radar" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.write(content);
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "/api/documents"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).expectContinue(expectContinue);
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return DemoServer.send(b.build());
  }

  private static String text(HttpResponse<byte[]> r) {
    return new String(r.body(), StandardCharsets.UTF_8);
  }
}
