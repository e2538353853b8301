package org.kechuangradar.extract.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kechuangradar.model.Document;
import org.kechuangradar.model.Facility;
import org.kechuangradar.testing.ByHand;

/** The facility stage alone, on clean text. */
class FacilityExtractorTest {
  private final FacilityExtractor stage = new FacilityExtractor();

  @Test
  void datesAFacilitysStagesAndLeavesStagesStillToCome() {
    Document d = ByHand.text("2025-01-17", "滨江智算中心于2023年5月获批，同年8月开工建设，去年12月通过验收。\n"
        + "该中心预计今年年底前建成投运，已有20家企业入驻。");
    Facility f = stage.process(d).extraction().domain().facilities().get(0);
    assertEquals("滨江智算中心", f.name());
    assertEquals("compute", f.kind());
    List<String> stages = f.stages().stream().map(st -> st.stage().code() + "@" + st.date()).toList();
    assertTrue(stages.containsAll(List.of("approved@2023-05", "started@2023-08", "accepted@2024-12")), stages.toString());
    assertFalse(stages.stream().anyMatch(st -> st.startsWith("built") || st.startsWith("opened")), stages.toString());
  }

  @Test
  void takesNoKindAloneForAFacility() {
    Document d = ByHand.text("2025-01-17", "全国重点实验室和国家实验室建设加快，未来产业集群不断壮大。");
    assertEquals(List.of(), stage.process(d).extraction().domain().facilities());
  }

  @Test
  void keepsEverySpanInsideRandomText() {
    Random random = new Random(20);
    for (int i = 0; i < 200; i++) {
      ByHand.assertSpansInside(stage.process(ByHand.text("2025-01-01", ByHand.randomText(random, 1 + random.nextInt(200)))));
    }
  }
}
