package org.kechuangradar.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.kechuangradar.app.Radar;
import org.kechuangradar.eval.Benchmark;
import org.kechuangradar.model.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code radar bench}: cleaning and ingest throughput per core, beside HanLP's segmenter. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measure cleaning and ingest (clean + store) throughput on one thread, beside HanLP's standard "
        + "segmenter, on a corpus varied from the samples and ../shared/corpus. Prints medians of the runs.")
public final class BenchCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--mb", defaultValue = "20", description = "Corpus size in MB (default: ${DEFAULT-VALUE}).")
  double megabytes;

  @Option(names = "--runs", defaultValue = "5", description = "Timed runs; the median is reported (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--articles", paramLabel = "DIR", description = "Directories of base articles (default: samples/ "
      + "and ../shared/corpus).")
  List<Path> articles;

  @Option(names = "--json", description = "Print one JSON object with the medians.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path home = Path.of(System.getProperty("radar.home", "."));
    List<Path> dirs = articles != null ? articles : List.of(home.resolve("samples"), home.resolve("../shared/corpus"));
    Benchmark bench = new Benchmark(new Radar());
    List<Document> base = new ArrayList<>(bench.baseArticles(dirs));
    if (base.isEmpty()) {
      err.println("radar bench: no articles found in " + dirs);
      return 1;
    }
    Benchmark.Result r = bench.run(Benchmark.corpus(base, megabytes), Math.max(1, runs), line -> {
      err.println(line);
      err.flush();
    });
    if (json) {
      out.println(new ObjectMapper().writeValueAsString(Benchmark.json(r)));
    } else {
      out.printf("corpus: %d documents, %.1f MB (from %d articles); one thread; medians of %d runs%n", r.documents(),
          r.corpusMb(), base.size(), r.runs());
      out.printf("clean:             %8.2f MB/s%n", r.cleanMbPerSecond());
      out.printf("ingest (+store):   %8.2f MB/s%n", r.ingestMbPerSecond());
      out.printf("HanLP segmenter:   %8.2f MB/s%n", r.hanlpSegMbPerSecond());
      out.printf("clean + extract:   %8.0f chars/s%n", r.extractCharsPerSecond());
      out.printf("HanLP NER:         %8.0f chars/s%n", r.hanlpNerCharsPerSecond());
    }
    out.flush();
    return 0;
  }
}
