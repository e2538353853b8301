package org.kechuangradar.cli;

import java.nio.file.Path;
import java.util.List;
import org.kechuangradar.account.Database;
import org.kechuangradar.review.ChangeLog;
import org.kechuangradar.review.TrainingSentences;
import java.util.concurrent.Callable;
import org.kechuangradar.eval.TaggerFitting;
import org.kechuangradar.recognize.tagger.TaggerTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code radar train}: trains the entity tagger and writes its model. */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Train the entity tagger on CLUENER's train split, the MSRA sample and our story annotations "
        + "(each without its held-out part), and, with --data, on the sentences editors corrected or verified in "
        + "that store; print its scores on the held-out parts, and write the model.")
public final class TrainCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--shared", paramLabel = "DIR", description = "The shared data (default: ../shared).")
  Path shared;

  @Option(names = "--annotations", paramLabel = "FILE",
      description = "Our annotated story paragraphs (default: training/xwlb-entities.jsonl).")
  Path annotations;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Where to write the model (default: src/main/resources/recognize/entity-tagger.bin; "
          + "the build puts it in the jar).")
  Path out;

  @Option(names = "--data", paramLabel = "DIR",
      description = "A data directory whose review changes (people and organizations accepted, corrected or "
          + "rejected) are more training data; its database is the embedded one unless --db names another.")
  Path data;

  @picocli.CommandLine.Mixin DatabaseOption db;

  @Option(names = "--no-write", description = "Train and score only.")
  boolean noWrite;

  @Option(names = "--epochs", defaultValue = "12", description = "Passes over the data. Default: ${DEFAULT-VALUE}.")
  int epochs;

  @Option(names = "--seed", defaultValue = "20261201", description = "Seed of the data order. Default: ${DEFAULT-VALUE}.")
  long seed;

  @Override
  public Integer call() throws Exception {
    Path home = Path.of(System.getProperty("radar.home", "."));
    TaggerFitting.Sources sources = new TaggerFitting.Sources(
        shared != null ? shared : home.resolve("../shared"),
        annotations != null ? annotations : home.resolve("training/xwlb-entities.jsonl"));
    Path missing = sources.missing();
    if (missing != null) {
      spec.commandLine().getErr().println("radar train: training data not found: " + missing);
      return 1;
    }
    List<TaggerTraining.Sentence> corrections = List.of();
    if (data != null) {
      if (!db.exists(data)) {
        spec.commandLine().getErr().println("radar train: no review database in " + data);
        return 1;
      }
      try (Database database = db.open(data)) {
        corrections = TrainingSentences.of(new ChangeLog(database).standing());
      }
      spec.commandLine().getErr().printf("%d sentences from editors' changes in %s%n", corrections.size(), data);
    }
    Path model = noWrite ? null : out != null ? out : home.resolve("src/main/resources/recognize/entity-tagger.bin");
    TaggerFitting.Report report = TaggerFitting.fit(sources, corrections,
        new TaggerTraining.Settings(epochs, seed, TaggerTraining.Settings.DEFAULT.minCount(),
            TaggerTraining.Settings.DEFAULT.minWeight()), model,
        spec.commandLine().getErr());
    TaggerFitting.print(report, spec.commandLine().getOut());
    if (model != null) {
      spec.commandLine().getErr().println("model written to " + model + " (rebuild the jar to use it)");
    }
    return 0;
  }
}
