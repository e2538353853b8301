package org.kechuangradar.extract.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kechuangradar.model.Mention.Type.GOVERNMENT;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kechuangradar.model.Call;
import org.kechuangradar.model.Document;
import org.kechuangradar.testing.ByHand;

/** The call stage alone, with the issuing body filled in. */
class CallExtractorTest {
  private final CallExtractor stage = new CallExtractor();

  @Test
  void countsACallsProjectsByCategory() {
    Document d = ByHand.text("2025-06-04", "6月3日，江西省科学技术厅发布2025年度“揭榜挂帅”项目榜单，共10项，其中新材料类6项、电子信息类4项。");
    d = ByHand.entities(d, "江西省科学技术厅", GOVERNMENT);
    Call c = stage.process(d).extraction().domain().calls().get(0);
    assertEquals("揭榜挂帅", c.kind());
    assertEquals("江西省科学技术厅", c.issuer());
    assertEquals(10, c.projects().stream().mapToInt(Call.ProjectCount::count).sum());
  }

  @Test
  void keepsEverySpanInsideRandomText() {
    Random random = new Random(22);
    for (int i = 0; i < 200; i++) {
      ByHand.assertSpansInside(stage.process(ByHand.text("2025-01-01", ByHand.randomText(random, 1 + random.nextInt(200)))));
    }
  }
}
