package org.kechuangradar.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kechuangradar.app.Radar;
import org.kechuangradar.eval.Audit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code radar audit}: draws extracted items to judge, or scores a judged file. */
@Command(name = "audit", mixinStandardHelpOptions = true,
    description = {"Precision audit. With inputs: extract them and write a seeded sample of N items per section of the "
        + "record, each with its sentence, to a JSON Lines file to judge (set \"judgement\" to correct, partly or "
        + "wrong, and give a \"reason\"). With --score FILE: print precision per section of a judged file.",
        "Inputs are files, directories, URLs or records of a JSON Lines file (stories.jsonl#ID); --list FILE reads "
            + "more of them, one a line."})
public final class AuditCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "DIR|FILE", arity = "0..*", description = "The corpus to sample.")
  List<String> inputs;

  @Option(names = "--sample", paramLabel = "N", defaultValue = "30",
      description = "Items drawn per section (default: ${DEFAULT-VALUE}).")
  int sample;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed of the draw (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", defaultValue = "audit.jsonl",
      description = "Where to write the items to judge (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--score", paramLabel = "FILE", description = "Score this judged file instead of sampling.")
  Path score;

  @Option(names = "--list", paramLabel = "FILE", description = "A file of inputs, one a line (# starts a comment line).")
  Path list;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (score != null) {
      if (!Files.isRegularFile(score)) {
        err.println("radar audit: no such file: " + score);
        return 2;
      }
      print(Audit.score(score), out);
      return 0;
    }
    List<String> all = new java.util.ArrayList<>(inputs == null ? List.of() : inputs);
    if (list != null) {
      if (!Files.isRegularFile(list)) {
        err.println("radar audit: no such file: " + list);
        return 2;
      }
      Files.readAllLines(list).stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .forEach(all::add);
    }
    if (all.isEmpty()) {
      err.println("radar audit: give the corpus to sample, or --score FILE");
      return 2;
    }
    if (sample < 1) {
      err.println("radar audit: --sample must be at least 1, not " + sample);
      return 2;
    }
    Map<String, Integer> sizes = new Audit(new Radar()).sample(all, sample, seed, this.out,
        failure -> err.println("radar audit: skipped " + failure));
    out.println("| section | items | drawn |");
    out.println("| --- | --- | --- |");
    sizes.forEach((section, n) -> out.printf("| %s | %d | %d |%n", section, n, Math.min(n, sample)));
    out.println("wrote " + this.out);
    out.flush();
    return 0;
  }

  static void print(Map<String, Audit.Score> scores, PrintWriter out) {
    out.println("| section | judged | correct | partly | wrong | precision % | at least partly % |");
    out.println("| --- | --- | --- | --- | --- | --- | --- |");
    int correct = 0;
    int partly = 0;
    int wrong = 0;
    int unjudged = 0;
    for (Map.Entry<String, Audit.Score> e : scores.entrySet()) {
      Audit.Score s = e.getValue();
      unjudged += s.unjudged();
      if (s.judged() == 0) {
        continue;
      }
      out.printf("| %s | %d | %d | %d | %d | %.1f | %.1f |%n", e.getKey(), s.judged(), s.correct(), s.partly(),
          s.wrong(), s.strict(), s.lenient());
      correct += s.correct();
      partly += s.partly();
      wrong += s.wrong();
    }
    Audit.Score all = new Audit.Score(correct, partly, wrong, unjudged);
    out.printf("| all | %d | %d | %d | %d | %.1f | %.1f |%n", all.judged(), correct, partly, wrong, all.strict(),
        all.lenient());
    if (unjudged > 0) {
      out.printf("%d items not judged yet%n", unjudged);
    }
    out.flush();
  }
}
