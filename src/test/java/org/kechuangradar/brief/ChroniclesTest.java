package org.kechuangradar.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How a fact becomes a line: the dates its summary repeats go, the place comes first, sums read in 万 and 亿. */
class ChroniclesTest {
  @Test
  void aSummaryLosesTheDateTheLineGivesAndGainsItsPlace() {
    assertEquals("杭州市滨江智算中心获批", Chronicles.withoutDates("滨江智算中心于2023年5月获批", "杭州市"));
    assertEquals("杭州城西智算中心获批", Chronicles.withoutDates("杭州城西智算中心于2023年5月获批", "杭州市"));
    assertEquals("杭州市开工建设", Chronicles.withoutDates("同年8月开工建设", "杭州市"));
    assertEquals("武汉东湖新技术开发区启动建设计算中心", Chronicles.withoutDates("6月8日，武汉东湖新技术开发区启动建设计算中心", "武汉市"));
    assertEquals("细则施行", Chronicles.withoutDates("细则自3月1日起施行", null));
  }

  @Test
  void aLineSaysItsDayOrMonthFirst() {
    Chronicle.Line day = new Chronicle.Line("2023-06-08", "武汉启动建设计算中心", List.of());
    Chronicle.Line month = new Chronicle.Line("2023-05", "滨江智算中心获批。", List.of());
    assertEquals("6月8日，武汉启动建设计算中心。", ChronicleWriter.sentence(day));
    assertEquals("5月，滨江智算中心获批。", ChronicleWriter.sentence(month));
  }

  @Test
  void sumsReadInWanAndYi() {
    assertEquals("2亿元", Money.of(2e8, "元"));
    assertEquals("300万元", Money.of(3e6, "元"));
    assertEquals("1.5亿元", Money.of(1.5e8, "元"));
    assertEquals("30%", Money.of(30, "%"));
  }
}
