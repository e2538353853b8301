package org.kechuangradar.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kechuangradar.model.Document;

/** Fetches from a real HTTP server on a free loopback port, started by the test. */
class FetcherIT {
  private static HttpServer server;
  private static String base;
  private static final byte[] GBK_PAGE = ("<html><head><title>测试</title></head><body><div><p>工信部发布通知，"
      + "推动人工智能产业创新发展，支持企业开展关键技术攻关。</p></div></body></html>").getBytes(Charset.forName("GBK"));

  @BeforeAll
  static void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/gbk", ex -> {
      ex.getResponseHeaders().add("Content-Type", "text/html; charset=GBK");
      ex.sendResponseHeaders(200, GBK_PAGE.length);
      ex.getResponseBody().write(GBK_PAGE);
      ex.close();
    });
    server.createContext("/moved", ex -> {
      ex.getResponseHeaders().add("Location", "/gbk");
      ex.sendResponseHeaders(302, -1);
      ex.close();
    });
    server.createContext("/missing", ex -> {
      ex.sendResponseHeaders(404, -1);
      ex.close();
    });
    server.createContext("/slow", ex -> {
      try {
        Thread.sleep(4000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      ex.sendResponseHeaders(200, 2);
      ex.getResponseBody().write("ok".getBytes());
      ex.close();
    });
    server.createContext("/huge", ex -> {
      ex.getResponseHeaders().add("Content-Length", String.valueOf(10L << 30));
      ex.sendResponseHeaders(200, 0);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(new byte[1024]);
      } catch (IOException ignored) {
        // The client hangs up once it has read the headers.
      }
      ex.close();
    });
    server.createContext("/endless", ex -> {
      ex.getResponseHeaders().add("Content-Type", "text/plain");
      ex.sendResponseHeaders(200, 0);
      byte[] chunk = new byte[64 * 1024];
      java.util.Arrays.fill(chunk, (byte) 'a');
      try (OutputStream out = ex.getResponseBody()) {
        for (int i = 0; i < 4096; i++) {
          out.write(chunk);
        }
      } catch (IOException ignored) {
        // The client stops reading at its cap.
      }
      ex.close();
    });
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  private final Fetcher fetcher = new Fetcher(1 << 20, Duration.ofSeconds(1));

  private InputException failure(String path) {
    return assertThrows(InputException.class, () -> fetcher.fetch(new Fetcher.Ref(base + path, -1)));
  }

  @Test
  void fetchesAPageAndDecodesItWithTheCharsetFromTheHeader() throws Exception {
    Input in = fetcher.fetch(new Fetcher.Ref(base + "/gbk", -1));
    assertArrayEquals(GBK_PAGE, in.bytes());
    Document d = new AnyFormatLoader().load(in);
    assertTrue(d.original().contains("工信部发布通知"), d.original());
  }

  @Test
  void followsRedirects() throws Exception {
    assertArrayEquals(GBK_PAGE, fetcher.fetch(new Fetcher.Ref(base + "/moved", -1)).bytes());
  }

  @Test
  void reportsHttpErrorsTimeoutsAndOversizedResponses() {
    assertEquals("HTTP 404", failure("/missing").reason());
    assertEquals("timed out after 1 s", failure("/slow").reason());
    assertEquals("response is 10.0 GB, over the 1.0 MB limit (--max-size)", failure("/huge").reason());
    assertEquals("response is over the 1.0 MB limit (--max-size)", failure("/endless").reason());
  }

  @Test
  void reportsAnUnreachableHost() {
    InputException e = assertThrows(InputException.class,
        () -> fetcher.fetch(new Fetcher.Ref("http://127.0.0.1:1/none", -1)));
    assertTrue(e.reason().startsWith("request failed"), e.reason());
  }

  @Test
  void expandsDirectoriesByExtensionAndBySniffing(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("a.txt"), "正文。");
    Files.writeString(dir.resolve("sub/b.html"), "<html></html>");
    Files.writeString(dir.resolve("sub/no-extension"), "没有扩展名的文章正文。");
    Files.write(dir.resolve("sub/photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0, 1});
    Files.writeString(dir.resolve(".hidden.txt"), "隐藏");
    Files.writeString(dir.resolve("README.md"), "说明文件");
    Files.writeString(dir.resolve("sub/data.json"), "{}");
    List<String> found = fetcher.expand(List.of(dir.toString())).stream()
        .map(r -> dir.relativize(Path.of(r.location())).toString()).toList();
    assertEquals(List.of("a.txt", "sub/b.html", "sub/no-extension"), found);
  }

  @Test
  void reportsMissingAndOversizedFiles(@TempDir Path dir) throws Exception {
    assertEquals("no such file or directory", assertThrows(InputException.class,
        () -> fetcher.fetch(new Fetcher.Ref(dir.resolve("none.txt").toString(), -1))).reason());
    Path dangling = dir.resolve("dangling.txt");
    Files.createSymbolicLink(dangling, dir.resolve("gone.txt"));
    assertEquals("no such file or directory", assertThrows(InputException.class,
        () -> fetcher.fetch(new Fetcher.Ref(dangling.toString(), -1))).reason());
    Path big = dir.resolve("big.txt");
    Files.write(big, new byte[(1 << 20) + 1]);
    assertEquals("file is 1.0 MB, over the 1.0 MB limit (--max-size)", assertThrows(InputException.class,
        () -> fetcher.fetch(new Fetcher.Ref(big.toString(), -1))).reason());
  }
}
