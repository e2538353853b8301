package org.kechuangradar.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kechuangradar.model.Quantity;
import org.kechuangradar.testing.ByHand;

/** The amount stage alone, on clean text. */
class QuantityExtractorTest {
  private final QuantityExtractor stage = new QuantityExtractor();

  private List<Quantity> run(String text) {
    return stage.process(ByHand.text("2025-03-01", text)).extraction().quantities();
  }

  private static List<String> texts(List<Quantity> q) {
    return q.stream().map(x -> x.text() + "@" + x.start()).toList();
  }

  @Test
  void readsAmountsWithMultipliersUnitsAndSubjects() {
    List<Quantity> q = run("项目总投资达114亿元，新增企业4500家，增速达26.9%，服务超过1000万用户，设立三个中心。");
    assertEquals(List.of("114亿元@6", "4500家@16", "26.9%@25", "1000万@35", "三个@45"), texts(q));
    assertEquals(11_400_000_000.0, q.get(0).value());
    assertEquals("元", q.get(0).unit());
    assertEquals("项目总投资", q.get(0).subject());
    assertEquals(10_000_000.0, q.get(3).value());
    assertEquals(3.0, q.get(4).value());
  }

  @Test
  void takesAnyMeasureWordOfTheDictionaryAndApproximateAmounts() {
    List<Quantity> q = run("建成500多公里管网，吸纳21万多名工人，减产32万余吨，发电1952亿千瓦时，提高0.5个百分点，用时2.5小时，"
        + "约30个左右。");
    assertEquals(List.of("500多公里", "21万多名", "32万余吨", "1952亿千瓦时", "0.5个百分点", "2.5小时", "30个左右"),
        q.stream().map(Quantity::text).toList());
    assertEquals(List.of(500.0, 210_000.0, 320_000.0, 1.952e11, 0.5, 2.5, 30.0), q.stream().map(Quantity::value).toList());
    assertEquals("个百分点", q.get(4).unit());
  }

  @Test
  void leavesDatesOrdinalsAndWordsOfTheirOwnOut() {
    assertEquals(List.of(), texts(run("2024年12月18日，第二批项目公布，十分重要，一样推进。")));
  }

  @Test
  void countsNoWordThatIsMostlyNoMeasureWordAndNoSession() {
    assertEquals(List.of(), texts(run("两国元首出席仪式，王五出席会议，党的二十届三中全会召开。")));
    assertEquals(List.of("300人次@2", "8000列@14", "两所@22"), texts(run("接待300人次以上，开行班列8000列，新建两所学校。")));
  }

  @Test
  void leavesWhatAnAmountIsComparedWithOutOfItsSubject() {
    List<Quantity> q = run("一季度，全省港口货物吞吐量同比增长7.5%，居民消费价格比上月下降0.2%，工业用电量较上年同期增长9%。");
    assertEquals(List.of("全省港口货物吞吐量", "居民消费价格", "工业用电量"), q.stream().map(Quantity::subject).toList());
  }

  @Test
  void startsASubjectCutByItsLengthAtAWordOfItsOwn() {
    List<Quantity> q = run("在粤港澳大湾区国际科技创新中心建设带动下新增企业120家。");
    assertEquals("科技创新中心建设带动下新增企业", q.get(0).subject());
  }

  @Test
  void readsAMagnitudeWrittenWithoutDigitsBeforeAUnit() {
    List<Quantity> q = run("新能源汽车年产量突破千万辆，港口吞吐量迈上百万标箱台阶，新增装机百万千瓦，利率下调25个基点。");
    assertEquals(List.of("千万辆", "百万标箱", "百万千瓦", "25个基点"), q.stream().map(Quantity::text).toList());
    assertEquals(List.of(1e7, 1e6, 1e6, 25.0), q.stream().map(Quantity::value).toList());
    assertEquals(List.of("辆", "标箱", "千瓦", "个基点"), q.stream().map(Quantity::unit).toList());
    assertEquals("新能源汽车年产量", q.get(0).subject());
  }

  @Test
  void readsACountOfTenthsAsAShare() {
    List<Quantity> q = run("民营企业占比超过两成，九成以上农户参保，三成员国表态，一成不变。");
    assertEquals(List.of("两成", "九成"), q.stream().map(Quantity::text).toList());
    assertEquals(List.of(20.0, 90.0), q.stream().map(Quantity::value).toList());
  }

  @Test
  void takesNoSizeClassAndNoFigureOfSpeechForAnAmount() {
    assertEquals(List.of(), texts(run("建设百万平方米级园区，服务走进千万家庭，千万不要大意。")));
  }

  @Test
  void givesEachAmountOfAListAfter分别ItsOwnSubject() {
    List<Quantity> q = run("一季度，社会消费品零售总额、固定资产投资、出口分别增长5.5%、3.0%和6.1%。");
    assertEquals(List.of("社会消费品零售总额", "固定资产投资", "出口"), q.stream().map(Quantity::subject).toList());
    q = run("全年进口和出口分别为3.2万亿元、2.1万亿元，同比增长4%。");
    assertEquals(java.util.Arrays.asList("全年进口", "出口", null), q.stream().map(Quantity::subject).toList());
  }

  @Test
  void keepsTheWordsBefore分别WhenTheItemsDoNotPairOff() {
    List<Quantity> q = run("与去年相比，日均分别增长16.5%、8.3%、20%。");
    assertEquals(List.of("日均", "日均", "日均"), q.stream().map(Quantity::subject).toList());
  }

  @Test
  void keepsEverySpanInsideRandomText() {
    Random random = new Random(16);
    for (int i = 0; i < 200; i++) {
      ByHand.assertSpansInside(stage.process(ByHand.text(null, ByHand.randomText(random, 1 + random.nextInt(200)))));
    }
  }

  @Test
  void givesANounPhraseForASubjectOrNone() {
    List<Quantity> q = run("2024年向农户发放补贴3亿元。如今已达500家，订单数量也从不到20万件增至90万件，最快不到3小时。");
    assertEquals(List.of("3亿元", "500家", "20万件", "90万件", "3小时"), q.stream().map(Quantity::text).toList());
    assertEquals(null, q.get(1).subject());
    assertEquals("订单数量", q.get(2).subject());
    assertEquals(null, q.get(4).subject());
  }

  @Test
  void takesNoSloganIdiomOrClockTimeForAnAmountAndReadsFractionsAsShares() {
    assertEquals(List.of(), texts(run("增强“四个意识”、坚定“五个认同”，这两天，17时30分出发。")));
    List<Quantity> q = run("新能源汽车占全球销量的三分之一，出口增长8%。");
    assertEquals(List.of("三分之一", "8%"), q.stream().map(Quantity::text).toList());
    assertEquals(33.33, q.get(0).value());
    assertEquals("%", q.get(0).unit());
  }
}
