package org.kechuangradar.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.kechuangradar.app.Ingester;
import org.kechuangradar.app.InputLedger;
import org.kechuangradar.app.Printable;
import org.kechuangradar.app.Radar;
import org.kechuangradar.index.Store;
import picocli.CommandLine.Command;
import org.kechuangradar.account.Database;
import org.kechuangradar.app.Corrections;
import org.kechuangradar.review.ChangeLog;
import org.kechuangradar.review.Review;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code radar ingest}: reads, cleans and stores files, directories and URLs. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Read, clean and store articles from files, directories (recursively) and http(s) URLs. "
        + "Exit code 0 when every input was stored, 1 when any failed.")
public final class IngestCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin DataDirOption data;
  @Mixin NetworkOption network;
  @Mixin PublishedOption published;
  @Mixin DatabaseOption db;

  @Parameters(paramLabel = "PATH|URL", arity = "1..*", description = "Files, directories or URLs to ingest.")
  List<String> inputs;

  @Option(names = "--max-size", paramLabel = "MB", defaultValue = "32",
      description = "Largest input to read, in MB (default: ${DEFAULT-VALUE}).")
  long maxMegabytes;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "20",
      description = "Network timeout per URL, in seconds (default: ${DEFAULT-VALUE}).")
  long timeoutSeconds;

  @Option(names = "--commit-every", paramLabel = "N", defaultValue = "500",
      description = "Commit after every N documents (default: ${DEFAULT-VALUE}).")
  int commitEvery;

  @Option(names = "--quiet", description = "No progress bar.")
  boolean quiet;

  @Option(names = "--reread", description = "Read every input again, even those an earlier ingest stored and that "
      + "have not changed since (by path, size and time, then by content).")
  boolean reread;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (maxMegabytes < 1 || maxMegabytes > 1024) {
      throw new ParameterException(spec.commandLine(), "--max-size must be 1 to 1024 (MB), not " + maxMegabytes);
    }
    if (timeoutSeconds < 1) {
      throw new ParameterException(spec.commandLine(), "--timeout must be at least 1 (second), not " + timeoutSeconds);
    }
    Radar radar = new Radar(maxMegabytes << 20, Duration.ofSeconds(timeoutSeconds), network.network());
    Ingester.Report report;
    try (Store store = Radar.openStore(data.dir);
        Database database = db.exists(data.dir) ? db.open(data.dir) : null) {
      Ingester.Listener listener = quiet ? new Ingester.Listener() {} : new ProgressBar(err, System.console() != null);
      Optional<InputLedger> ledger = reread ? Optional.empty() : Optional.of(InputLedger.open(data.dir));
      // Editors' corrections are laid over every document read again, so re-ingesting never undoes them.
      Corrections corrections = database == null ? Corrections.NONE : new Review(store, new ChangeLog(database));
      report = new Ingester(radar, store, Math.max(1, commitEvery), ledger, published.iso(), corrections)
          .ingest(inputs, listener);
    }
    printSummary(out, report);
    return report.failures().isEmpty() ? 0 : 1;
  }

  static void printSummary(PrintWriter out, Ingester.Report report) {
    out.printf("read %d, stored %d (%d replaced an older version), duplicates %d, failed %d%n", report.read() - report.skipped(),
        report.count(Store.Outcome.STORED) + report.count(Store.Outcome.REPLACED), report.count(Store.Outcome.REPLACED),
        report.count(Store.Outcome.DUPLICATE) + report.count(Store.Outcome.UNCHANGED), report.failures().size());
    if (report.skipped() > 0) {
      out.printf("skipped %d stored before and unchanged since (--reread reads them again)%n", report.skipped());
    }
    for (Ingester.Failure f : report.failures()) {
      out.println("  failed: " + Printable.line(f.source()) + ": " + Printable.line(f.reason()));
    }
    out.flush();
  }
}
