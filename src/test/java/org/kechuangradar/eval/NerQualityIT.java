package org.kechuangradar.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.kechuangradar.app.Radar;
import org.kechuangradar.app.SharedPaths;

/** Floors under the sentence-level figures in docs/QUALITY.md, measured beside HanLP on the same sentences. */
class NerQualityIT {
  private final NerEvaluation evaluation = new NerEvaluation(new Radar());

  @Test
  void holdsTheClueNerFiguresAndBeatsHanlpOnEveryClass() throws Exception {
    NerEvaluation.Result r = evaluation.cluener(SharedPaths.shared().resolve("data/cluener/train.json"), 100_000);
    assertAbove(r, "name", 0.54);
    assertAbove(r, "government", 0.45);
    assertAbove(r, "company", 0.28);
    assertAbove(r, "position", 0.70);
    assertAbove(r, "address", 0.27);
    assertAbove(r, "organization", 0.095);
    assertTrue(r.ours().get("name").precision() >= 0.70, "names found are mostly right");
  }

  @Test
  void holdsTheMsraFiguresAndBeatsHanlpOnEveryClass() throws Exception {
    NerEvaluation.Result r = evaluation.msra(SharedPaths.shared().resolve("data/msra_ner/val_sentences.txt"),
        SharedPaths.shared().resolve("data/msra_ner/val_tags.txt"), 100_000);
    assertAbove(r, "PER", 0.68);
    assertAbove(r, "LOC", 0.71);
    assertAbove(r, "ORG", 0.51);
  }

  private static void assertAbove(NerEvaluation.Result r, String cls, double floor) {
    double ours = r.ours().get(cls).f1();
    assertTrue(ours >= floor, cls + " F1 " + ours + " under " + floor);
    assertTrue(ours > r.hanlp().get(cls).f1(), cls + " F1 " + ours + " not above HanLP's " + r.hanlp().get(cls).f1());
  }
}
