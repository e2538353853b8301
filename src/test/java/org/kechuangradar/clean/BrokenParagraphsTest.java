package org.kechuangradar.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kechuangradar.model.Block;
import org.kechuangradar.model.Document;
import org.kechuangradar.pipeline.Pipeline;
import org.kechuangradar.segment.HanlpWordJunction;

class BrokenParagraphsTest {
  private final Pipeline stages = Pipeline.of(new Captions(), new Bylines(), new BrokenParagraphs(new HanlpWordJunction()));

  private List<String> run(String... lines) {
    return Blocks.texts(stages.process(Blocks.doc(lines)));
  }

  @Test
  void joinsParagraphSplitByPhotoCaption() {
    assertEquals(List.of("开头。", "力争实现场景“应开尽开、应放尽放”，提供制度环境。"),
        run("开头。", "力争实现场景“应开", "近年来，开发区加快转型。图为开发区车间。", "中新社发 王力摄", "尽开、应放尽放”，提供制度环境。"));
  }

  @Test
  void joinsWordCutAcrossParagraphs() {
    assertEquals(List.of("开头。", "刘向东认为，市场经济条件下，引导企业参与市场竞争是常态。"),
        run("开头。", "刘向东认为，市场经济条", "件下，引导企业参与市场竞争是常态。"));
  }

  @Test
  void joinsLongLineCutAtPageBreak() {
    assertEquals(List.of("开头。", "中国国际经济交流中心科研信息部副部长刘向东在接受中国城市报记者采访时表示，数字经济加快发展。"),
        run("开头。", "中国国际经济交流中心科研信息部副部长刘向东在接受中国城市报记者采访时", "表示，数字经济加快发展。"));
  }

  @Test
  void keepsFirstParagraphWhoseSentenceIsFollowedByStrayMarkup() {
    assertEquals(List.of("4月8日，合肥市科学技术局发布扶持办法，对新落户的企业给予最高500万元奖励。<br>办法提出，到2027年企业超过150家。"),
        run("4月8日，合肥市科学技术局发布扶持办法，对新落户的企业给予最高500万元奖励。<br>", "办法提出，到2027年企业超过150家。"));
  }

  @Test
  void joinsLineEndingOnComma() {
    assertEquals(List.of("开头。", "加快构建有利于新质生产力发展的体制机制,让各类先进优质生产要素顺畅流动。"),
        run("开头。", "加快构建有利于新质生产力发展的体制机制,", "让各类先进优质生产要素顺畅流动。"));
  }

  @Test
  void keepsSectionHeadingsEvenWithACommaOrANounEnding() {
    Document d = stages.process(Blocks.doc("开头。", "催化剂,快人一步构建生态", "全国前4批次通过上线备案的大模型中,上海共24个。",
        "引导发展方向", "新兴产业是培育新质生产力的重要阵地。"));
    assertEquals(List.of("开头。", "催化剂,快人一步构建生态", "全国前4批次通过上线备案的大模型中,上海共24个。", "引导发展方向",
        "新兴产业是培育新质生产力的重要阵地。"), Blocks.texts(d));
    assertEquals(Block.Kind.HEADING, d.blocks().get(1).kind());
    assertEquals(Block.Kind.HEADING, d.blocks().get(3).kind());
  }

  @Test
  void joinsAcrossADisplacedHeadlineAndKeepsItAsHeadline() {
    Document d = stages.process(Blocks.doc("开头。", "徐汇区汇聚人工智能相关企业近900家,近5年AI",
        "模速空间挂牌半年入驻企业57家。 本报记者 袁婧摄", "上海“模速空间”创新生态社区挂牌半年入驻企业57家——",
        "传统产业二次创业“涌现”新质生产力", "总产出年均增长超30%,形成全产业链。"));
    assertEquals(List.of("开头。", "徐汇区汇聚人工智能相关企业近900家,近5年AI总产出年均增长超30%,形成全产业链。",
        "传统产业二次创业“涌现”新质生产力"), Blocks.texts(d));
    assertEquals(Block.Kind.HEADLINE, d.blocks().get(2).kind());
  }

  @Test
  void dropsPullQuoteFragmentsWithNoContinuation() {
    assertEquals(List.of("包括制度保障和基础设施。", "■本报记者 王宛艺", "觉非科技正筹备新品发布。"),
        run("包括制度保障和基础设施。", "上海既拥有深厚的制造业基础又形成浓郁的", "■本报记者 王宛艺", "觉非科技正筹备新品发布。"));
  }

  @Test
  void keepsLongHeadlineAtTheTopOfADocument() {
    Document d = stages.process(Blocks.doc("关于印发《北京市推动人工智能加行动计划实施细则》的通知", "各区人民政府，市政府各委、办、局：", "现将细则印发给你们。"));
    assertEquals(Block.Kind.HEADING, d.blocks().get(0).kind());
    assertEquals(3, d.blocks().size());
  }

  @Test
  void takesALeadInThatEndsInAColonForBodyTextAndAShortLabelForAHeading() {
    Document d = stages.process(Blocks.doc("各区科技主管部门，各有关单位：",
        "为完善全市创新创业服务体系，现组织开展2024年度市级众创空间申报工作，有关事项通知如下：", "一、申报条件：",
        "运营主体在本市注册满一年。"));
    assertEquals(List.of(Block.Kind.PARAGRAPH, Block.Kind.PARAGRAPH, Block.Kind.HEADING, Block.Kind.PARAGRAPH),
        d.blocks().stream().map(Block::kind).toList());
  }
}
