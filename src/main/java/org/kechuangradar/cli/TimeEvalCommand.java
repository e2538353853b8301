package org.kechuangradar.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.kechuangradar.eval.TimeEvaluation;
import org.kechuangradar.time.Convention;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code radar eval-time}: measures the time normaliser on JioNLP's parser cases. */
@Command(name = "eval-time", mixinStandardHelpOptions = true,
    description = {"Measure time normalisation on a JioNLP parser case file (JSON Lines, one case a line).",
        "Every case is run with its own options (ret_future, lunar_date, period_results_num) and base: a Unix "
            + "timestamp (read in Asia/Shanghai), a list [y, m, d, h, mi, s] or a dictionary of fields; a base "
            + "given to the year or month alone covers that whole year or month.",
        "Reports separately: points and spans (exact when type, start and end all match), deltas (exact when "
            + "every length matches) and periods (delta and occurrences). Cases whose base is the wall clock "
            + "when JioNLP's tests ran (\"now\") are skipped and counted as such."})
public final class TimeEvalCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "e.g. ../shared/data/time_normalization/jionlp_time_parser_cases.jsonl")
  Path cases;

  @Option(names = {"-v", "--verbose"}, description = "Print every case missed.")
  boolean verbose;

  @Option(names = "--convention", defaultValue = "JIONLP",
      description = "Whose reading of dates missing a year, month or week: ${COMPLETION-CANDIDATES} "
          + "(default ${DEFAULT-VALUE}; NEWS keeps them at or before the base).")
  Convention convention;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    TimeEvaluation.Result r = new TimeEvaluation().run(cases, convention);
    out.printf("convention %s; skipped %d (base is the wall clock when JioNLP's tests ran)%n", convention, r.skipped());
    for (TimeEvaluation.Group g : r.groups()) {
      out.printf("%-16s %3d cases, exact %3d (%.1f%%)%n", g.name(), g.cases(), g.exact(), 100 * g.share());
      if (verbose) {
        g.misses().forEach(m -> out.println("  " + m));
      }
    }
    out.flush();
    return 0;
  }
}
