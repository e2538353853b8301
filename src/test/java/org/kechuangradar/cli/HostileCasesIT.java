package org.kechuangradar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.kechuangradar.app.Radar;
import org.kechuangradar.index.LuceneStore;
import org.kechuangradar.index.Store;
import org.kechuangradar.web.WebServer;

/**
 * The battery of hostile inputs, faults and requests: each gets one clear line (or a clear HTTP error) naming
 * the input and its cause, or is handled correctly; none prints a stack trace, hangs, loses a stored byte or
 * reaches where it should not.
 */
class HostileCasesIT {
  private static final String TOKEN = "hostile-token-42";
  @TempDir static Path tmp;
  private static Path data;
  private static long stored;

  @BeforeAll
  static void fillStore() {
    data = tmp.resolve("data");
    Cli first = Cli.run("ingest", "--quiet", "--data", data.toString(), "samples");
    assertEquals(0, first.exitCode(), first.err());
    stored = documents(data);
  }

  // ---- files ---------------------------------------------------------------------------------------------------

  static Stream<Arguments> badFiles() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("bad-files"));
    List<Arguments> cases = new ArrayList<>();
    cases.add(Arguments.of("empty file", write(dir, "empty.txt", new byte[0]), "empty file"));
    cases.add(Arguments.of("only spaces and newlines", write(dir, "blank.txt", " \n\n\t \n".getBytes(
        StandardCharsets.UTF_8)), "white space"));
    cases.add(Arguments.of("random bytes", write(dir, "random.txt", random(4096, 1)), "binary"));
    cases.add(Arguments.of("only NUL bytes", write(dir, "nul.txt", new byte[2048]), "binary"));
    byte[] png = new byte[512];
    System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, 0, png, 0, 8);
    cases.add(Arguments.of("a PNG image named .txt", write(dir, "image.txt", png), "binary"));
    cases.add(Arguments.of("a PDF that is not one", write(dir, "fake.pdf", "%PDF-1.7 not really".getBytes(
        StandardCharsets.US_ASCII)), "PDF"));
    cases.add(Arguments.of("HTML with only a script", write(dir, "script.html", ("<html><head><script>var a=1;"
        + "</script></head><body><script>alert(1)</script></body></html>").getBytes(StandardCharsets.UTF_8)),
        "no body text"));
    cases.add(Arguments.of("a file over the size cap", sparse(dir.resolve("forty.txt"), 40L << 20),
        "over the 32.0 MB limit"));
    cases.add(Arguments.of("no such file", dir.resolve("missing.txt"), "no such file or directory"));
    Path dangling = dir.resolve("dangling.txt");
    Files.createSymbolicLink(dangling, dir.resolve("gone.txt"));
    cases.add(Arguments.of("a dangling symbolic link", dangling, "no such file or directory"));
    cases.add(Arguments.of("/dev/zero (endless, size 0)", Path.of("/dev/zero"), "not a regular file"));
    cases.add(Arguments.of("/dev/urandom", Path.of("/dev/urandom"), "not a regular file"));
    cases.add(Arguments.of("/dev/null", Path.of("/dev/null"), "not a regular file"));
    Path record = write(dir, "records.jsonl", "{\"id\":\"a\",\"title\":\"t\",\"text\":\"x\"}\n".getBytes(
        StandardCharsets.UTF_8));
    cases.add(Arguments.of("a record id not in the file", Path.of(record + "#zzz"), "no record with id zzz"));
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void badFileGetsOneClearLineAndTheStoreKeepsWhatItHeld(String name, Path input, String cause) {
    Cli run = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Cli.run("ingest", "--quiet", "--data",
        data.toString(), input.toString()));
    assertEquals(1, run.exitCode(), name + ": " + run.out() + run.err());
    assertClearFailure(run, input.toString(), cause);
    assertEquals(stored, documents(data), "nothing stored was lost");
  }

  @Test
  void aFifoIsRefusedWithoutBlocking() throws Exception {
    Path fifo = tmp.resolve("pipe.txt");
    Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assumeTrue(mk.waitFor() == 0, "mkfifo is not available");
    Cli run = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Cli.run("ingest", "--quiet", "--data",
        data.toString(), fifo.toString()));
    assertEquals(1, run.exitCode());
    assertClearFailure(run, fifo.toString(), "not a regular file");
  }

  static Stream<Arguments> oddButReadableFiles() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("odd-files"));
    String text = "合肥市发布量子科技产业发展行动方案\n\n合肥市人民政府日前印发《合肥市量子科技产业发展行动方案》，"
        + "提出到2027年建成具有全球影响力的量子产业集聚区。\n";
    return Stream.of(
        Arguments.of("UTF-16LE without a BOM", write(dir, "le.txt", text.getBytes(StandardCharsets.UTF_16LE))),
        Arguments.of("UTF-16BE without a BOM", write(dir, "be.txt", text.getBytes(StandardCharsets.UTF_16BE))),
        Arguments.of("UTF-8 with a BOM", write(dir, "bom.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB,
            (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8)))),
        Arguments.of("GB18030", write(dir, "gb.txt", text.getBytes(Charset.forName("GB18030")))),
        Arguments.of("control characters in the text", write(dir, "controls.txt", text.replace("，", "\u0007，\u001b[31m")
            .getBytes(StandardCharsets.UTF_8))),
        Arguments.of("a file name with a newline", write(dir, "two\nlines.txt", text.getBytes(StandardCharsets.UTF_8))),
        Arguments.of("a file name with a terminal escape", write(dir, "red\u001b[31m.txt",
            text.getBytes(StandardCharsets.UTF_8))),
        Arguments.of("a file name with a right-to-left override", write(dir, "txt.\u202Eexe.txt",
            text.getBytes(StandardCharsets.UTF_8))),
        Arguments.of("one line of 500,000 characters", write(dir, "one-line.txt", (text.strip() + java.util.stream
            .IntStream.range(0, 20_000).mapToObj(i -> "第" + i + "条，合肥市支持量子科技企业开展技术攻关。")
            .collect(java.util.stream.Collectors.joining())).getBytes(StandardCharsets.UTF_8))),
        Arguments.of("HTML nested 5,000 levels deep", write(dir, "deep.html", ("<html><body>" + "<div>".repeat(5000)
            + "<p>" + text + "</p>" + "</div>".repeat(5000) + "</body></html>").getBytes(StandardCharsets.UTF_8))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("oddButReadableFiles")
  void oddButReadableFileIsStoredAndPrintedSafely(String name, Path input) throws IOException {
    Path store = tmp.resolve("odd-" + Math.abs(name.hashCode()));
    Cli run = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Cli.run("ingest", "--data", store.toString(),
        input.toString()));
    assertEquals(0, run.exitCode(), name + ": " + run.out() + run.err());
    assertTrue(run.out().startsWith("read 1, stored 1"), run.out());
    assertNoStackTrace(run);
    assertSafeToPrint(run.out() + run.err());
    Cli search = Cli.run("search", "--data", store.toString(), "--json", "合肥");
    assertTrue(search.out().contains("\"total\" : 1"), name + ": " + search.out());
  }

  @Test
  void aFailingFileNameCannotForgeALineOfTheSummary() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("forged"));
    Path forged = write(dir, "x.txt\n  failed: passwd: stored\u001b[2K.txt", new byte[0]);
    Cli run = Cli.run("ingest", "--quiet", "--data", data.toString(), forged.toString());
    assertEquals(1, run.exitCode());
    assertEquals(2, run.out().lines().count(), "the summary and one failure line: " + run.out());
    assertSafeToPrint(run.out());
  }

  @Test
  void anUnreadableFolderOrALinkLoopIsSkippedAndTheRestOfTheTreeRead() throws IOException {
    Path tree = Files.createDirectories(tmp.resolve("tree"));
    Files.writeString(Files.createDirectories(tree.resolve("a")).resolve("one.txt"), "无锡市发布集成电路产业政策\n\n"
        + "无锡市人民政府印发《无锡市集成电路产业发展三年行动计划》，支持企业攻关关键技术。\n");
    Files.writeString(Files.createDirectories(tree.resolve("b")).resolve("two.txt"), "常州市建设新能源产业集群\n\n"
        + "常州市出台《常州市新能源产业高质量发展实施方案》，推动储能产业发展。\n");
    Files.createSymbolicLink(tree.resolve("b").resolve("loop"), tree);
    Path closed = Files.createDirectories(tree.resolve("closed"));
    Files.writeString(closed.resolve("secret.txt"), "不可读");
    closed.toFile().setReadable(false);
    closed.toFile().setExecutable(false);
    try {
      Path store = tmp.resolve("tree-store");
      Cli run = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Cli.run("ingest", "--quiet", "--data",
          store.toString(), tree.toString()));
      assertTrue(run.out().contains("stored 2"), run.out() + run.err());
      assertNoStackTrace(run);
      assertTrue(run.out().contains("loop"), "the loop is named: " + run.out());
      if (!Files.isReadable(closed)) {
        assertTrue(run.out().contains(closed.toString()), "the unreadable folder is named: " + run.out());
      }
    } finally {
      closed.toFile().setExecutable(true);
      closed.toFile().setReadable(true);
    }
  }

  // ---- addresses -----------------------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"http://localhost:9/", "http://127.0.0.1:9/", "http://2130706433:9/", "http://[::1]:9/", "http://[::ffff:127.0.0.1]:9/", "http://0.0.0.0:9/",
      "http://10.1.2.3:9/", "http://172.16.0.1:9/", "http://192.168.0.1:9/", "http://169.254.169.254/latest/",
      "http://100.64.0.1:9/", "http://[fc00::1]:9/", "http://[fe80::1]:9/", "http://224.0.0.1:9/"})
  void anAddressAServerShouldNotFetchIsRefused(String url) {
    Cli run = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Cli.run("ingest", "--quiet", "--data",
        data.toString(), url));
    assertEquals(1, run.exitCode(), run.out());
    assertClearFailure(run, url, "refused");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://exa mple.com/", "http://[zz]/", "http://nothing.invalid/", "http://127.1:9/",
      "http://0x7f000001:9/"})
  void aBrokenOrUnknownAddressGetsOneLine(String url) {
    Cli run = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Cli.run("ingest", "--quiet", "--timeout", "5",
        "--data", data.toString(), url));
    assertEquals(1, run.exitCode(), run.out());
    assertClearFailure(run, url, "");
  }

  // ---- stores --------------------------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"stats", "search", "show", "policies", "ingest", "serve"})
  void aStoreWithoutItsCommitPointIsReportedAndLeftExactlyAsItWas(String command) throws IOException {
    Path copy = copyOf(data, "no-commit-" + command);
    try (Stream<Path> files = Files.list(copy.resolve("index"))) {
      for (Path f : files.filter(f -> f.getFileName().toString().startsWith("segments_")).toList()) {
        Files.delete(f);
      }
    }
    Map<String, Long> before = listing(copy.resolve("index"));
    List<String> args = new ArrayList<>(List.of(command, "--data", copy.toString()));
    args.addAll(switch (command) {
      case "show" -> List.of("0123456789abcdef");
      case "ingest" -> List.of("--quiet", "samples/suzhou-ai-pilot.txt");
      case "serve" -> List.of("--port", "0");
      default -> List.of();
    });
    Cli run = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Cli.run(args.toArray(String[]::new)));
    assertEquals(1, run.exitCode(), run.out() + run.err());
    assertTrue(run.err().contains("no commit point"), run.err());
    assertNoStackTrace(run);
    assertEquals(before, listing(copy.resolve("index")), "every file of the index is as it was");
  }

  @Test
  void damagedBytesAreFoundByCheckAndReadersSayTheStoreIsDamaged() throws IOException {
    Path copy = copyOf(data, "flipped");
    Path biggest;
    try (Stream<Path> files = Files.list(copy.resolve("index"))) {
      biggest = files.max(java.util.Comparator.comparingLong(HostileCasesIT::size)).orElseThrow();
    }
    byte[] bytes = Files.readAllBytes(biggest);
    java.util.Random r = new java.util.Random(7);
    for (int i = 0; i < 200; i++) {
      int at = bytes.length / 4 + r.nextInt(bytes.length / 2);
      bytes[at] ^= (byte) 0xFF;
    }
    Files.write(biggest, bytes);
    Cli check = Cli.run("check", "--data", copy.toString());
    assertEquals(1, check.exitCode(), check.out());
    assertTrue(check.out().contains("damaged"), check.out());
    assertNoStackTrace(check);
    assertEquals(0, Cli.run("check", "--data", data.toString()).exitCode(), "the original is sound");
    Cli search = Cli.run("search", "--data", copy.toString(), "人工智能");
    assertTrue(search.exitCode() == 0 || search.err().contains("radar check"), search.err());
    assertNoStackTrace(search);
  }

  @ParameterizedTest
  @ValueSource(strings = {"stats", "search", "policies", "check"})
  void aMistypedDataDirectoryIsReportedAndNotCreated(String command) {
    Path typo = tmp.resolve("dta");
    Cli run = Cli.run(command, "--data", typo.toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("no store in " + typo), run.err());
    assertFalse(Files.exists(typo), "nothing was created");
  }

  @Test
  void readersWorkBesideAWriterAndASecondWriterIsToldWhy() throws IOException {
    Path copy = copyOf(data, "beside");
    try (Store writer = LuceneStore.open(copy)) {
      Cli stats = Cli.run("stats", "--data", copy.toString());
      assertEquals(0, stats.exitCode(), stats.err());
      assertTrue(stats.out().contains("documents:  " + stored), stats.out());
      assertEquals(0, Cli.run("search", "--data", copy.toString(), "人工智能").exitCode());
      assertEquals(0, Cli.run("check", "--data", copy.toString()).exitCode());
      Cli second = Cli.run("ingest", "--quiet", "--data", copy.toString(), "samples/suzhou-ai-pilot.txt");
      assertEquals(1, second.exitCode());
      assertTrue(second.err().contains("in use by another radar process"), second.err());
      assertEquals(stored, writer.stats().documents());
    }
  }

  @Test
  void aDamagedWatchFileStopsTheServerWithOneLine() throws IOException {
    Path copy = copyOf(data, "watches");
    Files.writeString(copy.resolve("watches.json"), "[{\"id\": ");
    Cli run = Cli.run("serve", "--data", copy.toString(), "--port", "0");
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("watches.json"), run.err());
    assertNoStackTrace(run);
  }

  // ---- options -------------------------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"search --from 2024-13", "search --to yesterday", "search --sort colour x",
      "ingest --max-size -1 samples", "ingest --max-size 0 samples", "ingest --timeout 0 samples",
      "serve --port 99999", "serve --port -2", "serve --rate -1", "search --no-such-option", "search --from 2025 --to 2024",
      "facts --from 2025-06 --to 2025-01 events", "facts --type"})
  void anOptionOutOfRangeIsNamed(String line) {
    List<String> args = new ArrayList<>(List.of(line.split(" ")));
    args.addAll(1, List.of("--data", data.toString()));
    Cli run = Cli.run(args.toArray(String[]::new));
    assertEquals(2, run.exitCode(), line + ": " + run.out() + run.err());
    String option = line.split(" ")[1];
    assertTrue(run.err().contains(option), line + ": " + run.err());
    assertNoStackTrace(run);
  }

  // ---- the server ----------------------------------------------------------------------------------------------

  private static Store serverStore;
  private static WebServer server;
  private static String base;

  private static synchronized String server() throws IOException {
    if (server == null) {
      Path copy = copyOf(data, "served");
      serverStore = Radar.openStore(copy);
      // No rate limit here: every request of this class comes from one address; the limit has its own test.
      server = WebServer.start(serverStore, copy, new Radar(), WebServer.Settings.local(0).withToken(TOKEN)
          .withRate(0));
      base = "http://127.0.0.1:" + server.port();
    }
    return base;
  }

  @AfterAll
  static void stopServer() throws IOException {
    if (server != null) {
      server.close();
      serverStore.close();
    }
  }

  static Stream<Arguments> refusedRequests() throws IOException {
    String own = java.net.URLEncoder.encode(server() + "/api/search", StandardCharsets.UTF_8);
    String json = "application/json";
    String watch = "{\"name\":\"x\",\"params\":{}}";
    return Stream.of(
        Arguments.of("upload without the token", "POST", "/api/documents", null, "multipart/form-data; boundary=b",
            "--b--\r\n", 401),
        Arguments.of("upload with a wrong token", "POST", "/api/documents", "wrong", "multipart/form-data; boundary=b",
            "--b--\r\n", 401),
        Arguments.of("upload of neither file nor address", "POST", "/api/documents", TOKEN,
            "multipart/form-data; boundary=b", "--b--\r\n", 400),
        Arguments.of("upload of a loopback address", "POST", "/api/documents", TOKEN,
            "application/x-www-form-urlencoded", "url=" + own, 400),
        Arguments.of("upload of a file: address", "POST", "/api/documents", TOKEN,
            "application/x-www-form-urlencoded", "url=file%3A%2F%2F%2Fetc%2Fpasswd", 400),
        Arguments.of("watch list without the token", "GET", "/api/watches", null, null, null, 401),
        Arguments.of("watch without the token", "POST", "/api/watches", null, json, watch, 401),
        Arguments.of("watch as text/plain (cross-site)", "POST", "/api/watches", TOKEN, "text/plain", watch, 415),
        Arguments.of("watch named with a control character", "POST", "/api/watches", TOKEN, json,
            "{\"name\":\"a\\u0007b\",\"params\":{}}", 400),
        Arguments.of("watch with a 20 kB body", "POST", "/api/watches", TOKEN, json,
            "{\"name\":\"" + "x".repeat(20_000) + "\",\"params\":{}}", 413),
        Arguments.of("watch delete without the token", "DELETE", "/api/watches/abc", null, null, null, 401),
        Arguments.of("queue status without the token", "GET", "/api/ingest/status", null, null, null, 401),
        Arguments.of("a page size of a million", "GET", "/api/search?size=1000000", null, null, null, 400),
        Arguments.of("an unknown export format", "GET", "/api/search?format=exe", null, null, null, 400),
        Arguments.of("a date that is not one", "GET", "/api/search?from=2024-02-30", null, null, null, 400));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedRequests")
  void aRefusedRequestGetsItsStatusAndAJsonError(String name, String method, String path, String token, String type,
      String body, int status) throws IOException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server() + path)).method(method, body == null
        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    if (type != null) {
      b.header("Content-Type", type);
    }
    HttpResponse<byte[]> r = send(b.build());
    String text = new String(r.body(), StandardCharsets.UTF_8);
    assertEquals(status, r.statusCode(), name + ": " + text);
    assertTrue(new ObjectMapper().readTree(r.body()).has("error"), text);
    assertFalse(text.contains("Exception") || text.contains(tmp.toString()), text);
  }

  @Test
  void slowRequestBodiesTimeOutAndTheServerKeepsAnswering() throws Exception {
    String at = server();
    List<Socket> slow = new ArrayList<>();
    try {
      // 300 bodies that never arrive, one in five with the token (whose request is let in to read its body).
      for (int i = 0; i < 300; i++) {
        Socket s = new Socket("127.0.0.1", server.port());
        OutputStream out = s.getOutputStream();
        out.write(("POST /api/watches HTTP/1.1\r\nHost: x\r\n" + (i % 5 == 0 ? "Authorization: Bearer " + TOKEN
            + "\r\n" : "") + "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{")
            .getBytes(StandardCharsets.UTF_8));
        out.flush();
        slow.add(s);
      }
      assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertEquals(200, get(at + "/api/search?q="
          + "x").statusCode()));
      Socket first = slow.get(0);
      first.setSoTimeout(30_000);
      long started = System.nanoTime();
      String answer = new String(first.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue((System.nanoTime() - started) / 1e9 < 30, "the slow body was timed out");
      assertFalse(answer.startsWith("HTTP/1.1 201"), answer);
    } finally {
      for (Socket s : slow) {
        s.close();
      }
    }
  }

  @Test
  void exportsCostMoreOfAClientsBudgetThanSearches() throws IOException {
    Path copy = copyOf(data, "rated");
    try (Store store = Radar.openStoreForReading(copy);
        WebServer limited = WebServer.start(store, copy, new Radar(), WebServer.Settings.local(0).withRate(10))) {
      String at = "http://127.0.0.1:" + limited.port();
      int exports = 0;
      while (exports < 10 && get(at + "/api/search?format=xlsx").statusCode() == 200) {
        exports++;
      }
      assertTrue(exports < 3, "xlsx exports allowed in a burst: " + exports);
      int searches = 0;
      try (WebServer fresh = WebServer.start(store, copy, new Radar(), WebServer.Settings.local(0).withRate(10))) {
        while (searches < 100 && get("http://127.0.0.1:" + fresh.port() + "/api/search").statusCode()
            == 200) {
          searches++;
        }
      }
      assertTrue(searches >= 30, "searches allowed in a burst: " + searches);
    }
  }

  // ---- helpers -------------------------------------------------------------------------------------------------

  private static final java.net.http.HttpClient HTTP = java.net.http.HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5)).build();

  private static HttpResponse<byte[]> send(HttpRequest request) throws IOException {
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  private static HttpResponse<byte[]> get(String url) throws IOException {
    return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).build());
  }

  private static void assertClearFailure(Cli run, String input, String cause) {
    String line = run.out().lines().filter(l -> l.startsWith("  failed: ")).findFirst().orElse("");
    assertTrue(line.contains(org.kechuangradar.app.Printable.line(input)), "names the input: " + run.out());
    assertTrue(line.contains(cause), "says why (" + cause + "): " + line);
    assertNoStackTrace(run);
  }

  private static void assertNoStackTrace(Cli run) {
    String all = run.out() + run.err();
    assertFalse(all.contains("\tat ") || all.contains("Exception:") || all.contains("internal error"), all);
  }

  private static void assertSafeToPrint(String text) {
    assertTrue(text.chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\r' || c == 0x202E), text);
  }

  private static long documents(Path store) {
    Cli stats = Cli.run("stats", "--data", store.toString());
    return Long.parseLong(stats.out().replaceAll("(?s).*documents:\\s+(\\d+).*", "$1"));
  }

  private static Path write(Path dir, String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  private static Path sparse(Path file, long length) throws IOException {
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(length);
    }
    return file;
  }

  private static byte[] random(int n, long seed) {
    byte[] b = new byte[n];
    new java.util.Random(seed).nextBytes(b);
    return b;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      return 0;
    }
  }

  private static Path copyOf(Path store, String name) throws IOException {
    Path copy = tmp.resolve(name);
    try (Stream<Path> all = Files.walk(store)) {
      for (Path p : all.toList()) {
        Path target = copy.resolve(store.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else if (!p.getFileName().toString().equals("write.lock")) {
          Files.copy(p, target);
        }
      }
    }
    return copy;
  }

  private static Map<String, Long> listing(Path dir) throws IOException {
    Map<String, Long> out = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.toList()) {
        out.put(f.getFileName().toString(), Files.size(f));
      }
    }
    return out;
  }
}
