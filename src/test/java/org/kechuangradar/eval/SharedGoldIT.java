package org.kechuangradar.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kechuangradar.app.Radar;
import org.kechuangradar.app.SharedPaths;
import org.kechuangradar.eval.GoldEvaluation;
import org.kechuangradar.eval.RecordScores;

/**
 * The shared gold, scored with the shared scorer, and our gold for the domain records of the same three
 * articles (src/test/resources/gold-domain).
 */
class SharedGoldIT {
  @Test
  void passesEveryCheckOfTheSharedGold() throws Exception {
    Path shared = SharedPaths.shared();
    for (GoldEvaluation.FileScore s : new GoldEvaluation(new Radar())
        .run(shared.resolve("gold"), shared.resolve("corpus"), shared.resolve("tools/score.py"))) {
      org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), s.failures(), s.file());
      assertTrue(!s.sections().isEmpty(), s.file());
    }
  }

  @Test
  void holdsTheDomainRecordFiguresOnTheSharedArticles() throws Exception {
    Path shared = SharedPaths.shared();
    Map<String, RecordScores.Counts> records = new LinkedHashMap<>();
    for (GoldEvaluation.FileScore s : new GoldEvaluation(new Radar())
        .run(Path.of("src/test/resources/gold-domain"), shared.resolve("corpus"), shared.resolve("tools/score.py"))) {
      RecordScores.add(records, s.records());
    }
    for (String type : RecordScores.TYPES) {
      RecordScores.Counts c = records.get(type);
      assertTrue(c.precision() == 1.0, type + " precision " + c);
      assertTrue(c.recall() >= (type.equals("indicators") ? 0.85 : 1.0), type + " recall " + c);
    }
  }
}
