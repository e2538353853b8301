package org.kechuangradar.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kechuangradar.app.Radar;
import org.kechuangradar.eval.GoldEvaluation;
import org.kechuangradar.eval.RecordScores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code radar eval}: per-section scores of the extraction on gold files. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Score the extraction on every gold file with the shared scorer and print per-section results.")
public final class EvalCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--gold", paramLabel = "DIR", description = "Gold files (default: ../shared/gold).")
  Path gold;

  @Option(names = "--corpus", paramLabel = "DIR", description = "Their articles (default: ../shared/corpus).")
  Path corpus;

  @Option(names = "--stories", paramLabel = "FILE",
      description = "The news stories that gold files with a story id name (default: ../shared/data/xwlb/stories.jsonl).")
  Path stories;

  @Option(names = "--scorer", paramLabel = "FILE", description = "The scorer (default: ../shared/tools/score.py).")
  Path scorer;

  @Option(names = {"-v", "--verbose"}, description = "Print every failed check.")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path shared = Path.of(System.getProperty("radar.home", ".")).resolve("../shared");
    Path goldDir = gold != null ? gold : shared.resolve("gold");
    Path scorerFile = scorer != null ? scorer : shared.resolve("tools/score.py");
    if (!Files.isDirectory(goldDir) || !Files.isRegularFile(scorerFile)) {
      spec.commandLine().getErr().println("radar eval: gold files or scorer not found (" + goldDir + ", " + scorerFile + ")");
      return 1;
    }
    List<GoldEvaluation.FileScore> scores = new GoldEvaluation(new Radar())
        .run(goldDir, corpus != null ? corpus : goldDir.resolveSibling("corpus"),
            stories != null ? stories : shared.resolve("data/xwlb/stories.jsonl"), scorerFile);
    Map<String, int[]> total = new LinkedHashMap<>();
    for (GoldEvaluation.FileScore s : scores) {
      StringBuilder line = new StringBuilder(s.file());
      s.sections().forEach((section, pt) -> {
        line.append("  ").append(section).append(' ').append(pt[0]).append('/').append(pt[1]);
        total.merge(section, pt.clone(), (a, b) -> new int[] {a[0] + b[0], a[1] + b[1]});
      });
      out.println(line);
      if (verbose) {
        s.failures().forEach(f -> out.println("    " + f));
      }
    }
    out.println();
    out.println("| section | passed | checks | % |");
    out.println("| --- | --- | --- | --- |");
    int passed = 0;
    int checks = 0;
    for (Map.Entry<String, int[]> e : total.entrySet()) {
      out.printf("| %s | %d | %d | %.1f |%n", e.getKey(), e.getValue()[0], e.getValue()[1],
          100.0 * e.getValue()[0] / Math.max(1, e.getValue()[1]));
      passed += e.getValue()[0];
      checks += e.getValue()[1];
    }
    out.printf("| all | %d | %d | %.1f |%n", passed, checks, 100.0 * passed / Math.max(1, checks));
    Map<String, RecordScores.Counts> records = new LinkedHashMap<>();
    scores.forEach(s -> RecordScores.add(records, s.records()));
    if (!records.isEmpty()) {
      out.println();
      out.println("| record | gold | found | extracted | right | recall % | precision % |");
      out.println("| --- | --- | --- | --- | --- | --- | --- |");
      records.forEach((type, c) -> out.printf("| %s | %d | %d | %d | %d | %.1f | %.1f |%n", type, c.gold(), c.goldFound(),
          c.extracted(), c.right(), 100 * c.recall(), 100 * c.precision()));
    }
    out.flush();
    return 0;
  }
}
