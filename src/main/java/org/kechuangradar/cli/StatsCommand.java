package org.kechuangradar.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.kechuangradar.app.Radar;
import org.kechuangradar.index.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code radar stats}: what the store holds. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Print what the store holds.")
public final class StatsCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin DataDirOption data;

  @Override
  public Integer call() throws Exception {
    try (Store store = Radar.openStoreForReading(data.dir)) {
      print(spec.commandLine().getOut(), store.stats(), data.dir.toString());
    }
    return 0;
  }

  static void print(PrintWriter out, Store.Stats s, String where) {
    out.printf("store:      %s%n", where);
    out.printf("documents:  %d (from %d sources)%n", s.documents(), s.sources());
    out.printf("policies:   %d (each one real policy document, however many articles name it)%n", s.policies());
    out.printf("published:  %s … %s%n", s.earliest() == null ? "-" : s.earliest(), s.latest() == null ? "-" : s.latest());
    for (Store.YearCount y : s.byYear()) {
      out.printf("  %d: %d%n", y.year(), y.documents());
    }
    out.printf(s.bytesOnDisk() < 1 << 20 ? "index size: %.0f KB%n" : "index size: %.1f MB%n",
        s.bytesOnDisk() < 1 << 20 ? s.bytesOnDisk() / 1024.0 : s.bytesOnDisk() / 1048576.0);
    out.flush();
  }
}
