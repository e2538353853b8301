package org.kechuangradar.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.kechuangradar.app.Ingester;
import org.kechuangradar.app.Radar;
import org.kechuangradar.index.Store;

/**
 * The real server over a real store built from the seed articles (../shared/corpus), the demo articles (samples/)
 * and one hostile page, started once per test run on a free port and shared by the read-only API and browser tests.
 */
final class DemoServer {
  static final String HOSTILE = "src/test/resources/hostile/script-injection.html";
  static final String SEED = "../shared/corpus";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static DemoServer shared;

  final String base;
  final Path data;

  private DemoServer(String base, Path data) {
    this.base = base;
    this.data = data;
  }

  /** The shared server, built on first use. */
  static synchronized DemoServer get() throws IOException {
    if (shared == null) {
      Path data = Files.createTempDirectory("radar-web");
      Store store = Radar.openStore(data);
      new Ingester(new Radar(), store, 100).ingest(List.of(SEED, "samples", HOSTILE), new Ingester.Listener() {});
      WebServer server = WebServer.start(store, data, new Radar(), WebServer.Settings.local(0).withRate(0));
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        server.close();
        try {
          store.close();
        } catch (IOException e) {
          // The JVM is going; the temporary store is not needed.
        }
      }));
      shared = new DemoServer("http://127.0.0.1:" + server.port(), data);
    }
    return shared;
  }

  static HttpResponse<byte[]> send(HttpRequest request) throws IOException {
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  static HttpResponse<byte[]> get(String url) throws IOException {
    return send(HttpRequest.newBuilder(URI.create(url)).build());
  }

  static JsonNode json(String url) throws IOException {
    HttpResponse<byte[]> r = get(url);
    if (r.statusCode() != 200) {
      throw new AssertionError(url + " answered " + r.statusCode() + ": " + new String(r.body(), StandardCharsets.UTF_8));
    }
    return JSON.readTree(r.body());
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** The id of the stored document whose first source ends with this name. */
  String idOf(String fileName) throws IOException {
    for (JsonNode hit : json(base + "/api/search?size=100").get("hits")) {
      if (hit.get("sources").get(0).asText().endsWith(fileName)) {
        return hit.get("id").asText();
      }
    }
    throw new AssertionError("not stored: " + fileName);
  }
}
