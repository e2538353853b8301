package org.kechuangradar.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.kechuangradar.eval.TimeEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code radar eval-time}: measures the time normaliser on JioNLP's parser cases. */
@Command(name = "eval-time", mixinStandardHelpOptions = true,
    description = "Measure time normalisation on a JioNLP parser case file (JSON Lines).")
public final class TimeEvalCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "e.g. ../shared/data/time_normalization/jionlp_time_parser_cases.jsonl")
  Path cases;

  @Option(names = {"-v", "--verbose"}, description = "Print every case missed.")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    TimeEvaluation.Result r = new TimeEvaluation().run(cases);
    out.printf("cases %d (plain parsing, fixed base), answered %d, start and end right %d (%.1f%%), type too %d%n",
        r.cases(), r.answered(), r.spanCorrect(), 100.0 * r.spanCorrect() / Math.max(1, r.cases()), r.typeAndSpanCorrect());
    if (verbose) {
      r.misses().forEach(m -> out.println("  " + m));
    }
    out.flush();
    return 0;
  }
}
