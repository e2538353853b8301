package org.kechuangradar.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kechuangradar.app.ExtractionRecord;
import org.kechuangradar.app.Radar;
import org.kechuangradar.index.SearchQuery;
import org.kechuangradar.index.Store;
import org.kechuangradar.ingest.Fetcher;
import org.kechuangradar.ingest.InputException;
import org.kechuangradar.lexicon.RegionGazetteer.Division;
import org.kechuangradar.lexicon.RegionGazetteer;
import org.kechuangradar.model.Document;
import org.kechuangradar.model.Region;
import org.kechuangradar.model.RegionLevel;
import org.kechuangradar.web.WebServer;

/**
 * The server under load: builds a large store of varied articles from a few real ones, then has concurrent
 * clients run faceted searches and open document pages, and reports latency percentiles.
 *
 * <p>Each generated article is a real one with its main city or province replaced by another division, its years
 * shifted, and a paragraph of another article added; it then goes through the whole cleaning and extraction
 * pipeline, so that every stored record is a real extraction of a plausible text.
 */
public final class LoadBenchmark {
  private static final Pattern YEAR = Pattern.compile("(20[12]\\d)(年|—|-|－)");

  /** Latencies of one kind of request, in milliseconds. */
  public record Latency(String name, long requests, double perSecond, double p50, double p90, double p99,
      double max, long errors) {}

  private LoadBenchmark() {}

  /** Fills a store with {@code count} generated articles made from the given real ones, reporting progress. */
  public static void build(Store store, List<String> inputs, int count, PrintWriter progress) throws IOException {
    Radar radar = new Radar();
    Variants variants = Variants.of(radar, inputs, progress);
    long have = store.stats().documents();
    progress.printf("generating %,d articles from %d real ones …%n", count - have, variants.bases().size());
    progress.flush();
    long started = System.nanoTime();
    long stored = have;
    // Sources are numbered from the current time, so that filling up a store never replaces what it holds; a
    // variant that comes out the same as an earlier one is stored once, and generation goes on until the store is
    // full.
    long first = System.currentTimeMillis() * 1000;
    for (long i = first; stored < count; i++) {
      Document raw = Document.fromText("bench://article/" + i, variants.text(i));
      Document d = radar.cleanAndExtract(raw.withPublished(variants.published(i)));
      if (store.put(ExtractionRecord.stored(d)) != Store.Outcome.STORED) {
        continue;
      }
      stored++;
      if (stored % 5000 == 0 || stored == count) {
        store.commit();
        double seconds = (System.nanoTime() - started) / 1e9;
        progress.printf("  %,d / %,d stored (%.0f s)%n", stored, count, seconds);
        progress.flush();
      }
    }
    store.commit();
  }

  /**
   * Plausible articles made from a few real ones: each variant draws its article, city, year shift and two
   * borrowed paragraphs from its own seed.
   */
  public record Variants(List<Document> bases, List<Division> cities, List<String> paragraphs) {
    /** The real articles of the inputs, cleaned and extracted, ready to vary. */
    public static Variants of(Radar radar, List<String> inputs, PrintWriter progress) throws IOException {
      List<Document> bases = new ArrayList<>();
      for (Fetcher.Ref ref : radar.expand(inputs)) {
        try {
          Document d = radar.extract(ref, "2025-01-01");
          if (d.text().length() > 200) {
            bases.add(d);
          }
        } catch (InputException e) {
          progress.println("skipped " + e.getMessage());
        }
      }
      if (bases.size() < 2) {
        throw new IOException("need at least two readable articles to vary, found " + bases.size());
      }
      List<String> paragraphs = new ArrayList<>();
      bases.forEach(d -> paragraphs.addAll(List.of(d.text().split("\n"))));
      return new Variants(List.copyOf(bases), LoadBenchmark.cities(), List.copyOf(paragraphs));
    }

