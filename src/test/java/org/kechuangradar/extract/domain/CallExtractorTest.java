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

  private java.util.List<Call> calls(String text) {
    return stage.process(ByHand.text("2025-06-04", text)).extraction().domain().calls();
  }

  @Test
  void readsWhatIsSolicitedWithItsCountBeforeOrAfterIt() {
    java.util.List<Call> c = calls("国家正加快构建算力产业生态，征集算力应用创新项目已超过5000个。"
        + "《方案》提出，遴选不少于100个平台资源开放场景试点项目。");
    assertEquals(java.util.List.of("算力应用创新项目", "平台资源开放场景试点项目"), c.stream().map(Call::name).toList());
    assertEquals(java.util.List.of(5000, 100), c.stream().map(x -> x.projects().get(0).count()).toList());
  }

  @Test
  void countsTheEntriesACompetitionDrew() {
    java.util.List<Call> c = calls("其中，创业大赛共吸引124个国家和地区的7406个创业项目、9700名创业人才参赛。");
    assertEquals(1, c.size(), c.toString());
    assertEquals("创业大赛", c.get(0).name());
    assertEquals("competition", c.get(0).kind());
    assertEquals(7406, c.get(0).projects().get(0).count());
  }

  /** A consultation on a draft (征集意见) and a mechanism named as a way of working are no calls. */
  @Test
  void takesNoConsultationAndNoMechanismForACall() {
    assertEquals(java.util.List.of(), calls("市发展改革委公开征集社会各界意见，征集项目建议。南京将通过“揭榜挂帅”方式组织攻关。"));
  }

  @Test
  void keepsEverySpanInsideRandomText() {
    Random random = new Random(22);
    for (int i = 0; i < 200; i++) {
      ByHand.assertSpansInside(stage.process(ByHand.text("2025-01-01", ByHand.randomText(random, 1 + random.nextInt(200)))));
    }
  }
}
