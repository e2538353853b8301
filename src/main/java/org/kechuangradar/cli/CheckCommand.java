package org.kechuangradar.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.kechuangradar.index.StoreCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code radar check}: verifies a store without changing it. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Verify a store (Lucene's CheckIndex: every file's checksum and every segment) without changing "
        + "it; works beside a running server. Exit code 0 when sound, 1 when anything is wrong.")
public final class CheckCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin DataDirOption data;

  @Option(names = "--slow", description = "Also cross-check postings, term vectors and doc values (slower).")
  boolean slow;

  @Option(names = "--verbose", description = "Print CheckIndex's own report too.")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    StoreCheck.Result r = StoreCheck.check(data.dir, slow);
    if (verbose) {
      out.print(r.log());
    }
    r.notes().forEach(n -> out.println("note: " + n));
    if (r.sound()) {
      out.printf("%s: sound (%d segments, %d index documents)%n", data.dir, r.segments(), r.documents());
    } else {
      r.problems().forEach(p -> out.println(data.dir + ": " + p));
    }
    out.flush();
    return r.sound() ? 0 : 1;
  }
}
