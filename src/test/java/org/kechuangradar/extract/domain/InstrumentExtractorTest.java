package org.kechuangradar.extract.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kechuangradar.model.Mention.Type.PERSON;
import static org.kechuangradar.model.Mention.Type.POSITION;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kechuangradar.extract.PolicyExtractor;
import org.kechuangradar.extract.QuantityExtractor;
import org.kechuangradar.model.Document;
import org.kechuangradar.model.Instrument;
import org.kechuangradar.model.InstrumentKind;
import org.kechuangradar.model.Mention;
import org.kechuangradar.model.Region;
import org.kechuangradar.model.RegionLevel;
import org.kechuangradar.recognize.person.PersonExtractor;
import org.kechuangradar.testing.ByHand;

/** The instrument stage alone, with the policies, amounts and proposals before it filled in. */
class InstrumentExtractorTest {
  private final InstrumentExtractor stage = new InstrumentExtractor();

  private static Document before(Document d) {
    return new ProposalExtractor().process(new PolicyExtractor().process(new QuantityExtractor().process(d)));
  }

  @Test
  void readsAnInstrumentsCapFromTheNextClauseAndSkipsWhatIsOnlyProposed() {
    Document d = ByHand.text("2025-03-01", "《南昌市模型券实施办法》明确，对购买大模型服务的中小企业发放模型券，单个企业每年最高可获50万元。\n"
        + "全国人大代表、某集团董事长王立新建议，设立数据券，支持中小企业采购数据。");
    d = new PersonExtractor().process(ByHand.names(d, "全国人大代表", POSITION, "董事长", POSITION, "王立新", PERSON));
    List<Instrument> all = stage.process(before(d)).extraction().domain().instruments();
    assertEquals(1, all.size(), all.toString());
    assertEquals(InstrumentKind.VOUCHER, all.get(0).kind());
    assertEquals(5e5, all.get(0).amount().cap());
    assertEquals("南昌市模型券实施办法", all.get(0).policy());
  }

  @Test
  void namesWhomAMeasureIsForAndPinsANationalMeasureToNoRegion() {
    Document d = ByHand.regions(ByHand.entities(ByHand.text("2025-03-01",
        "财政部下达资金，在全国范围内为小微企业提供贷款贴息，广东等地同步实施。"), "广东=广东省", Mention.Type.REGION),
        new Region("广东省", "440000", RegionLevel.PROVINCE, null, 1, 1));
    List<Instrument> all = stage.process(before(d)).extraction().domain().instruments();
    Instrument subsidy = all.stream().filter(i -> i.name().contains("贴息")).findFirst().orElseThrow(() -> new AssertionError(all.toString()));
    assertEquals("小微企业", subsidy.target());
    assertEquals(null, subsidy.region());
  }

  @Test
  void aMeasureWithNoPlaceOfItsOwnIsOfTheOneRegionItsParagraphNamesBefore() {
    String one = "方案提出，嘉兴将建设公共算力平台。对采购本地算力的小微企业，发放“算力券”，每家最高补贴80万元。";
    String two = "嘉兴和湖州将共建算力平台。对采购本地算力的小微企业，发放“算力券”，每家最高补贴80万元。";
    assertEquals("嘉兴市", voucherIn(one, "嘉兴=嘉兴市", Mention.Type.REGION).region());
    assertEquals(null, voucherIn(two, "嘉兴=嘉兴市", Mention.Type.REGION, "湖州=湖州市", Mention.Type.REGION).region());
  }

  private Instrument voucherIn(String text, Object... regions) {
    Document d = ByHand.entities(ByHand.text("2025-03-01", text), regions);
    List<Instrument> all = stage.process(before(d)).extraction().domain().instruments();
    return all.stream().filter(i -> i.kind() == InstrumentKind.VOUCHER).findFirst()
        .orElseThrow(() -> new AssertionError(all.toString()));
  }

  @Test
  void takesMoneySetAsideByAMeasureAsAFundInstrument() {
    Document d = ByHand.text("2025-03-01", "南昌市今年将安排专项资金5000万元，支持企业开展关键技术攻关。");
    List<Instrument> all = stage.process(before(d)).extraction().domain().instruments();
    assertEquals(1, all.size(), all.toString());
    assertEquals(InstrumentKind.FUND, all.get(0).kind());
    assertEquals(5e7, all.get(0).amount().value());
  }

  private List<Instrument> instruments(String text) {
    return stage.process(before(ByHand.text("2025-03-01", text))).extraction().domain().instruments();
  }

  private static List<String> kindsAndNames(List<Instrument> all) {
    return all.stream().map(i -> i.kind().name() + ":" + i.name()).toList();
  }

  @Test
  void namesAnInstrumentAsWrittenFromAfterTheVerbThatTakesIt() {
    assertEquals(List.of("SUBSIDY:农机购置与应用补贴", "TAX:RCEP其他成员国关税优惠", "TAX:税费优惠政策", "VOUCHER:模型券"),
        kindsAndNames(instruments("明年将提高农机购置与应用补贴额度。符合条件的外贸企业可享受RCEP其他成员国关税优惠。"
            + "税务部门延续优化完善77项税费优惠政策。深圳将发放“模型券”。")));
  }

  @Test
  void readsTaxReliefAndMoneyHandedDownButNoDutyFreeGoods() {
    List<Instrument> all = instruments("财政部下达中央财政水利救灾资金1.74亿元，支持受灾地区抗旱。"
        + "海南离岛免税购物金额48.6亿元。广州口岸免税商店销售免税品货值超10亿元。");
    assertEquals(List.of("SUBSIDY:中央财政水利救灾资金", "TAX:海南离岛免税"), kindsAndNames(all));
    assertEquals(1.74e8, all.get(0).amount().value());
  }

  @Test
  void takesNoBareSubsidyWithoutTermsAndNoMeetingName() {
    assertEquals(List.of(), kindsAndNames(instruments("各地市还结合本地产业进一步扩大补贴范围。"
        + "从全国科技大会到国家科学技术奖励大会，总书记多次谈到科技创新。")));
    assertEquals(List.of("SUBSIDY:奖补"), kindsAndNames(instruments("财政部将按一定比例予以奖补，奖补比例为40%。")));
  }

  @Test
  void mergesMentionsOfOneInstrumentUnderItsLongestName() {
    List<Instrument> all = instruments("江苏已出台制造业贷款财政贴息政策，第一批省级贴息贷款总规模达到300亿元。"
        + "推动消费品以旧换新。以旧换新带动销量增长。");
    assertEquals(List.of("SUBSIDY:制造业贷款财政贴息政策", "SUBSIDY:消费品以旧换新"), kindsAndNames(all));
    assertEquals(3e10, all.get(0).amount().value());
  }

  @Test
  void keepsEverySpanInsideRandomText() {
    Random random = new Random(23);
    for (int i = 0; i < 200; i++) {
      ByHand.assertSpansInside(stage.process(ByHand.text("2025-01-01", ByHand.randomText(random, 1 + random.nextInt(200)))));
    }
  }
}
