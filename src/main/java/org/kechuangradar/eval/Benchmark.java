package org.kechuangradar.eval;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.tokenizer.StandardTokenizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.kechuangradar.app.ExtractionRecord;
import org.kechuangradar.app.Radar;
import org.kechuangradar.index.LuceneStore;
import org.kechuangradar.index.Store;
import org.kechuangradar.ingest.Fetcher;
import org.kechuangradar.ingest.InputException;
import org.kechuangradar.model.Document;

/**
 * Measures cleaning and ingest throughput on one thread (so per core), beside HanLP's standard segmenter on
 * the same text as a yardstick, over a corpus made from the sample articles and {@code ../shared/corpus}.
 *
 * <p>The corpus is varied, not copied: the k-th variant of an article shifts every digit by k, so documents
 * differ in content (and in their keys) while keeping the noise that cleaning must remove.
 */
public final class Benchmark {
  /** Medians over the runs, in MB (2^20 bytes of UTF-8) per second. */
  public record Result(double cleanMbPerSecond, double ingestMbPerSecond, double hanlpSegMbPerSecond,
      double extractCharsPerSecond, double hanlpNerCharsPerSecond, double corpusMb, int documents, int runs) {}

  /** HanLP's standard segmenter, as {@code StandardTokenizer} configures it. */
  private static final Segment STANDARD = StandardTokenizer.SEGMENT;
  /** HanLP's segmenter with person, place and organization recognition on. */
  private static final Segment NER = HanLP.newSegment().enableNameRecognize(true).enablePlaceRecognize(true)
      .enableOrganizationRecognize(true);

  private final Radar radar;

  public Benchmark(Radar radar) {
    this.radar = radar;
  }

  /** Reads the base articles: every input under the given directories that loads. */
  public List<Document> baseArticles(List<Path> dirs) {
    List<Document> base = new ArrayList<>();
    for (Fetcher.Ref ref : radar.expand(dirs.stream().filter(Files::isDirectory).map(Path::toString).toList())) {
      try {
        base.add(new org.kechuangradar.ingest.AnyFormatLoader().load(radar.fetcher().fetch(ref)));
      } catch (InputException e) {
        // A bad file among the samples is not the benchmark's business.
      }
    }
    return base;
  }

  /** Raw texts, varied from the base articles, adding up to at least {@code megabytes}. */
  public static List<Document> corpus(List<Document> base, double megabytes) {
    if (base.isEmpty()) {
      throw new IllegalArgumentException("no base articles to build a benchmark corpus from");
    }
    List<Document> out = new ArrayList<>();
    long bytes = 0;
    for (int k = 0; bytes < megabytes * 1048576; k++) {
      for (Document d : base) {
        String text = shiftDigits(d.original(), k) + "\n（第" + k + "期）";
        out.add(Document.fromText(d.source() + "#" + k, text));
        bytes += text.getBytes(StandardCharsets.UTF_8).length;
      }
    }
    return out;
  }

  private static String shiftDigits(String s, int k) {
    char[] c = s.toCharArray();
    for (int i = 0; i < c.length; i++) {
      if (c[i] >= '0' && c[i] <= '9') {
        c[i] = (char) ('0' + (c[i] - '0' + k) % 10);
      }
    }
    return new String(c);
  }

  public Result run(List<Document> corpus, int runs, Consumer<String> progress) throws IOException {
    double mb = corpus.stream().mapToLong(d -> d.original().getBytes(StandardCharsets.UTF_8).length).sum() / 1048576.0;
    progress.accept(String.format("corpus: %d documents, %.1f MB; warming up", corpus.size(), mb));
    long chars = corpus.stream().mapToLong(d -> d.original().length()).sum();
    timeClean(corpus);
    timeSegment(corpus, STANDARD);
    timeExtract(corpus);
    timeSegment(corpus, NER);
    double[] clean = new double[runs];
    double[] ingest = new double[runs];
    double[] seg = new double[runs];
    double[] extract = new double[runs];
    double[] ner = new double[runs];
    for (int r = 0; r < runs; r++) {
      clean[r] = mb / timeClean(corpus);
      seg[r] = mb / timeSegment(corpus, STANDARD);
      ingest[r] = mb / timeIngest(corpus);
      extract[r] = chars / timeExtract(corpus);
      ner[r] = chars / timeSegment(corpus, NER);
      progress.accept(String.format("run %d/%d: clean %.1f MB/s, ingest %.1f MB/s, HanLP segmenter %.1f MB/s, "
          + "clean+extract %.0f chars/s, HanLP NER %.0f chars/s", r + 1, runs, clean[r], ingest[r], seg[r], extract[r],
          ner[r]));
    }
    return new Result(median(clean), median(ingest), median(seg), median(extract), median(ner), mb, corpus.size(),
        runs);
  }

  private double timeExtract(List<Document> corpus) {
    long start = System.nanoTime();
    long sink = 0;
    for (Document d : corpus) {
      sink += radar.cleanAndExtract(d).extraction().entities().size();
    }
    if (sink < 0) {
      throw new IllegalStateException();
    }
    return (System.nanoTime() - start) / 1e9;
  }

  private double timeClean(List<Document> corpus) {
    long start = System.nanoTime();
    long sink = 0;
    for (Document d : corpus) {
      sink += radar.clean(d).text().length();
    }
    if (sink < 0) {
      throw new IllegalStateException();
    }
    return (System.nanoTime() - start) / 1e9;
  }

  private static double timeSegment(List<Document> corpus, Segment segment) {
    long start = System.nanoTime();
    long sink = 0;
    for (Document d : corpus) {
      sink += segment.seg(d.original()).size();
    }
    if (sink < 0) {
      throw new IllegalStateException();
    }
    return (System.nanoTime() - start) / 1e9;
  }

  private double timeIngest(List<Document> corpus) throws IOException {
    Path dir = Files.createTempDirectory("radar-bench");
    try {
      long start = System.nanoTime();
      try (Store store = LuceneStore.open(dir)) {
        for (Document d : corpus) {
          store.put(ExtractionRecord.stored(radar.clean(d)));
        }
        store.commit();
      }
      return (System.nanoTime() - start) / 1e9;
    } finally {
      try (var walk = Files.walk(dir)) {
        walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  /** The result as the flat JSON object {@code radar bench --json} prints. */
  public static Map<String, Object> json(Result r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("clean_mb_per_s", round(r.cleanMbPerSecond()));
    m.put("ingest_mb_per_s", round(r.ingestMbPerSecond()));
    m.put("hanlp_seg_mb_per_s", round(r.hanlpSegMbPerSecond()));
    m.put("extract_chars_per_s", Math.round(r.extractCharsPerSecond()));
    m.put("hanlp_ner_chars_per_s", Math.round(r.hanlpNerCharsPerSecond()));
    m.put("corpus_mb", round(r.corpusMb()));
    m.put("documents", r.documents());
    m.put("runs", r.runs());
    m.put("threads", 1);
    m.put("cores", Runtime.getRuntime().availableProcessors());
    m.put("java", System.getProperty("java.version"));
    return m;
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
