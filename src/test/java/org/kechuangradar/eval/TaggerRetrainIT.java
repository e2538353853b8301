package org.kechuangradar.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kechuangradar.app.SharedPaths;
import org.kechuangradar.recognize.tagger.EntityTagger;
import org.kechuangradar.recognize.tagger.TaggerTraining;

/**
 * {@code radar train} on the project's own data builds the model the jar ships, byte for byte, and that model holds
 * the held-out figures docs/QUALITY.md gives.
 */
class TaggerRetrainIT {
  @Test
  void retrainingGivesTheShippedModelAndItsScores(@TempDir Path dir) throws Exception {
    Path shared = SharedPaths.shared();
    TaggerFitting.Sources sources = new TaggerFitting.Sources(shared, Path.of("training/xwlb-entities.jsonl"));
    assumeTrue(sources.missing() == null, "training data not found: " + sources.missing());
    Path model = dir.resolve("entity-tagger.bin");
    StringWriter progress = new StringWriter();
    TaggerFitting.Report report = TaggerFitting.fit(sources, TaggerTraining.Settings.DEFAULT, model,
        new PrintWriter(progress));
    byte[] shipped;
    try (InputStream in = EntityTagger.class.getResourceAsStream(EntityTagger.MODEL)) {
      shipped = in.readAllBytes();
    }
    assertArrayEquals(shipped, Files.readAllBytes(model), "the shipped model is not what radar train builds");
    assertTrue(TaggerScores.macroF1(report.cluener()) >= 72.0, report.cluener().toString());
    assertTrue(TaggerScores.macroF1(report.msra()) >= 80.0, report.msra().toString());
    assertTrue(TaggerScores.macroF1(report.stories()) >= 80.0, report.stories().toString());
  }
}
