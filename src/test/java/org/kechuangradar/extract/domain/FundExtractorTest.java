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
  void takesNoInsurancePoolOrGrantSourceForAFund() {
    Document d = ByHand.text("2025-01-10", "今年1—11月，基本医疗保险基金总收入29362.15亿元，其中职工基本医疗保险基金收入20498.98亿元。");
    assertEquals(List.of(), stage.process(new QuantityExtractor().process(d)).extraction().domain().funds());
    Document grant = ByHand.text("2025-01-10", "该研究获得国家自然科学基金资助。");
    assertEquals(List.of(), stage.process(grant).extraction().domain().funds());
  }

  @Test
  void takesANamedFundThatIsSetUp() {
    Document d = ByHand.text("2025-01-10", "合肥市设立规模100亿元的合肥未来产业科技基金。");
    Fund f = stage.process(new QuantityExtractor().process(d)).extraction().domain().funds().get(0);
    assertEquals("合肥未来产业科技基金", f.name());
    assertEquals(1e10, f.size().value());
  }

  @Test
  void keepsEverySpanInsideRandomText() {
    Random random = new Random(21);
    for (int i = 0; i < 200; i++) {
      ByHand.assertSpansInside(stage.process(ByHand.text("2025-01-01", ByHand.randomText(random, 1 + random.nextInt(200)))));
    }
  }
}
