package org.kechuangradar.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.kechuangradar.app.Radar;
import org.kechuangradar.eval.ConfidenceFitting;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code radar calibrate}: fits the confidence calibration on the studied gold halves and writes it. */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
    description = "Extract the stories of the studied gold halves with each fact's raw confidence, judge every fact, "
        + "fit per record type a rising curve from raw confidence to the share of facts that were right, print "
        + "precision per bin of confidence (raw, calibrated, and calibrated by curves fitted on the other stories) "
        + "and write the curves.")
public final class CalibrateCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--gold", paramLabel = "DIR", split = ",",
      description = "Gold halves to fit on (default: src/test/resources/gold-xwlb/tune, dtune and ptune); "
          + "a blind half is refused.")
  List<Path> gold;

  @Option(names = "--stories", paramLabel = "FILE",
      description = "The news stories the gold files name (default: ../shared/data/xwlb/stories.jsonl).")
  Path stories;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Where to write the curves (default: " + ConfidenceFitting.CURVES
          + "; the build puts it in the jar).")
  Path out;

  @Option(names = "--no-write", description = "Fit and report only.")
  boolean noWrite;

  @Option(names = "--measure", description = "Fit nothing: print how often the facts of each bin of the confidence "
      + "the extraction gives now were right, on any gold half, a blind one included (that is what a blind half "
      + "is for).")
  boolean measure;

  @Override
  public Integer call() throws Exception {
    Path home = Path.of(System.getProperty("radar.home", "."));
    Path studied = home.resolve("src/test/resources/gold-xwlb");
    List<Path> dirs = gold != null ? gold
        : List.of(studied.resolve("tune"), studied.resolve("dtune"), studied.resolve("ptune"));
    Path storyFile = stories != null ? stories : home.resolve("../shared/data/xwlb/stories.jsonl");
    PrintWriter err = spec.commandLine().getErr();
    for (Path d : dirs) {
      // The blind halves are only ever scored: fitting on them would make their figures measure nothing.
      if (!measure && d.getFileName().toString().contains("blind")) {
        err.println("radar calibrate: " + d + " is a blind half; fit on studied halves only");
        return 1;
      }
      if (!Files.isDirectory(d)) {
        err.println("radar calibrate: gold files not found: " + d);
        return 1;
      }
    }
    if (!Files.isRegularFile(storyFile)) {
      err.println("radar calibrate: stories not found: " + storyFile);
      return 1;
    }
    if (measure) {
      ConfidenceFitting.measure(ConfidenceFitting.judge(new Radar(), dirs, storyFile), spec.commandLine().getOut());
      return 0;
    }
    List<ConfidenceFitting.Judged> raw = ConfidenceFitting.judge(Radar.uncalibrated(), dirs, storyFile);
    ConfidenceFitting.report(raw, spec.commandLine().getOut());
    if (!noWrite) {
      Path file = out != null ? out : home.resolve(ConfidenceFitting.CURVES);
      ConfidenceFitting.write(raw, dirs, file);
      err.println("curves written to " + file + " (rebuild the jar to use them)");
    }
    return 0;
  }
}
