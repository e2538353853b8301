package org.kechuangradar.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.kechuangradar.app.Ingester;
import org.kechuangradar.app.InputLedger;
import org.kechuangradar.app.Radar;
import org.kechuangradar.index.SearchQuery;
import org.kechuangradar.index.SearchResult;
import org.kechuangradar.index.Store;
import org.kechuangradar.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code radar demo}: ingests the project's sample articles, prints a summary and a sample search, then serves
 * the web UI on them.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Ingest the bundled sample articles into the data directory, print what was stored, run a "
        + "sample search, then serve the web UI on them and print its address (--no-serve stops before).")
public final class DemoCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin DataDirOption data;

  @Option(names = "--samples", paramLabel = "DIR", description = "Sample articles (default: samples/ in the project).")
  Path samples;

  @Mixin ServerOptions server;

  @Option(names = "--no-serve", description = "Stop after the summary instead of serving the web UI.")
  boolean noServe;

  @Option(names = "--query", defaultValue = "人工智能 基金", description = "The sample search (default: ${DEFAULT-VALUE}).")
  String query;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    WebServer.Settings settings = server.settings(spec.commandLine());
    Path dir = samples != null ? samples : Path.of(System.getProperty("radar.home", ".")).resolve("samples");
    if (!Files.isDirectory(dir)) {
      spec.commandLine().getErr().println("radar demo: sample directory not found: " + dir);
      return 1;
    }
    out.println("Ingesting the sample articles in " + dir + " into " + data.dir + " …");
    out.flush();
    try (Store store = Radar.openStore(data.dir)) {
      Ingester.Report report = new Ingester(new Radar(), store, 500, java.util.Optional.of(InputLedger.open(data.dir)))
          .ingest(List.of(dir.toString()), new ProgressBar(spec.commandLine().getErr(), System.console() != null));
      IngestCommand.printSummary(out, report);
      out.println();
      StatsCommand.print(out, store.stats(), data.dir.toString());
      out.println();
      out.println("radar search " + query);
      SearchResult result = Radar.search(store, new SearchQuery(query, null, null, null, SearchQuery.Sort.RELEVANCE, 0, 5));
      out.printf("%d documents match%n", result.total());
      for (SearchResult.Hit hit : result.hits()) {
        out.printf("  %s  %s  %s%n    %s%n", hit.id(), hit.published() == null ? "----------" : hit.published(),
            hit.title() == null ? "(no title)" : hit.title(), hit.snippet("【", "】"));
      }
      out.flush();
      if (!report.failures().isEmpty()) {
        return 1;
      }
      if (!noServe) {
        out.println();
        ServeCommand.serveUntilStopped(out, store, data.dir, settings, server.radar(), java.util.Optional.empty());
      }
      return 0;
    }
  }
}
