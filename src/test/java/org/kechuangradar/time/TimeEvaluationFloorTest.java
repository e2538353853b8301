package org.kechuangradar.time;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.kechuangradar.eval.TimeEvaluation;

/** The shared JioNLP cases (read at run time, not copied here) stay above the floor the grammar reached. */
class TimeEvaluationFloorTest {
  private static final Path CASES = Path.of("../shared/data/time_normalization/jionlp_time_parser_cases.jsonl");

  @Test
  void staysAboveTheFloor() throws Exception {
    assumeTrue(Files.exists(CASES), "the shared case file is not here");
    TimeEvaluation.Result r = new TimeEvaluation().run(CASES, Convention.JIONLP);
    assertTrue(r.groups().get(0).share() >= 0.90, "points and spans " + r.groups().get(0).share());
    assertTrue(r.groups().get(1).share() >= 0.85, "deltas " + r.groups().get(1).share());
    assertTrue(r.groups().get(2).share() >= 0.85, "periods " + r.groups().get(2).share());
  }
}
