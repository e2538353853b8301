package org.kechuangradar.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kechuangradar.model.Document;

/** Fetches from a real HTTP server on a free loopback port, started by the test. */
class FetcherIT {
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

  // The test server is on loopback, which only a fetcher allowed any network may reach.
  private final Fetcher fetcher = new Fetcher(1 << 20, Duration.ofSeconds(1), Fetcher.Network.ANY);

  private InputException failure(String path) {
    return assertThrows(InputException.class, () -> fetcher.fetch(new Fetcher.Ref(base + path, -1)));
  }

  @Test
  void fetchesAPageAndDecodesItWithTheCharsetFromTheHeader() throws Exception {
    Input in = fetcher.fetch(new Fetcher.Ref(base + "/gbk", -1));
    assertArrayEquals(HostileHttpServer.GBK_PAGE, in.bytes());
    Document d = new AnyFormatLoader().load(in);
    assertTrue(d.original().contains("工信部发布通知"), d.original());
  }

  @Test
  void followsRedirects() throws Exception {
    assertArrayEquals(HostileHttpServer.GBK_PAGE, fetcher.fetch(new Fetcher.Ref(base + "/moved", -1)).bytes());
  }

  @Test
  void reportsHttpErrorsTimeoutsAndOversizedResponses() {
    assertEquals("HTTP 404", failure("/missing").reason());
    assertEquals("timed out after 1 s", failure("/slow").reason());
    assertEquals("response is 10.0 GB, over the 1.0 MB limit (--max-size)", failure("/ten-gigabytes").reason());
    assertEquals("response is over the 1.0 MB limit (--max-size)", failure("/endless").reason());
  }

  @Test
  void cutsOffABodyThatTricklesAtTheDeadline() {
    long start = System.nanoTime();
    assertEquals("timed out after 1 s", failure("/trickle").reason());
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertTrue(millis < 3000, millis + " ms");
  }

  @Test
  void followsFiveRedirectsButNotASixthOrALoop() throws Exception {
    assertArrayEquals(HostileHttpServer.GBK_PAGE, fetcher.fetch(new Fetcher.Ref(base + "/chain/4", -1)).bytes());
    assertEquals("too many redirects (more than 5)", failure("/chain/5").reason());
    assertEquals("too many redirects (more than 5)", failure("/loop").reason());
  }

  @Test
  void refusesARedirectToAnotherScheme() {
    assertEquals("redirected to file:///etc/passwd; only http and https are fetched", failure("/to-file").reason());
  }

  @Test
  void reportsAnUnreachableHost() {
    InputException e = assertThrows(InputException.class,
        () -> fetcher.fetch(new Fetcher.Ref("http://127.0.0.1:1/none", -1)));
    assertEquals("request failed (connection refused)", e.reason());
  }

  @Test
  void refusesLocalAddressesByDefaultInEverySpelling() {
    Fetcher publicOnly = new Fetcher(1 << 20, Duration.ofSeconds(1));
    String port = base.substring(base.lastIndexOf(':'));
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put(base + "/gbk", "refused: 127.0.0.1 is a loopback address");
    expected.put("http://localhost" + port + "/gbk", "refused: localhost (127.0.0.1) is a loopback address");
    expected.put("http://2130706433" + port + "/gbk", "refused: 2130706433 (127.0.0.1) is a loopback address");
    expected.put("http://[::ffff:127.0.0.1]" + port + "/gbk",
        "refused: ::ffff:127.0.0.1 (127.0.0.1) is a loopback address");
    expected.put("http://[::1]" + port + "/gbk", "refused: ::1 (0:0:0:0:0:0:0:1) is a loopback address");
    expected.put("http://0" + port + "/gbk", "refused: 0 (0.0.0.0) is an unspecified (any-local) address");
    expected.put("http://10.1.2.3/", "refused: 10.1.2.3 is a private address");
    expected.put("http://169.254.169.254/latest/meta-data/", "refused: 169.254.169.254 is a link-local address");
    // Not host names by the URI grammar, so no client can fetch them: refused before any lookup.
    expected.put("http://127.1" + port + "/gbk", "not a valid URL");
    expected.put("http://0x7f.1" + port + "/gbk", "not a valid URL");
    for (Map.Entry<String, String> e : expected.entrySet()) {
      String reason = assertThrows(InputException.class, () -> publicOnly.fetch(new Fetcher.Ref(e.getKey(), -1)),
          e.getKey()).reason();
      String allow = e.getValue().startsWith("refused") ? " (allow local and private addresses with "
          + "--allow-private-addresses)" : "";
      assertEquals(e.getValue() + allow, reason, e.getKey());
    }
  }