    /** The text of variant {@code seed}: title line, the varied article and two borrowed paragraphs. */
    public String text(long seed) {
      Random pick = new Random(seed * 7919 + 17);
      Document a = bases.get(pick.nextInt(bases.size()));
      Division city = cities.get(pick.nextInt(cities.size()));
      int shift = pick.nextInt(7) - 3;
      String title = vary(a.title() == null ? "" : a.title(), a, city, shift);
      return title + "\n" + vary(a.text(), a, city, shift) + "\n"
          + vary(paragraphs.get(pick.nextInt(paragraphs.size())), a, city, shift) + "\n"
          + paragraphs.get(pick.nextInt(paragraphs.size()));
    }

    /** The publication date of variant {@code seed}. */
    public String published(long seed) {
      Random pick = new Random(seed * 7919 + 17);
      Document a = bases.get(pick.nextInt(bases.size()));
      pick.nextInt(cities.size());
      int shift = pick.nextInt(7) - 3;
      pick.nextInt(paragraphs.size());
      pick.nextInt(paragraphs.size());
      return publishedOf(a, shift, pick);
    }
  }

  private static List<Division> cities() {
    RegionGazetteer g = RegionGazetteer.get();
    List<Division> out = new ArrayList<>();
    for (Division province : g.children("100000")) {
      out.addAll(g.children(province.code()).stream().filter(c -> c.level() == RegionLevel.CITY).toList());
    }
    Collections.shuffle(out, new Random(7));
    return out;
  }

  /** The text with the article's first city (or province) renamed and its years shifted. */
  static String vary(String text, Document article, Division city, int shift) {
    String out = text;
    for (Region r : article.extraction().regions()) {
      if (r.level() != null && (r.level() == RegionLevel.CITY || r.level() == RegionLevel.PROVINCE)) {
        out = out.replace(r.name(), city.name());
        String shortName = r.name().replaceFirst("(市|省)$", "");
        if (shortName.length() >= 2) {
          out = out.replace(shortName, city.name().replaceFirst("市$", ""));
        }
        break;
      }
    }
    if (shift != 0) {
      Matcher m = YEAR.matcher(out);
      StringBuilder b = new StringBuilder();
      while (m.find()) {
        m.appendReplacement(b, (Integer.parseInt(m.group(1)) + shift) + m.group(2));
      }
      out = m.appendTail(b).toString();
    }
    return out;
  }

  private static String publishedOf(Document a, int shift, Random pick) {
    int year = 2025 + shift;
    if (a.published() != null && a.published().matches("\\d{4}-\\d{2}-\\d{2}.*")) {
      year = Integer.parseInt(a.published().substring(0, 4)) + shift;
    }
    return String.format("%d-%02d-%02d", year, 1 + pick.nextInt(12), 1 + pick.nextInt(28));
  }

  /** Faceted searches with two filters each (a province and an industry the store holds together). */
  public static List<String> searches(Store store) throws IOException {
    var pairs = store.pairs(null, SearchQuery.of(""), "region", "industry");
    List<String> urls = new ArrayList<>();
    pairs.forEach((region, industries) -> {
      if (region.matches("\\d{2}0000")) {
        industries.forEach((industry, n) -> urls.add("/api/search?region=" + region + "&industry="
            + URLEncoder.encode(industry, StandardCharsets.UTF_8)));
      }
    });
    Collections.shuffle(urls, new Random(11));
    return urls;
  }

  /** Document pages: the API call each page makes, for documents spread over the store. */
  public static List<String> documents(Store store) throws IOException {
    List<String> urls = new ArrayList<>();
    long total = store.search(SearchQuery.of("")).total();
    for (int k = 0; k < 10; k++) {
      int offset = (int) Math.min(Math.max(0, total - 100), total * k / 10);
      SearchQuery q = new SearchQuery("", null, null, null, SearchQuery.Sort.DATE, offset, 100);
      store.search(q).hits().forEach(h -> urls.add("/api/documents/" + h.id()));
    }
    Collections.shuffle(urls, new Random(13));
    return urls;
  }

