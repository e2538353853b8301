package org.kechuangradar.extract.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kechuangradar.model.Mention.Type.PERSON;
import static org.kechuangradar.model.Mention.Type.POSITION;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kechuangradar.model.Document;
import org.kechuangradar.model.Proposal;
import org.kechuangradar.recognize.person.PersonExtractor;
import org.kechuangradar.testing.ByHand;

/** The proposal stage alone, with the people and their positions found before it. */
class ProposalExtractorTest {
  private final ProposalExtractor stage = new ProposalExtractor();

  @Test
  void splitsADeputysRecommendationsAndKeepsQuotesApart() {
    Document d = ByHand.text("2025-03-06", "“创新要从需求出发。”全国政协委员、某研究院院长许文博说，建议加大首台套保险补偿力度；完善科技成果评价机制。\n"
        + "全国人大代表、某集团董事长陆明认为，一是扩大算力券覆盖面；二是设立未来产业基金。");
    d = new PersonExtractor().process(ByHand.names(d, "全国政协委员", POSITION, "院长", POSITION, "许文博", PERSON,
        "全国人大代表", POSITION, "董事长", POSITION, "陆明", PERSON));
    List<Proposal> all = stage.process(d).extraction().domain().proposals();
    assertEquals(2, all.size(), all.toString());
    assertEquals("member", all.get(0).capacity());
    assertEquals(List.of("创新要从需求出发。"), all.get(0).quotes());
    assertEquals(2, all.get(0).recommendations().size(), all.get(0).recommendations().toString());
    assertEquals("deputy", all.get(1).capacity());
    assertEquals(List.of("扩大算力券覆盖面", "设立未来产业基金"), all.get(1).recommendations());
  }

  @Test
  void aProposalNamedAsANounProposesNothingInItself() {
    Document d = ByHand.text("2025-03-05", "全国人大代表、某公司董事长周启航带来的建议之一，关注中小企业融资难的问题。"
        + "他建议，设立科技型企业信贷风险补偿资金。");
    d = new PersonExtractor().process(ByHand.names(d, "全国人大代表", POSITION, "董事长", POSITION, "周启航", PERSON));
    List<Proposal> all = stage.process(d).extraction().domain().proposals();
    assertEquals(1, all.size(), all.toString());
    assertEquals(List.of("设立科技型企业信贷风险补偿资金"), all.get(0).recommendations());
  }

  @Test
  void givesEverySpeakerOfAListTheProposalsAfterJiu() {
    Document d = ByHand.text("2026-07-10", "民建中央主席郝明金、农工党中央主席何维在座谈会上介绍调研成果，并就强化源头创新与制度供给、"
        + "推动低空经济高质量发展等，提出务实中肯的政策建议。");
    d = new PersonExtractor().process(ByHand.names(d, "民建中央主席", POSITION, "郝明金", PERSON, "农工党中央主席", POSITION,
        "何维", PERSON));
    List<Proposal> all = stage.process(d).extraction().domain().proposals();
    assertEquals(List.of("郝明金", "何维"), all.stream().map(Proposal::speaker).toList());
    assertEquals(List.of("强化源头创新与制度供给", "推动低空经济高质量发展"), all.get(0).recommendations());
    assertEquals(all.get(0).recommendations(), all.get(1).recommendations());
  }

  @Test
  void takesNoOfficeHoldersViewForAProposal() {
    Document d = ByHand.text("2026-01-10", "总书记习近平表示，一是要发展富民产业；二是要推进乡村全面振兴。");
    d = new PersonExtractor().process(ByHand.names(d, "总书记", POSITION, "习近平", PERSON));
    assertEquals(List.of(), stage.process(d).extraction().domain().proposals());
  }

  @Test
  void keepsEverySpanInsideRandomText() {
    Random random = new Random(25);
    for (int i = 0; i < 200; i++) {
      Document d = stage.process(ByHand.text("2025-01-01", ByHand.randomText(random, 1 + random.nextInt(200))));
      ByHand.assertSpansInside(d);
      d.extraction().domain().proposals().forEach(p -> assertEquals(true, p.start() >= 0 && p.end() <= d.text().length()));
    }
  }

