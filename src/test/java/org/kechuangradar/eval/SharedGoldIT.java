package org.kechuangradar.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kechuangradar.app.Radar;
import org.kechuangradar.app.SharedPaths;

/**
 * The shared gold, scored with the shared scorer, and our gold for the domain records of the same three
 * articles (src/test/resources/gold-domain).
 */
class SharedGoldIT {
  @Test
  void failsNoCheckOfTheSharedGoldBeyondTheKnownMisses() throws Exception {
    Path shared = SharedPaths.shared();
    java.util.List<GoldEvaluation.FileScore> scores = new GoldEvaluation(new Radar())
        .run(shared.resolve("gold"), shared.resolve("corpus"), shared.resolve("tools/score.py"));
    scores.forEach(s -> assertTrue(!s.sections().isEmpty(), s.file()));
    KnownMisses.assertNoNewFailures(scores);
  }

  @Test
  void holdsTheDomainRecordFiguresOnTheSharedArticles() throws Exception {
    Path shared = SharedPaths.shared();
    Map<String, RecordScores.Counts> records = new LinkedHashMap<>();
    java.util.List<GoldEvaluation.FileScore> scores = new GoldEvaluation(new Radar())
        .run(Path.of("src/test/resources/gold-domain"), shared.resolve("corpus"), shared.resolve("tools/score.py"));
    scores.forEach(s -> RecordScores.add(records, s.records()));
    for (String type : RecordScores.TYPES) {
      RecordScores.Counts c = records.get(type);
      assertTrue(c.precision() == 1.0, type + " precision " + c);
      assertTrue(c.recall() >= 0.8, type + " recall " + c);
    }
    KnownMisses.assertNoNewFailures(scores);
  }
}
