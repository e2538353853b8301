package org.kechuangradar.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.kechuangradar.app.Cleaning;
import org.kechuangradar.model.Article;
import org.kechuangradar.model.Block;
import org.kechuangradar.model.Document;
import org.kechuangradar.pipeline.Pipeline;

/**
 * Feeds random and mutated inputs (of small HTML, text, JSON record and PDF samples built here) to the readers
 * and the cleaning pipeline for a bounded time: only {@link InputException} may escape, every input must be done
 * within a limit, and every text and offset must be sane. Hand-rolled rather than a fuzzing library, to add no
 * dependency.
 *
 * <p>{@code -Dfuzz.seconds=N} sets the time (default 60 on CI, 10 elsewhere); {@code -Dfuzz.seed=S} repeats a
 * run: inputs depend on the seed only. A failing input is written to {@code target/fuzz/}.
 */
class ReaderFuzzIT {
  private static final long PER_INPUT_SECONDS = 5;
  /** The first input also loads the dictionaries the cleaning stages use. */
  private static final long FIRST_INPUT_SECONDS = 60;
  private static final Charset GBK = Charset.forName("GBK");
  private static final String[] PARAGRAPHS = {
      "本报讯（记者 王晓明）3月12日，苏州市发布《关于加快人工智能产业发展的若干措施》，提出到2027年核心产业规模突破1000亿元。",
      "措施明确，对新建的算力中心按投资额的10%给予补助，单个项目最高5000万元。",
      "市工业和信息化局负责人表示，将支持龙头企业牵头组建创新联合体，开展大模型、智能芯片等关键技术攻关。",
      "图为苏州工业园区的一家机器人企业生产车间。新华社发",
      "责任编辑：李华",
  };
  private static final String[] MARKUP = {
      "<div>", "</div>", "<p>", "</p>", "<br>", "<script>var a = '</p>';</script>", "<style>p{}</style>", "<!--",
      "-->", "<![CDATA[", "]]>", "<p class='", "\"", "&#xD800;", "&#0;", "&amp", "&nbsp;", "<meta charset=utf-16>",
      "<meta charset=gbk>", "<table><tr><td>", "</td></tr></table>", "<title>", "</title>", "<article>",
      "<time datetime=\"2025-13-45T99:99\">", "<meta name=\"author\" content=\"", "<html", "<body", "<?xml ",
      "<svg><math><mi>", "<template>", "<noscript>", "<iframe src=x>", "<h1>", "<ul><li>", "{\"html\":", "\"text\":",
      "%PDF-1.4\n", "endobj", "stream\n", "/Type /Page", "(记者", "）", "\u3000", "\r", "\r\n", "\uFEFF", "\u2028",
      "\u0000", "\u200B", "𠀀", "Ｈｅｌｌｏ",
  };

  /** One input to try, and how it was made, for the failure message. */
  private record Sample(String name, String contentType, byte[] bytes, String recipe) {
    Sample with(byte[] newBytes, String step) {
      return new Sample(name, contentType, newBytes, recipe + " > " + step);
    }
  }

