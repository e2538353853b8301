package org.kechuangradar.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.kechuangradar.model.Mention.Type.GOVERNMENT;
import static org.kechuangradar.model.Mention.Type.POLICY;
import static org.kechuangradar.model.Mention.Type.REGION;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kechuangradar.model.Document;
import org.kechuangradar.model.Policy;
import org.kechuangradar.model.PolicyStatus;
import org.kechuangradar.testing.ByHand;

/** The policy stage alone, with the bodies and regions of the text filled in by hand. */
class PolicyExtractorTest {
  private final PolicyExtractor stage = new PolicyExtractor();

  @Test
  void tellsPoliciesFromArticleTitlesAndReadsTheirFacts() {
    Document d = ByHand.text("2025-08-20", "今年3月，合肥市人民政府印发《合肥市量子科技产业发展行动方案（2025—2027年）》。\n"
        + "此前，本报曾刊发《抢占未来产业》和《合肥发布量子方案：打造量子名城》两篇报道。\n"
        + "7月31日，国务院常务会议审议通过《关于推进低空经济发展的意见》。");
    d = ByHand.entities(d, "合肥市=合肥市", REGION, "合肥市人民政府", GOVERNMENT, "国务院", GOVERNMENT);
    d = stage.process(d);
    List<Policy> policies = d.extraction().policies();
    assertEquals(2, policies.size(), policies.toString());
    Policy hefei = policies.get(0);
    assertEquals("行动方案", hefei.kind());
    assertEquals(List.of("合肥市人民政府"), hefei.issuers());
    assertEquals("2025-03", hefei.date());
    assertEquals("合肥市", hefei.region());
    assertEquals(new Policy.Period(2025, 2027), hefei.period());
    assertEquals(PolicyStatus.ISSUED, hefei.status());
    assertEquals(List.of("量子科技"), hefei.topics());
    Policy national = policies.get(1);
    assertEquals(List.of("国务院"), national.issuers());
    assertEquals("2025-07-31", national.date());
    assertNull(national.region());
    assertEquals(PolicyStatus.ADOPTED, national.status());
    assertEquals(List.of("合肥市量子科技产业发展行动方案（2025—2027年）@15", "关于推进低空经济发展的意见@103"),
        d.extraction().entities().stream().filter(m -> m.type() == POLICY).map(m -> m.text() + "@" + m.start()).toList());
  }

  @Test
  void keepsEverySpanInsideRandomText() {
    Random random = new Random(17);
    for (int i = 0; i < 200; i++) {
      ByHand.assertSpansInside(stage.process(ByHand.text("2025-01-01", ByHand.randomText(random, 1 + random.nextInt(200)))));
    }
  }

  @Test
  void aWorkTheWordsAroundNameIsNoPolicyEvenWithAPolicyHead() {
    Document d = ByHand.text("2025-10-12", "《求是》杂志发表署名文章《关于加快建设科技强国的行动纲领》。\n"
        + "六集纪录片《大国工匠培育计划》今晚播出。\n电视剧《山海情深的约定》在央视播出。\n"
        + "该社出版《新时代产业政策汇编指南》一书。\n10月11日，国务院印发《关于深化科技体制改革的实施方案》。");
    List<Policy> policies = stage.process(d).extraction().policies();
    assertEquals(List.of("关于深化科技体制改革的实施方案"), policies.stream().map(Policy::title).toList());
  }

  @Test
  void treatiesAndChartersArePolicies() {
    Document d = ByHand.text("2022-12-30", "会议表决通过了关于批准《中华人民共和国和肯尼亚共和国引渡条约》的决定。");
    assertEquals(List.of("中华人民共和国和肯尼亚共和国引渡条约"),
        stage.process(d).extraction().policies().stream().map(Policy::title).toList());
  }

  @Test
  void aMeetingsReportDatesWhatItAdoptsManySentencesOn() {
    String points = "会议指出，要补齐流通基础设施短板弱项，大力发展多式联运，进一步降低流通成本，发展新业态新模式新场景。\n";
    Document d = ByHand.text("2026-07-11", "国务院总理李强7月10日主持召开国务院常务会议。\n" + points.repeat(6)
        + "会议审议通过《全民健身计划（2026—2030年）》。\n" + points.repeat(70) + "会议审议通过《文物保护工作方案》。");
    d = ByHand.entities(d, "国务院", GOVERNMENT);
    List<Policy> policies = stage.process(d).extraction().policies();
    assertEquals("2026-07-10", policies.get(0).date());
    assertEquals(List.of("国务院"), policies.get(0).issuers());
    // Beyond the reach of one report (3000 characters) no day is guessed.
    assertNull(policies.get(1).date());
  }

  @Test
  void lawsNamedWithoutTitleMarksArePoliciesDatedByTheMeeting() {
    Document d = ByHand.text("2024-06-29", "十四届全国人大常委会第十次会议28日在北京闭幕。\n"
        + "会议经表决，通过了新修订的农产品质量安全法、文物保护法、关于修改档案法的决定。\n"
        + "报告建议尽快制定生态环境法典，对修改消费者权益保护法开展调研，刑法、治安管理处罚法等进一步完善。");
    d = ByHand.entities(d, "全国人大常委会", GOVERNMENT);
    List<Policy> policies = stage.process(d).extraction().policies();
    assertEquals(List.of("农产品质量安全法", "文物保护法", "关于修改档案法的决定", "生态环境法典", "消费者权益保护法", "刑法",
        "治安管理处罚法"), policies.stream().map(Policy::title).toList());
    assertEquals("2024-06-28", policies.get(0).date());
    assertEquals(List.of("全国人大常委会"), policies.get(0).issuers());
    assertEquals(PolicyStatus.ADOPTED, policies.get(1).status());
    assertNull(policies.get(4).date());
  }

  @Test
  void wordsEndingInFaAreNoLaws() {
    Document d = ByHand.text("2024-06-29", "会议审议通过了新的工作方法、管理办法和做法，要求严格执法、依法施行，最高法、司法部联合实施。\n"
        + "会议听取了宪法和法律委员会的报告，要求修改完善法律法规，加强行政执法。\n"
        + "他说，这种看法和说法不对，要设法解决。");
    assertEquals(List.of(), stage.process(d).extraction().policies());
  }
}
