package org.kechuangradar.ingest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on a free loopback port for tests, with one path per behaviour a fetcher must cope
 * with: a GBK page declared in the header, a redirect, a 404, a response slower than the timeout, a
 * declared 10 GB body, an endless body without a length, a body that trickles one byte a second, a redirect
 * loop, a chain of N redirects ({@code /chain/N}), and a redirect to a {@code file:} URL.
 */
public final class HostileHttpServer implements AutoCloseable {
  public static final byte[] GBK_PAGE = ("<html><head><title>测试</title></head><body><div><p>工信部发布通知，"
      + "推动人工智能产业创新发展，支持企业开展关键技术攻关。</p></div></body></html>").getBytes(Charset.forName("GBK"));
  private final HttpServer server;

  public HostileHttpServer() throws IOException {
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
      ex.sendResponseHeaders(204, -1);
      ex.close();
    });
    server.createContext("/ten-gigabytes", ex -> {
      ex.getResponseHeaders().add("Content-Length", String.valueOf(10L << 30));
      ex.sendResponseHeaders(200, 0);
      writeUntilHangUp(ex, 1);
    });
    server.createContext("/endless", ex -> {
      ex.getResponseHeaders().add("Content-Type", "text/plain");
      ex.sendResponseHeaders(200, 0);
      writeUntilHangUp(ex, 4096);
    });
    server.createContext("/trickle", ex -> {
      ex.getResponseHeaders().add("Content-Type", "text/plain; charset=UTF-8");
      ex.sendResponseHeaders(200, 60);
      try (OutputStream out = ex.getResponseBody()) {
        for (int i = 0; i < 60; i++) {
          out.write('a');
          out.flush();
          Thread.sleep(1000);
        }
      } catch (IOException | InterruptedException hangUp) {
        // The client gives up at its deadline; that is the behaviour under test.
      }
      ex.close();
    });
    server.createContext("/loop", ex -> redirect(ex, "/loop"));
    server.createContext("/to-file", ex -> redirect(ex, "file:///etc/passwd"));
    server.createContext("/chain/", ex -> {
      int left = Integer.parseInt(ex.getRequestURI().getPath().substring("/chain/".length()));
      redirect(ex, left == 0 ? "/gbk" : "/chain/" + (left - 1));
    });
    server.setExecutor(Executors.newCachedThreadPool());
    server.start();
  }

  private static void redirect(HttpExchange ex, String location) throws IOException {
    ex.getResponseHeaders().add("Location", location);
    ex.sendResponseHeaders(302, -1);
    ex.close();
  }

  /** Writes up to {@code chunks} chunks of 64 KiB, stopping when the client hangs up. */
  private static void writeUntilHangUp(HttpExchange ex, int chunks) {
    byte[] chunk = new byte[64 * 1024];
    Arrays.fill(chunk, (byte) 'a');
    try (OutputStream out = ex.getResponseBody()) {
      for (int i = 0; i < chunks; i++) {
        out.write(chunk);
      }
    } catch (IOException hangUp) {
      // The client stops reading at its size cap; that is the behaviour under test.
    }
    ex.close();
  }

  /** The base URL, {@code http://127.0.0.1:PORT}. */
  public String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
