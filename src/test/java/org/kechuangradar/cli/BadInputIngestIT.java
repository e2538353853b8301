package org.kechuangradar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kechuangradar.ingest.HostileHttpServer;

/**
 * One batch holding every kind of bad input beside a good article: each bad input gets one line naming it
 * and its cause, the good one is stored, what was stored before stays, and the exit code says something
 * failed.
 */
class BadInputIngestIT {
  private static HostileHttpServer server;
  private static String base;

  @BeforeAll
  static void start() throws IOException {
    server = new HostileHttpServer();
    base = server.base();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void reportsEachBadInputOnOneLineAndKeepsGoing(@TempDir Path tmp) throws Exception {
    String data = tmp.resolve("data").toString();
    Cli first = Cli.run("ingest", "--quiet", "--data", data, "samples");
    assertEquals(0, first.exitCode(), first.err());
    int before = Integer.parseInt(Cli.run("stats", "--data", data).out().replaceAll("(?s).*documents:\\s+(\\d+).*", "$1"));

    Path huge = tmp.resolve("fifty-megabytes.txt");
    try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
      f.setLength(50L << 20);
    }
    Path dangling = tmp.resolve("dangling.txt");
    Files.createSymbolicLink(dangling, tmp.resolve("gone.txt"));
    String fixtures = "src/test/resources/fixtures/bad/";
    Map<String, String> expected = new java.util.LinkedHashMap<>();
    expected.put(fixtures + "empty.txt", "empty file");
    expected.put(fixtures + "binary.dat", "binary content, not text, HTML or PDF");
    expected.put(fixtures + "truncated.pdf", "unreadable PDF");
    expected.put(fixtures + "no-body.html", "HTML page has no body text");
    expected.put(fixtures + "invalid-utf8.txt", "invalid UTF-8: undecodable byte at offset 1620");
    expected.put(fixtures + "undetectable.txt", "encoding cannot be detected");
    expected.put(huge.toString(), "file is 50.0 MB, over the 32.0 MB limit (--max-size)");
    expected.put(tmp.resolve("no-such-file.txt").toString(), "no such file or directory");
    expected.put(dangling.toString(), "no such file or directory");
    expected.put(base + "/missing", "HTTP 404");
    expected.put(base + "/slow", "timed out after 1 s");
    expected.put(base + "/ten-gigabytes", "response is 10.0 GB, over the 32.0 MB limit (--max-size)");
    // The test server is on loopback, which ingest refuses unless told.
    List<String> args = new ArrayList<>(List.of("ingest", "--quiet", "--allow-private-addresses", "--timeout", "1",
        "--data", data));
    args.addAll(expected.keySet());
    args.add("src/test/resources/fixtures/enc-gbk.txt");

    Cli run = Cli.run(args.toArray(String[]::new));

    assertEquals(1, run.exitCode());
    assertTrue(run.out().startsWith("read 13, stored 1 (0 replaced an older version), duplicates 0, failed 12"), run.out());
    List<String> failures = run.out().lines().filter(l -> l.startsWith("  failed: ")).toList();
    assertEquals(expected.size(), failures.size(), run.out());
    for (Map.Entry<String, String> e : expected.entrySet()) {
      assertTrue(failures.stream().anyMatch(l -> l.startsWith("  failed: " + e.getKey() + ": " + e.getValue())),
          e.getKey() + " in\n" + run.out());
    }
    assertFalse(run.err().contains("Exception"), run.err());
    assertFalse(run.out().contains("\tat "), "no stack trace");
    String stats = Cli.run("stats", "--data", data).out();
    assertTrue(stats.contains("documents:  " + (before + 1) + " "), stats);
    assertTrue(Cli.run("search", "--data", data, "上海 整机企业").out().contains("上海发布具身智能产业行动方案"));
  }
}