  /** Runs {@code clients} threads over the given paths for the warm-up and then the measured time. */
  public static Latency load(String name, String base, List<String> paths, int clients, Duration warmUp,
      Duration measured) throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    AtomicBoolean recording = new AtomicBoolean(false);
    AtomicBoolean stop = new AtomicBoolean(false);
    List<long[]> perThread = new ArrayList<>();
    long[] errors = new long[clients];
    int[] counts = new int[clients];
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < clients; t++) {
      long[] samples = new long[2_000_000];
      perThread.add(samples);
      int id = t;
      Thread thread = new Thread(() -> {
        int i = id * 7919;
        while (!stop.get()) {
          String path = paths.get(Math.floorMod(i++, paths.size()));
          long start = System.nanoTime();
          int status;
          try {
            status = get(http, base + path).statusCode();
          } catch (IOException e) {
            status = -1;
          }
          long took = System.nanoTime() - start;
          if (recording.get()) {
            if (status != 200) {
              errors[id]++;
            } else if (counts[id] < samples.length) {
              samples[counts[id]++] = took;
            }
          }
        }
      });
      threads.add(thread);
      thread.start();
    }
    Thread.sleep(warmUp.toMillis());
    recording.set(true);
    long began = System.nanoTime();
    Thread.sleep(measured.toMillis());
    recording.set(false);
    double seconds = (System.nanoTime() - began) / 1e9;
    stop.set(true);
    for (Thread t : threads) {
      t.join();
    }
    int total = 0;
    for (int c : counts) {
      total += c;
    }
    long[] all = new long[total];
    int at = 0;
    for (int t = 0; t < clients; t++) {
      System.arraycopy(perThread.get(t), 0, all, at, counts[t]);
      at += counts[t];
    }
    Arrays.sort(all);
    long failed = Arrays.stream(errors).sum();
    return new Latency(name, total, total / seconds, ms(all, 0.50), ms(all, 0.90), ms(all, 0.99),
        total == 0 ? 0 : all[total - 1] / 1e6, failed);
  }

  private static double ms(long[] sorted, double quantile) {
    if (sorted.length == 0) {
      return 0;
    }
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
  }

  private static HttpResponse<Void> get(HttpClient http, String url) throws IOException {
    try {
      return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  /** Starts the server over a store, with no rate limit (the clients are the load); uploads need {@code token}. */
  public static WebServer serve(Store store, Path dataDir, String token) throws IOException {
    return WebServer.start(store, dataDir, new Radar(), WebServer.Settings.local(0).withRate(0).withToken(token));
  }

  /**
   * What a run of uploads did.
   *
   * @param sent uploads sent
   * @param stored those answered 201 or 200
   * @param seconds from the first to the last answer
   * @param p50 the median time of one upload (read, extract, write, commit), milliseconds
   */
  public record Uploads(int sent, int stored, double seconds, double p50) {}

  /** Uploads {@code count} variants one after another, as one client of {@code POST /api/documents}. */
  public static Uploads upload(String base, String token, Variants variants, int count, long firstSeed)
      throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    long[] took = new long[count];
    int stored = 0;
    long began = System.nanoTime();
    for (int i = 0; i < count; i++) {
      String boundary = "----bench" + i;
      byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"upload" + i
          + ".txt\"\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + variants.text(firstSeed + i) + "\r\n--"
          + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
      long start = System.nanoTime();
      try {
        int status = http.send(HttpRequest.newBuilder(URI.create(base + "/api/documents"))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.discarding())
            .statusCode();
        stored += status == 200 || status == 201 ? 1 : 0;
      } catch (IOException e) {
        // Counted as not stored.
      }
      took[i] = System.nanoTime() - start;
    }
    double seconds = (System.nanoTime() - began) / 1e9;
    Arrays.sort(took);
    return new Uploads(count, stored, seconds, ms(took, 0.5));
  }
}
