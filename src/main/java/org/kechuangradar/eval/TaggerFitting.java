package org.kechuangradar.eval;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kechuangradar.recognize.tagger.EntityKind;
import org.kechuangradar.recognize.tagger.EntityTagger;
import org.kechuangradar.recognize.tagger.LabelStyle;
import org.kechuangradar.recognize.tagger.TaggerTraining;

/**
 * What {@code radar train} does: reads the training parts of CLUENER, the MSRA sample and our story annotations,
 * trains the entity tagger, scores it on the held-out parts, and writes the model.
 */
public final class TaggerFitting {
  /** The kinds CLUENER is scored on (its name, position, government, company, organization and address). */
  public static final List<EntityKind> CLUENER_KINDS = List.of(EntityKind.PERSON, EntityKind.POSITION,
      EntityKind.GOVERNMENT, EntityKind.COMPANY, EntityKind.ORGANIZATION, EntityKind.PLACE);
  public static final List<EntityKind> MSRA_KINDS = List.of(EntityKind.PERSON, EntityKind.PLACE,
      EntityKind.ORGANIZATION);

  /**
   * MSRA's sample is a fifth the size of CLUENER's split; each of its sentences is seen three times a pass so that
   * its style weighs about as much (measured: MSRA held-out macro F1 77.6 to 79.7, CLUENER's unchanged).
   */
  private static final int MSRA_REPEATS = 3;
  /** Our annotated stories are the style the extraction uses; seen twice a pass (four times was worse on them). */
  private static final int OURS_REPEATS = 2;
  /** Editors' corrected sentences weigh as our annotated stories do: the same style, read by people. */
  private static final int CORRECTION_REPEATS = 2;

  /** Where the training data sits. */
  public record Sources(Path shared, Path annotations) {
    Path cluener() {
      return shared.resolve("data/cluener/train.json");
    }

    Path msraSentences() {
      return shared.resolve("data/msra_ner/val_sentences.txt");
    }

    Path msraTags() {
      return shared.resolve("data/msra_ner/val_tags.txt");
    }

    Path stories() {
      return shared.resolve("data/xwlb/stories.jsonl");
    }

    /** The first missing input, or null. */
    public Path missing() {
      for (Path p : List.of(cluener(), msraSentences(), msraTags(), stories(), annotations)) {
        if (!Files.isRegularFile(p)) {
          return p;
        }
      }
      return null;
    }
  }

  /** The held-out scores of a trained tagger. */
  public record Report(Map<EntityKind, TaggerScores.Counts> cluener, Map<EntityKind, TaggerScores.Counts> msra,
      Map<EntityKind, TaggerScores.Counts> stories, int trainingSentences, int features) {}

  private TaggerFitting() {}

  /** Trains, scores and, when {@code model} is not null, writes the model there. */
  public static Report fit(Sources sources, TaggerTraining.Settings settings, Path model, PrintWriter progress)
      throws IOException {
    return fit(sources, List.of(), settings, model, progress);
  }

  /** As above, with editors' corrected and verified sentences as more training data. */
  public static Report fit(Sources sources, List<TaggerTraining.Sentence> corrections, TaggerTraining.Settings settings,
      Path model, PrintWriter progress) throws IOException {
    List<TaggerTraining.Sentence> training = new ArrayList<>();
    NerCorpora.cluener(sources.cluener(), false).forEach(s -> training.add(s.training()));
    List<NerCorpora.Labelled> msra = NerCorpora.msra(sources.msraSentences(), sources.msraTags(), false);
    for (int pass = 0; pass < MSRA_REPEATS; pass++) {
      msra.forEach(s -> training.add(s.training()));
    }
    List<NerCorpora.Labelled> ours = NerCorpora.annotatedStories(sources.annotations(), sources.stories(), false);
    for (int pass = 0; pass < OURS_REPEATS; pass++) {
      ours.forEach(s -> training.add(s.training()));
    }
    for (int pass = 0; pass < CORRECTION_REPEATS; pass++) {
      training.addAll(corrections);
    }
    progress.printf("training on %,d sentences, %d passes …%n", training.size(), settings.epochs());
    progress.flush();
    TaggerTraining.Trained trained = new TaggerTraining().train(training, settings, epoch -> {
      progress.printf("  pass %d of %d%n", epoch, settings.epochs());
      progress.flush();
    });
    if (model != null) {
      Path parent = model.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Path tmp = Files.createTempFile(parent, "tagger", ".tmp");
      try (OutputStream out = Files.newOutputStream(tmp)) {
        trained.write(out);
      }
      tmp.toFile().setReadable(true, false);
      Files.move(tmp, model, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
    return score(trained::tagger, sources, training.size(), trained.features());
  }

  /** Scores a tagger on the held-out parts, each in its corpus's style. */
  public static Report score(java.util.function.Function<LabelStyle, EntityTagger> tagger, Sources sources,
      int trainingSentences, int features) throws IOException {
    var cluener = TaggerScores.score(tagger.apply(LabelStyle.CLUENER), NerCorpora.cluener(sources.cluener(), true),
        CLUENER_KINDS, k -> k);
    var msra = TaggerScores.score(tagger.apply(LabelStyle.MSRA),
        NerCorpora.msra(sources.msraSentences(), sources.msraTags(), true), MSRA_KINDS, TaggerScores::msraKind);
    var stories = TaggerScores.score(tagger.apply(LabelStyle.OURS),
        NerCorpora.annotatedStories(sources.annotations(), sources.stories(), true), CLUENER_KINDS, k -> k);
    return new Report(cluener, msra, stories, trainingSentences, features);
  }

  /** The report as two Markdown tables. */
  public static void print(Report r, PrintWriter out) {
    if (r.trainingSentences() > 0) {
      out.printf("%,d training sentences, %,d features in the model%n%n", r.trainingSentences(), r.features());
    }
    table("CLUENER train, held-out tenth", r.cluener(), out);
    table("MSRA sample, held-out third", r.msra(), out);
    table("Our annotated news stories, held-out fifth", r.stories(), out);
    out.flush();
  }

  private static void table(String title, Map<EntityKind, TaggerScores.Counts> scores, PrintWriter out) {
    out.println(title);
    out.println("| kind | P | R | F1 |");
    out.println("| --- | --- | --- | --- |");
    scores.forEach((k, c) -> out.printf("| %s | %.1f | %.1f | %.1f |%n", k.name().toLowerCase(java.util.Locale.ROOT),
        c.precision(), c.recall(), c.f1()));
    out.printf("| macro | | | %.1f |%n%n", TaggerScores.macroF1(scores));
  }
}
