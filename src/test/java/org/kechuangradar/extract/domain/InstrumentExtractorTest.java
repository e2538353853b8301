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
  void takesMoneySetAsideByAMeasureAsAFundInstrument() {
    Document d = ByHand.text("2025-03-01", "南昌市今年将安排专项资金5000万元，支持企业开展关键技术攻关。");
    List<Instrument> all = stage.process(before(d)).extraction().domain().instruments();
    assertEquals(1, all.size(), all.toString());
    assertEquals(InstrumentKind.FUND, all.get(0).kind());
    assertEquals(5e7, all.get(0).amount().value());
  }

  @Test
  void keepsEverySpanInsideRandomText() {
    Random random = new Random(23);
    for (int i = 0; i < 200; i++) {
      ByHand.assertSpansInside(stage.process(ByHand.text("2025-01-01", ByHand.randomText(random, 1 + random.nextInt(200)))));
    }
  }
}
