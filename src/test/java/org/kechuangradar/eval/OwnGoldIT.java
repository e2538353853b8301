package org.kechuangradar.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kechuangradar.app.Radar;
import org.kechuangradar.app.SharedPaths;
import org.kechuangradar.eval.GoldEvaluation;
import org.kechuangradar.eval.RecordScores;

/**
 * Our own gold files (src/test/resources/gold, one per sample article, each exercising rules the shared
 * articles do not) scored with the shared scorer and, for the domain records, with precision: every check but the
 * known misses must pass, and together they cover every kind of domain record.
 */
class OwnGoldIT {
  @Test
  void passesEveryCheckOfOurOwnGoldFiles() throws Exception {
    Path scorer = SharedPaths.shared().resolve("tools/score.py");
    List<GoldEvaluation.FileScore> scores = new GoldEvaluation(new Radar())
        .run(Path.of("src/test/resources/gold"), Path.of("samples"), scorer);
    assertTrue(scores.size() >= 10, "at least ten gold articles of our own");
    int checks = 0;
    java.util.Map<String, RecordScores.Counts> records = new java.util.LinkedHashMap<>();
    for (GoldEvaluation.FileScore s : scores) {
      checks += s.sections().values().stream().mapToInt(pt -> pt[1]).sum();
      RecordScores.add(records, s.records());
    }
    assertTrue(checks >= 250, "checks: " + checks);
    KnownMisses.assertNoNewFailures(scores);
    for (String type : RecordScores.TYPES) {
      assertTrue(records.get(type).gold() > 0, "no gold " + type);
    }
  }
}
