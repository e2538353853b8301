package org.kechuangradar.extract.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kechuangradar.extract.QuantityExtractor;
import org.kechuangradar.model.Document;
import org.kechuangradar.model.Indicator;
import org.kechuangradar.testing.ByHand;

/** The indicator stage alone, on the amounts the quantity stage read. */
class IndicatorExtractorTest {
  private final IndicatorExtractor stage = new IndicatorExtractor();

  @Test
  void readsIndicatorsWithTheirBasisAndTargetsWithTheirYear() {
    Document d = ByHand.text("2025-08-20", "今年7月，全省集成电路、光伏组件行业增加值同比分别增长18.2%和9.5%。\n"
        + "方案提出，到2027年，全省数字经济核心产业增加值占地区生产总值比重达到12%。");
    List<Indicator> all = stage.process(new QuantityExtractor().process(d)).extraction().domain().indicators();
    assertEquals(3, all.size(), all.toString());
    assertEquals("集成电路行业增加值", all.get(0).metric());
    assertEquals("yoy_growth", all.get(0).basis());
    assertEquals("光伏组件行业增加值", all.get(1).metric());
    assertEquals(9.5, all.get(1).value());
    assertTrue(all.get(2).target());
    assertEquals("2027", all.get(2).period());
    assertEquals("share", all.get(2).basis());
  }

  @Test
  void keepsEverySpanInsideRandomText() {
    Random random = new Random(24);
    for (int i = 0; i < 200; i++) {
      ByHand.assertSpansInside(stage.process(new QuantityExtractor().process(
          ByHand.text("2025-01-01", ByHand.randomText(random, 1 + random.nextInt(200))))));
    }
  }
}
