package org.kechuangradar.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.kechuangradar.app.Radar;
import org.kechuangradar.app.SharedPaths;
import org.kechuangradar.eval.HtmlEvaluation;

/** Floors under the HTML extraction figures in docs/QUALITY.md, so that a regression fails the build. */
class HtmlQualityIT {
  private final HtmlEvaluation evaluation = new HtmlEvaluation(new Radar());

  @Test
  void extractsHandLabelledPagesWithHighCharacterF1() throws Exception {
    HtmlEvaluation.Result r = evaluation.evaluate(SharedPaths.shared().resolve("data/news_html_cwced"));
    assertEquals(35, r.pages());
    assertTrue(r.extracted() >= 34, r.toString());
    assertTrue(r.meanContentF1() >= 0.88, r.toString());
    assertTrue(r.datesCorrect() >= 24, r.toString());
    assertTrue(r.authorsCorrect() >= 14, r.toString());
  }

  @Test
  void agreesWithTheReferenceExtractorOnNewsPages() throws Exception {
    HtmlEvaluation.Result r = evaluation.evaluate(SharedPaths.shared().resolve("data/news_html_gne"));
    assertEquals(30, r.extracted(), r.toString());
    assertTrue(r.meanContentF1() >= 0.97, r.toString());
    assertEquals(r.datesLabelled(), r.datesCorrect(), r.toString());
  }

  @Test
  void scoresCharactersAsMultisets() {
    double[] prf = HtmlEvaluation.charPrf("科技创新", "科技创新推动");
    assertEquals(1.0, prf[0], 1e-9);
    assertEquals(4 / 6.0, prf[1], 1e-9);
    assertTrue(HtmlEvaluation.sameDate("2005-05-07T21:23:57", "2005-5-7 21:23:57"));
    assertTrue(HtmlEvaluation.sameDate("1996-03", "1996-3"));
  }
}