  @Test
  void refusesDevicesWithoutOpeningThemAndCapsWhatIsRead() throws Exception {
    for (String device : List.of("/dev/zero", "/dev/urandom")) {
      assumeTrue(Files.exists(Path.of(device)), device);
      assertEquals("is not a regular file (a character device)", assertTimeoutPreemptively(Duration.ofSeconds(5),
          () -> assertThrows(InputException.class, () -> fetcher.fetch(new Fetcher.Ref(device, -1)))).reason());
    }
    Path status = Path.of("/proc/self/status");
    assumeTrue(Files.isRegularFile(status) && Files.size(status) == 0, "a file whose size says 0 but holds more");
    assertEquals("file is over the 0.0 MB limit (--max-size)", assertThrows(InputException.class,
        () -> new Fetcher(16, Duration.ofSeconds(1)).fetch(new Fetcher.Ref(status.toString(), -1))).reason());
  }

  @Test
  void refusesAFifoWithoutBlocking(@TempDir Path dir) throws Exception {
    Path fifo = dir.resolve("pipe.txt");
    assumeTrue(mkfifo(fifo), "mkfifo is not available");
    assertEquals("is not a regular file (a FIFO)", assertTimeoutPreemptively(Duration.ofSeconds(5),
        () -> assertThrows(InputException.class, () -> fetcher.fetch(new Fetcher.Ref(fifo.toString(), -1)))).reason());
    // A FIFO in a directory is passed over, not read.
    Files.writeString(dir.resolve("a.txt"), "正文。");
    assertEquals(List.of(dir.resolve("a.txt").toString()), assertTimeoutPreemptively(Duration.ofSeconds(5),
        () -> fetcher.expand(List.of(dir.toString()))).stream().map(Fetcher.Ref::location).toList());
  }

  private static boolean mkfifo(Path path) {
    try {
      return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Test
  void walksPastALinkLoopAndReportsIt(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("a/b"));
    Files.writeString(dir.resolve("a/one.txt"), "正文一。");
    Files.writeString(dir.resolve("a/b/two.txt"), "正文二。");
    Files.createSymbolicLink(dir.resolve("a/b/up"), dir.resolve("a"));
    Files.writeString(dir.resolve("z.txt"), "正文三。");
    List<Fetcher.Ref> refs = fetcher.expand(List.of(dir.toString()));
    assertEquals(List.of("a/b/two.txt", "a/b/up", "a/one.txt", "z.txt"),
        refs.stream().map(r -> dir.relativize(Path.of(r.location())).toString()).toList());
    Fetcher.Ref loop = refs.get(1);
    assertEquals("symbolic link loop, skipped", assertThrows(InputException.class, () -> fetcher.fetch(loop)).reason());
  }

  @Test
  void walksPastAnUnreadableDirectoryAndReportsIt(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("closed"));
    Files.writeString(dir.resolve("closed/hidden.txt"), "读不到。");
    Files.writeString(dir.resolve("open.txt"), "正文。");
    Path closed = dir.resolve("closed");
    Files.setPosixFilePermissions(closed, Set.of());
    try {
      assumeFalse(Files.isReadable(closed), "running as root, which reads every directory");
      List<Fetcher.Ref> refs = fetcher.expand(List.of(dir.toString()));
      assertEquals(List.of(closed.toString(), dir.resolve("open.txt").toString()),
          refs.stream().map(Fetcher.Ref::location).toList());
      assertEquals("directory cannot be read (permission denied), skipped",
          assertThrows(InputException.class, () -> fetcher.fetch(refs.get(0))).reason());
    } finally {
      Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void namesWhyAPlaceWasSkipped() {
    // Root reads every directory, so the reason for one that cannot be read is checked here as well.
    assertEquals("directory cannot be read (permission denied), skipped",
        Fetcher.skipReason(new AccessDeniedException("/srv/closed")));
    assertEquals("symbolic link loop, skipped", Fetcher.skipReason(new FileSystemLoopException("/srv/up")));
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