  @Test
  void onlyInputExceptionsEscapeEveryInputEndsInTimeAndEveryOffsetIsSane() throws Exception {
    long seed = Long.getLong("fuzz.seed", System.nanoTime());
    long seconds = Long.getLong("fuzz.seconds", System.getenv("CI") != null ? 60 : 10);
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    Random random = new Random(seed);
    List<Sample> samples = samples();
    AnyFormatLoader loader = new AnyFormatLoader();
    Pipeline cleaning = Cleaning.pipeline();
    ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "reader-fuzz");
      t.setDaemon(true);
      return t;
    });
    int count = 0;
    long slowest = 0;
    Map<String, Integer> refusals = new TreeMap<>();
    try {
      // Every sample and at least one mutation, however long the first input took.
      while (count <= samples.size() || System.nanoTime() < end) {
        Sample input = count < samples.size() ? samples.get(count) : mutated(samples, random);
        long limit = count == 0 ? FIRST_INPUT_SECONDS : PER_INPUT_SECONDS;
        long start = System.nanoTime();
        String reason = run(worker, loader, cleaning, input, limit, seed, count);
        slowest = count < samples.size() ? slowest : Math.max(slowest, System.nanoTime() - start);
        if (reason != null) {
          refusals.merge(reason.replaceAll("[(:\\d].*", "").strip(), 1, Integer::sum);
        }
        count++;
      }
    } finally {
      worker.shutdownNow();
    }
    System.out.printf("reader fuzz: %d inputs in %d s, slowest %d ms, seed %d; refused: %s%n", count, seconds,
        TimeUnit.NANOSECONDS.toMillis(slowest), seed, refusals);
  }

  /** Reads and cleans one input on the worker; null when it was read, else the reason it was refused. */
  private static String run(ExecutorService worker, AnyFormatLoader loader, Pipeline cleaning, Sample input,
      long limitSeconds, long seed, int index) throws IOException, InterruptedException {
    Future<Document> result = worker.submit(() -> {
      Document raw = loader.load(new Input(input.name(), input.bytes(), input.contentType()));
      checkSane(raw, true);
      Document clean = cleaning.process(raw);
      // Not yet held to whole characters: TextNormalizer decodes an entity such as &#xD800; to half a pair.
      checkSane(clean, false);
      return clean;
    });
    try {
      result.get(limitSeconds, TimeUnit.SECONDS);
      return null;
    } catch (TimeoutException e) {
      result.cancel(true);
      throw failure(input, seed, index, "took more than " + limitSeconds + " s", null);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof InputException refusal) {
        if (refusal.reason().contains("\n") || refusal.reason().contains("Exception")) {
          throw failure(input, seed, index, "reason is not one plain line: " + refusal.reason(), null);
        }
        return refusal.reason();
      }
      throw failure(input, seed, index, "threw " + e.getCause(), e.getCause());
    }
  }

  /** Texts are there, spans lie inside the text, and (when asked) no text holds half a surrogate pair. */
  private static void checkSane(Document d, boolean wholeCharacters) {
    check(d.source() != null && d.original() != null && d.text() != null, "null text");
    if (wholeCharacters) {
      check(wellFormed(d.original()) && wellFormed(d.text()), "text with an unpaired surrogate");
      for (Block b : d.blocks()) {
        check(wellFormed(b.text()), "block with an unpaired surrogate");
      }
    }
    for (Article a : d.articles()) {
      check(a.start() >= 0 && a.start() <= a.end() && a.end() <= d.text().length(),
          "article span " + a.start() + ".." + a.end() + " outside a text of " + d.text().length());
    }
  }

  private static void check(boolean condition, String what) {
    if (!condition) {
      throw new IllegalStateException(what);
    }
  }

  private static boolean wellFormed(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && (i + 1 == s.length() || !Character.isLowSurrogate(s.charAt(++i)))
          || Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  private static AssertionError failure(Sample input, long seed, int index, String what, Throwable cause)
      throws IOException {
    Path dir = Path.of("target", "fuzz");
    Files.createDirectories(dir);
    Path saved = dir.resolve("seed-" + seed + "-input-" + index + ".bin");
    Files.write(saved, input.bytes());
    StringWriter trace = new StringWriter();
    if (cause != null) {
      cause.printStackTrace(new PrintWriter(trace));
    }
    return new AssertionError("input " + index + " of seed " + seed + " (repeat with -Dfuzz.seed=" + seed + ") "
        + what + "\n  name " + input.name() + ", type " + input.contentType() + ", " + input.bytes().length
        + " bytes saved to " + saved + "\n  made by " + input.recipe() + "\n" + trace, cause);
  }

  private static List<Sample> samples() throws IOException {
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>苏州出台人工智能产业措施"
        + "</title><meta name=\"author\" content=\"王晓明\"><meta property=\"article:published_time\" "
        + "content=\"2025-03-12T09:30:00+08:00\"></head><body><nav><a href=\"/\">首页</a> | <a href=\"/news\">新闻</a>"
        + "</nav><div class=\"article\"><h1>苏州出台人工智能产业措施</h1>");
    for (String p : PARAGRAPHS) {
      html.append("<p>").append(p).append("</p>");
    }
    html.append("</div><footer>版权所有 © 2025</footer></body></html>");
    String text = "苏州出台人工智能产业措施\n" + String.join("\n", PARAGRAPHS) + "\n";
    String record = "{\"id\":\"a1\",\"title\":\"苏州出台人工智能产业措施\",\"date\":\"2025-03-12\",\"html\":\"<p>"
        + String.join("</p><p>", PARAGRAPHS).replace("\"", "\\\"") + "</p>\"}";
    return List.of(
        new Sample("page.html", null, html.toString().getBytes(StandardCharsets.UTF_8), "utf-8 html"),
        new Sample("page.htm", "text/html; charset=gbk", html.toString().replace("utf-8", "gbk").getBytes(GBK),
            "gbk html"),
        new Sample("article.txt", null, text.getBytes(StandardCharsets.UTF_8), "utf-8 text"),
        new Sample("article", null, text.getBytes(GBK), "gbk text"),
        new Sample("article.txt", null, text.getBytes(StandardCharsets.UTF_16LE), "utf-16le text"),
        new Sample("news.jsonl#a1", Format.RECORD_TYPE, record.getBytes(StandardCharsets.UTF_8), "json record"),
        new Sample("paper.pdf", null, pdf(), "pdf"));
  }

  /** A two-page PDF in a standard font, which covers ASCII only; the mutations supply the rest. */
  private static byte[] pdf() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      for (int page = 1; page <= 2; page++) {
        PDPage p = new PDPage();
        doc.addPage(p);
        try (PDPageContentStream text = new PDPageContentStream(doc, p)) {
          text.beginText();
          text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
          text.newLineAtOffset(72, 700);
          for (int line = 0; line < 8; line++) {
            text.showText("Suzhou AI measures, page " + page + ", line " + line + ": compute subsidy 10% up to 50 m.");
            text.newLineAtOffset(line % 2 == 0 ? 0 : 260, -14);
          }
          text.endText();
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  /** A sample changed by one to four mutations, sometimes under another name or media type. */
  private static Sample mutated(List<Sample> samples, Random random) {
    Sample s = samples.get(random.nextInt(samples.size()));
    if (random.nextInt(8) == 0) {
      String[] names = {"x.html", "x.txt", "x.pdf", "x", "x.shtml"};
      String[] types = {null, "text/html", "text/plain; charset=utf-8", "application/pdf", Format.RECORD_TYPE,
          "text/html; charset=utf-16", "text/html; charset=bogus-42"};
      s = new Sample(names[random.nextInt(names.length)], types[random.nextInt(types.length)], s.bytes(),
          s.recipe() + " as another type");
    }
    int steps = 1 + random.nextInt(4);
    for (int i = 0; i < steps; i++) {
      s = mutate(s, samples, random);
    }
    return s;
  }

  private static Sample mutate(Sample s, List<Sample> samples, Random random) {
    byte[] b = s.bytes();
    int at = b.length == 0 ? 0 : random.nextInt(b.length + 1);
    return switch (random.nextInt(13)) {
      case 0 -> {
        byte[] flipped = b.clone();
        int n = 1 + random.nextInt(16);
        for (int i = 0; i < n && flipped.length > 0; i++) {
          flipped[random.nextInt(flipped.length)] ^= (byte) (1 << random.nextInt(8));
        }
        yield s.with(flipped, n + " bit flips");
      }
      case 1 -> s.with(java.util.Arrays.copyOf(b, at), "truncated at " + at);
      case 2 -> {
        String markup = MARKUP[random.nextInt(MARKUP.length)];
        yield s.with(insert(b, at, markup.repeat(1 + random.nextInt(3)).getBytes(StandardCharsets.UTF_8)),
            "markup " + printable(markup) + " at " + at);
      }
      case 3 -> s.with(insert(b, at, new byte[1 + random.nextInt(64)]), "NULs at " + at);
      case 4 -> {
        int size = 1 << (10 + random.nextInt(9));
        yield s.with(insert(b, at, ("<div title=\"" + "值x".repeat(size / 4) + "\">").getBytes(StandardCharsets.UTF_8)),
            "attribute of " + size + " bytes at " + at);
      }
      case 5 -> {
        String[][] nests = {{"<div>", "</div>"}, {"<b><i>", "</i></b>"}, {"<table><tr><td>", ""}, {"[", "]"},
            {"{\"a\":", "}"}, {"<<", ">>"}, {"<ul><li>", ""}};
        String[] nest = nests[random.nextInt(nests.length)];
        int depth = 1 << (4 + random.nextInt(12));
        yield s.with(insert(b, at, (nest[0].repeat(depth) + "深" + nest[1].repeat(depth))
            .getBytes(StandardCharsets.UTF_8)), "nesting " + printable(nest[0]) + " " + depth + " deep at " + at);
      }
      case 6 -> {
        byte[][] invalid = {{(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF5},
            {(byte) 0x80}, {(byte) 0xE4, (byte) 0xB8}, {(byte) 0xFF, (byte) 0xFE}, {(byte) 0xFE, (byte) 0xFF},
            {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}};
        yield s.with(insert(b, at, invalid[random.nextInt(invalid.length)]), "invalid UTF-8 at " + at);
      }
      case 7 -> {
        byte[] noise = new byte[random.nextInt(4096)];
        random.nextBytes(noise);
        yield s.with(random.nextBoolean() ? noise : insert(b, at, noise), noise.length + " random bytes");
      }
      case 8 -> {
        int from = b.length == 0 ? 0 : random.nextInt(b.length);
        int len = Math.min(b.length - from, 1 + random.nextInt(256));
        int times = 1 + random.nextInt(2000);
        byte[] slice = java.util.Arrays.copyOfRange(b, from, from + len);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(b, 0, at);
        for (int i = 0; i < times; i++) {
          out.write(slice, 0, slice.length);
        }
        out.write(b, at, b.length - at);
        yield s.with(out.toByteArray(), len + " bytes repeated " + times + " times at " + at);
      }
      case 9 -> {
        Sample other = samples.get(random.nextInt(samples.size()));
        int cut = random.nextInt(other.bytes().length + 1);
        yield s.with(insert(java.util.Arrays.copyOf(b, at), at, java.util.Arrays.copyOfRange(other.bytes(), cut,
            other.bytes().length)), "spliced with the tail of " + other.recipe());
      }
      case 10 -> {
        String line = (random.nextBoolean() ? "科" : "创新，").repeat(1 << (8 + random.nextInt(10)));
        yield s.with(insert(b, at, line.getBytes(StandardCharsets.UTF_8)), "line of " + line.length() + " chars");
      }
      case 11 -> {
        String[] charsets = {"UTF-16LE", "UTF-16BE", "GB18030", "Big5", "ISO-8859-1"};
        String cs = charsets[random.nextInt(charsets.length)];
        yield s.with(new String(b, StandardCharsets.UTF_8).getBytes(Charset.forName(cs)), "re-encoded as " + cs);
      }
      default -> {
        byte[] deleted = new byte[b.length - Math.min(b.length - at, random.nextInt(512))];
        System.arraycopy(b, 0, deleted, 0, at);
        System.arraycopy(b, b.length - (deleted.length - at), deleted, at, deleted.length - at);
        yield s.with(deleted, (b.length - deleted.length) + " bytes deleted at " + at);
      }
    };
  }

  private static byte[] insert(byte[] b, int at, byte[] piece) {
    int where = Math.min(at, b.length);
    byte[] out = new byte[b.length + piece.length];
    System.arraycopy(b, 0, out, 0, where);
    System.arraycopy(piece, 0, out, where, piece.length);
    System.arraycopy(b, where, out, where + piece.length, b.length - where);
    return out;
  }

  private static String printable(String s) {
    StringBuilder out = new StringBuilder();
    s.codePoints().limit(24).forEach(c -> out.append(c < 0x20 || c == 0xFEFF || c == 0x2028 || c == 0x200B
        ? String.format("\\u%04X", c) : Character.toString(c)));
    return out.toString();
  }
}