  private List<Proposal> proposals(String text, String... names) {
    Object[] marks = new Object[names.length * 2];
    for (int k = 0; k < names.length; k++) {
      marks[2 * k] = names[k];
      marks[2 * k + 1] = k % 2 == 0 ? POSITION : PERSON;
    }
    Document d = new PersonExtractor().process(ByHand.names(ByHand.text("2026-03-08", text), marks));
    return stage.process(d).extraction().domain().proposals();
  }

  @Test
  void takesEachMeasureAfterAMembersJianyiAsARecommendation() {
    List<Proposal> all = proposals("韩立平常委发言建议，完善算力调度机制，加快建设行业数据空间，服务中小企业数字化转型。",
        "常委", "韩立平");
    assertEquals(1, all.size(), all.toString());
    assertEquals("member", all.get(0).capacity());
    assertEquals(List.of("完善算力调度机制", "加快建设行业数据空间，服务中小企业数字化转型"), all.get(0).recommendations());
  }

  @Test
  void readsAnExpertsRenweiOnlyWhenItSaysWhatOughtToBeDone() {
    List<Proposal> all = proposals("中国科学院院士周启明认为，应加快布局量子计算等前沿方向。", "中国科学院院士", "周启明");
    assertEquals(List.of("应加快布局量子计算等前沿方向"), all.get(0).recommendations());
    assertEquals(List.of(), proposals("某大学教授孙悦认为，当今世界比以往更加需要开放合作，这一倡议顺应了时代潮流。",
        "教授", "孙悦"));
    assertEquals(List.of(), proposals("全国人大代表丁红认为，这是我国科技创新取得的又一重大成就。", "全国人大代表", "丁红"));
    assertEquals(List.of(), proposals("全国人大代表刘芳认为，手艺难传承，一方面知道的人少，另一方面需要耐得住性子。",
        "全国人大代表", "刘芳"));
  }

  @Test
  void takesNoCallOfAForeignOfficeHolderForAProposal() {
    assertEquals(List.of(), proposals("某国总统卡洛斯呼吁地区国家团结一致，共同应对外部压力。", "总统", "卡洛斯"));
    assertEquals(List.of(), proposals("部长王强建议，各地加快推进制造业数字化转型。", "部长", "王强"));
  }

  @Test
  void takesNoProposalOfOthersHeardByTheSpeaker() {
    assertEquals(List.of(), proposals("研究院院长陈涛表示，大家就做好下半年经济工作提出了很多好的意见建议。", "院长", "陈涛"));
    assertEquals(List.of(), proposals("研究院院长陈涛就这个问题进行讲解，提出工作建议。", "院长", "陈涛"));
  }

  @Test
  void takesNoProposalOfAnInternationalOfficial() {
    assertEquals(List.of(), proposals("联合国秘书长古特雷斯呼吁各方立即停火，建议尽快恢复人道主义援助。", "联合国秘书长", "古特雷斯"));
    assertEquals(List.of(), proposals("联合国发言人迪雅里克表示，各方应保持最大限度克制，应尽快重启谈判。", "联合国发言人", "迪雅里克"));
    assertEquals(List.of(), proposals("阿盟秘书长盖特认为，国际社会应加快推动两国方案落地。", "阿盟秘书长", "盖特"));
    assertEquals(List.of(), proposals("某集团董事长赵平认为，应加快布局人工智能产业。", "董事长", "赵平"));
  }

  @Test
  void takesNoCommissionsMemberForAMemberOfTheCppcc() {
    assertEquals(List.of(), proposals("欧盟委员会委员谢夫乔维奇建议，双方加快推进电动汽车价格承诺谈判。", "委员", "谢夫乔维奇"));
  }

  @Test
  void keepsAThinkTankExpertsProposal() {
    List<Proposal> all = proposals("某智库研究员钱程认为，应加快完善数据要素市场规则。", "研究员", "钱程");
    assertEquals(1, all.size(), all.toString());
    assertEquals("expert", all.get(0).capacity());
  }
}
