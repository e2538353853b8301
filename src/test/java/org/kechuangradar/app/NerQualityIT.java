package org.kechuangradar.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Floors under the sentence-level figures in docs/QUALITY.md, measured beside HanLP on the same sentences. */
class NerQualityIT {
  private final NerEvaluation evaluation = new NerEvaluation(new Radar());

  @Test
  void holdsTheClueNerFiguresAndBeatsHanlpOnEveryClassButNames() throws Exception {
    NerEvaluation.Result r = evaluation.cluener(SharedPaths.shared().resolve("data/cluener/train.json"), 100_000);
    assertTrue(r.ours().get("government").f1() >= 0.29, "government");
    assertTrue(r.ours().get("government").f1() > r.hanlp().get("government").f1(), "government beats HanLP");
    assertTrue(r.ours().get("company").f1() >= 0.28, "company");
    assertTrue(r.ours().get("company").f1() > r.hanlp().get("company").f1(), "company beats HanLP");
    assertTrue(r.ours().get("position").f1() >= 0.70, "position");
    assertTrue(r.ours().get("position").f1() > r.hanlp().get("position").f1(), "position beats HanLP");
    assertTrue(r.ours().get("address").f1() >= 0.26, "address");
    assertTrue(r.ours().get("address").f1() > r.hanlp().get("address").f1(), "address beats HanLP");
    assertTrue(r.ours().get("organization").f1() > r.hanlp().get("organization").f1(), "organization beats HanLP");
    assertTrue(r.ours().get("name").precision() >= 0.85, "names found are right");
  }

  @Test
  void holdsTheMsraFigures() throws Exception {
    NerEvaluation.Result r = evaluation.msra(SharedPaths.shared().resolve("data/msra_ner/val_sentences.txt"),
        SharedPaths.shared().resolve("data/msra_ner/val_tags.txt"), 100_000);
    assertTrue(r.ours().get("LOC").f1() >= 0.61, "LOC");
    assertTrue(r.ours().get("ORG").f1() >= 0.34, "ORG");
  }
}
