package org.kechuangradar.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.kechuangradar.eval.LoadBenchmark.Latency;
import org.kechuangradar.eval.LoadBenchmark;
import org.kechuangradar.index.LuceneStore;
import org.kechuangradar.index.Store;
import org.kechuangradar.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code radar bench-web}: the server's latency under concurrent faceted searches and document pages. */
@Command(name = "bench-web", mixinStandardHelpOptions = true,
    description = "Build a large store of varied articles (once), serve it, and measure faceted searches with two "
        + "filters and document pages under concurrent clients (or searches while another client uploads, with "
        + "--with-uploads); prints p50/p90/p99 per run and their medians.")
public final class BenchWebCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "radar-bench-data",
      description = "Store to build, fill up or reuse (default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--docs", defaultValue = "100000", description = "Articles in the store (default: ${DEFAULT-VALUE}).")
  int docs;

  @Option(names = "--clients", defaultValue = "16", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
  int clients;

  @Option(names = "--seconds", defaultValue = "30", description = "Measured seconds per run (default: ${DEFAULT-VALUE}).")
  int seconds;

  @Option(names = "--warmup", defaultValue = "10", description = "Warm-up seconds per run (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--runs", defaultValue = "3", description = "Runs of each load (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--cache", defaultValue = "2000", description = "Searches whose results the store keeps per "
      + "index version, as radar serve does; 0 measures every search from the index (default: ${DEFAULT-VALUE}).")
  int cache;

  @Option(names = "--with-uploads", paramLabel = "N", defaultValue = "0", description = "Also upload N generated "
      + "articles through POST /api/documents during each measured search run, one after another, and report "
      + "the searches' latency meanwhile (default: ${DEFAULT-VALUE}, none).")
  int uploads;

  @Parameters(paramLabel = "ARTICLE", arity = "0..*",
      description = "Real articles (files or folders) to vary; default: samples/ and ../shared/corpus.")
  List<String> inputs = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<String> bases = new ArrayList<>(inputs);
    if (bases.isEmpty()) {
      for (String d : List.of("samples", "../shared/corpus")) {
        if (Files.isDirectory(Path.of(d))) {
          bases.add(d);
        }
      }
    }
    try (Store store = LuceneStore.open(data, cache)) {
      if (store.stats().documents() < docs) {
        LoadBenchmark.build(store, bases, docs, out);
      }
      out.printf("store: %s, %,d articles%n", data, store.stats().documents());
      List<String> searches = LoadBenchmark.searches(store);
      List<String> pages = LoadBenchmark.documents(store);
      String token = java.util.UUID.randomUUID().toString();
      try (WebServer server = LoadBenchmark.serve(store, data, token)) {
        String base = "http://127.0.0.1:" + server.port();
        List<Latency> search = new ArrayList<>();
        List<Latency> document = new ArrayList<>();
        if (uploads > 0) {
          LoadBenchmark.Variants variants = LoadBenchmark.Variants.of(new org.kechuangradar.app.Radar(), bases, out);
          for (int r = 1; r <= runs; r++) {
            long seed = System.currentTimeMillis() * 1000;
            LoadBenchmark.Uploads[] done = new LoadBenchmark.Uploads[1];
            Thread uploader = Thread.ofPlatform().start(() -> {
              try {
                Thread.sleep(Duration.ofSeconds(warmup));
                done[0] = LoadBenchmark.upload(base, token, variants, uploads, seed);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
            search.add(report(out, r, LoadBenchmark.load("faceted search, uploading", base, searches, clients,
                Duration.ofSeconds(warmup), Duration.ofSeconds(seconds))));
            uploader.join();
            out.printf("run %d  uploads: %d sent, %d stored in %.1f s (%s the measured %d s), p50 %.0f ms each%n", r,
                done[0].sent(), done[0].stored(), done[0].seconds(), done[0].seconds() <= seconds ? "within"
                    : "longer than", seconds, done[0].p50());
          }
          median(out, search);
          return 0;
        }
        for (int r = 1; r <= runs; r++) {
          search.add(report(out, r, LoadBenchmark.load("faceted search, 2 filters", base, searches, clients,
              Duration.ofSeconds(warmup), Duration.ofSeconds(seconds))));
          document.add(report(out, r, LoadBenchmark.load("document page (API)", base, pages, clients,
              Duration.ofSeconds(warmup), Duration.ofSeconds(seconds))));
        }
        median(out, search);
        median(out, document);
      }
    }
    return 0;
  }

  private static Latency report(PrintWriter out, int run, Latency l) {
    out.printf("run %d  %-27s %,8d requests %7.1f/s  p50 %6.1f ms  p90 %6.1f ms  p99 %6.1f ms  max %7.1f ms  "
        + "errors %d%n", run, l.name(), l.requests(), l.perSecond(), l.p50(), l.p90(), l.p99(), l.max(), l.errors());
    out.flush();
    return l;
  }

  private static void median(PrintWriter out, List<Latency> runs) {
    out.printf("median %-27s %7.1f/s  p50 %6.1f ms  p90 %6.1f ms  p99 %6.1f ms%n", runs.get(0).name(),
        median(runs.stream().mapToDouble(Latency::perSecond).toArray()),
        median(runs.stream().mapToDouble(Latency::p50).toArray()),
        median(runs.stream().mapToDouble(Latency::p90).toArray()),
        median(runs.stream().mapToDouble(Latency::p99).toArray()));
  }

  private static double median(double[] values) {
    double[] v = values.clone();
    java.util.Arrays.sort(v);
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }
}
