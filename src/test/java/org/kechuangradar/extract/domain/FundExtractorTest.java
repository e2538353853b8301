package org.kechuangradar.extract.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kechuangradar.model.Mention.Type.GOVERNMENT;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kechuangradar.extract.QuantityExtractor;
import org.kechuangradar.model.Document;
import org.kechuangradar.model.Fund;
import org.kechuangradar.testing.ByHand;

/** The fund stage alone, with the body and the amounts of its sentence filled in. */
class FundExtractorTest {
  private final FundExtractor stage = new FundExtractor();

  @Test
  void readsAFundsSizeStructureAndSponsorButNotTheInvestmentItDrawsIn() {
    Document d = ByHand.text("2025-03-01", "南昌市人民政府设立总规模50亿元的“1+N”产业投资基金，力争带动社会投资超过200亿元。");
    d = new QuantityExtractor().process(ByHand.entities(d, "南昌市人民政府", GOVERNMENT));
    Fund f = stage.process(d).extraction().domain().funds().get(0);
    assertEquals("1+N", f.structure());
    assertEquals(5e9, f.size().value());
    assertEquals("南昌市人民政府", f.sponsor());
  }

  @Test
  void takesAFundKindAloneForNoFund() {
    Document d = ByHand.text("2025-03-01", "要发挥政府投资基金和产业基金的作用。");
    assertEquals(List.of(), stage.process(d).extraction().domain().funds());
  }

  @Test
  void keepsEverySpanInsideRandomText() {
    Random random = new Random(21);
    for (int i = 0; i < 200; i++) {
      ByHand.assertSpansInside(stage.process(ByHand.text("2025-01-01", ByHand.randomText(random, 1 + random.nextInt(200)))));
    }
  }
}
