package org.kechuangradar.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kechuangradar.extract.ConfidenceCalibration;

/** The calibration fit on judged facts made up here: it rises, pools a dip, and reads back as written. */
class ConfidenceFittingTest {
  /** {@code n} facts of a type at one raw confidence, the first {@code right} of them right, one story each. */
  private static List<ConfidenceFitting.Judged> facts(String type, double raw, int n, int right) {
    List<ConfidenceFitting.Judged> out = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      out.add(new ConfidenceFitting.Judged(type, type + raw + "-" + k, raw, k < right));
    }
    return out;
  }

  private static List<ConfidenceFitting.Judged> all(List<List<ConfidenceFitting.Judged>> parts) {
    return parts.stream().flatMap(List::stream).toList();
  }

  @Test
  void mapsRawConfidenceToTheShareOfFactsRightAndKeepsItRising() {
    List<ConfidenceFitting.Judged> facts = all(List.of(facts("events", 0.2, 20, 20), facts("events", 0.5, 20, 5),
        facts("events", 0.8, 40, 36)));
    ConfidenceCalibration c = new ConfidenceCalibration(ConfidenceFitting.fit(facts));
    // The block at 0.5 falls below the one at 0.2 and is pooled with it: the curve starts with 25 of 40 right (shrunk a
    // little) at their mean raw confidence, 0.35, and is flat before.
    assertEquals(c.calibrated("events", 0.2), c.calibrated("events", 0.35));
    assertTrue(Math.abs(c.calibrated("events", 0.35) - 25.0 / 40) < 0.03, "" + c.calibrated("events", 0.35));
    assertTrue(Math.abs(c.calibrated("events", 0.8) - 0.9) < 0.02, "" + c.calibrated("events", 0.8));
    double between = c.calibrated("events", 0.5);
    assertTrue(between > c.calibrated("events", 0.35) && between < c.calibrated("events", 0.8), "straight between");
  }

  @Test
  void shrinksASmallTypeTowardTheShareOfAllFactsAndLeavesATypeWithoutFactsRaw() {
    List<ConfidenceFitting.Judged> facts = all(List.of(facts("indicators", 0.5, 96, 48), facts("calls", 0.9, 2, 2)));
    ConfidenceCalibration c = new ConfidenceCalibration(ConfidenceFitting.fit(facts));
    assertTrue(c.calibrated("calls", 0.9) < 0.9, "two calls right do not make every call right");
    assertEquals(0.37, c.calibrated("funds", 0.37));
  }

  @Test
  void writesCurvesThatReadBackAsFitted() {
    List<ConfidenceFitting.Judged> facts = all(List.of(facts("people", 0.3, 15, 12), facts("people", 0.7, 15, 15)));
    Map<String, ConfidenceCalibration.Curve> curves = ConfidenceFitting.fit(facts);
    List<String[]> rows = Arrays.stream(ConfidenceFitting.tsv(curves, facts, List.of(Path.of("tune"))).split("\n"))
        .filter(l -> !l.startsWith("#")).map(l -> l.split("\t")).toList();
    assertEquals(curves, ConfidenceCalibration.read(rows));
  }
}
