package org.kechuangradar.extract.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

  private List<Indicator> indicators(String published, String text) {
    return stage.process(new QuantityExtractor().process(ByHand.text(published, text))).extraction().domain().indicators();
  }

  @Test
  void takesADateOfMeasurementForNoGoal() {
    List<Indicator> all = indicators("2024-08-20", "截至2024年7月，经港珠澳大桥珠海公路口岸进出口货物总值达9021.9亿元人民币。");
    assertEquals(1, all.size(), all.toString());
    assertEquals(false, all.get(0).target());
    assertEquals(false, indicators("2025-10-12", "妇女平均预期寿命突破80岁。").get(0).target());
  }

  @Test
  void takesWhatWillBeForAGoal() {
    List<Indicator> all = indicators("2024-03-24", "江苏今年的设备更新需求将达到9000亿元。");
    assertEquals(9e11, all.get(0).value());
    assertTrue(all.get(0).target());
    List<Indicator> gas = indicators("2024-08-24", "二期项目全面投产后，气田年产量将从30亿立方米提升至45亿立方米。");
    Indicator last = gas.get(gas.size() - 1);
    assertEquals(4.5e9, last.value());
    assertEquals("气田年产量", last.metric());
    assertTrue(last.target());
  }

  @Test
  void handsAChangeTheMetricOfTheAmountBeforeIt() {
    List<Indicator> all = indicators("2024-01-30", "2023年，浙江省生产总值82553亿元、增长6%。");
    assertEquals(List.of("生产总值", "生产总值"), all.stream().map(Indicator::metric).toList());
    assertEquals(List.of(8.2553e12, 6.0), all.stream().map(Indicator::value).toList());
    List<Indicator> compared = indicators("2023-07-30", "上半年文化企业实现营业收入59357亿元，比上年同期增长7.3%。");
    assertEquals("yoy_growth", compared.get(1).basis());
    assertEquals("文化企业实现营业收入增长", compared.get(1).metric(), compared.toString());
  }

  @Test
  void givesEachFigureOfARespectiveListItsOwnSubject() {
    List<Indicator> all = indicators("2026-03-22", "国内、国际旅客运输量分别同比增长10.5%和15.6%。");
    assertEquals(2, all.size(), all.toString());
    assertTrue(all.get(0).metric().startsWith("国内"), all.toString());
    assertTrue(all.get(1).metric().startsWith("国际"), all.toString());
    assertEquals("yoy_growth", all.get(1).basis());
  }

  @Test
  void leavesTheYearOutOfTheMetricAndTakesNoComparisonForOne() {
    Document d = ByHand.text("2024-01-14", "胜利油田2023年原油产量超2345万吨。\n"
        + "调图后，全国铁路每日安排旅客列车11149列，较现图增加233列。");
    List<Indicator> all = stage.process(new QuantityExtractor().process(d)).extraction().domain().indicators();
    assertEquals(1, all.size(), all.toString());
    assertEquals("胜利油田原油产量", all.get(0).metric());
    assertEquals("2023", all.get(0).period());
    assertFalse(all.get(0).target());
  }

  @Test
  void readsWhatACountCountsAfterIt() {
    List<Indicator> all = indicators("2024-05-02", "目前，全省有3万多家科技型企业，各地已认定85家省级实验室、1200多家市级研发中心。");
    assertEquals(List.of("科技型企业", "省级实验室", "市级研发中心"), all.stream().map(Indicator::metric).toList());
    assertEquals(List.of(3e4, 85.0, 1200.0), all.stream().map(Indicator::value).toList());
    assertFalse(all.get(1).target());
    List<Indicator> projects = indicators("2024-03-01", "安徽省首批开工的450个项目已全部开工。今年，该市将新建12个孵化器和8个众创空间。");
    assertEquals(List.of("孵化器", "众创空间"), projects.stream().map(Indicator::metric).toList(), projects.toString());
    assertTrue(projects.get(0).target());
    assertTrue(projects.get(1).target());
    // A count of people who came, or of towns where people marched, is no indicator.
    assertTrue(indicators("2026-02-01", "各界代表约800人出席招待会。当天，该国超过100个城镇举行集会。").isEmpty());
  }

  @Test
  void takesAFutureWordEarlierInTheSentenceForAGoal() {
    List<Indicator> all = indicators("2025-07-02", "本月，各地计划举办招聘活动超80场，预计提供岗位超5万个。");
    assertEquals(2, all.size(), all.toString());
    assertTrue(all.get(0).target() && all.get(1).target(), all.toString());
    List<Indicator> done = indicators("2025-07-02", "全市计划新开工的210个重大项目已全部开工，总投资达900亿元。");
    assertFalse(done.stream().anyMatch(Indicator::target), done.toString());
  }

  @Test
  void cutsOnlyARealPlaceFromTheFrontOfAMetric() {
    Indicator i = indicators("2022-09-28", "法国超市食品价格8月同比上涨9.1%。").get(0);
    assertTrue(i.metric().contains("超市食品价格"), i.toString());
    assertEquals("工业增加值", indicators("2024-02-01", "江苏省工业增加值增长7%。").get(0).metric());
    // The length of one bridge describes it; it measures nothing.
    assertTrue(indicators("2025-01-04", "大桥全长约12公里，是省内最长的跨江通道。").isEmpty());
  }

  @Test
  void keepsOneIndicatorForAHeadlineFigureRepeatedInTheStory() {
    List<Indicator> all = indicators("2024-01-14", "全省春运旅客发送量将达到3000万人次\n记者获悉，今年春运期间，全省旅客发送量将达到3000万人次。");
    assertEquals(1, all.size(), all.toString());
  }

  @Test
  void takesADecreaseForAChangeAndAHalfYearForItsPeriod() {
    List<Indicator> all = indicators("2024-07-20", "今年上半年，全市规模以上工业能耗同比下降8.5%，森林覆盖率达到13.84%。\n"
        + "2020年以来，全省累计建成5G基站达到12万个。\n接待游客人数较往年增加12%。");
    assertEquals(4, all.size(), all.toString());
    assertEquals("yoy_growth", all.get(0).basis());
    assertEquals("2024-H1", all.get(0).period());
    assertEquals("level", all.get(1).basis());
    assertTrue(!"2020".equals(all.get(2).period()), all.get(2).toString());
    assertEquals("growth", all.get(3).basis());
    assertEquals("接待游客人数", all.get(3).metric());
  }
}
