package org.kechuangradar.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kechuangradar.model.Document;

class NoiseLinesTest {
  private final NoiseLines stage = new NoiseLines();

  @Test
  void dropsBreadcrumbLines() {
    assertEquals(List.of("正文第一段。"), Blocks.run(stage, "首页 > 知识技能 > 科技政策", "当前位置：首页 » 新闻", "正文第一段。"));
  }

  @Test
  void dropsSiteTitleLines() {
    assertEquals(List.of("苏州出台方案"), Blocks.run(stage, "苏州发布人工智能方案_苏州新闻_江南科技网", "苏州出台方案"));
  }

  @Test
  void dropsKeywordStuffing() {
    assertEquals(List.of("正文。"), Blocks.run(stage, "新质生产力,新质生产力是什么意思,新质生产力论文,新质生产力ppt", "正文。"));
  }

  @Test
  void readsPublicationDateFromMetaLineAndDropsIt() {
    Document d = stage.process(Blocks.doc("发布时间：2025-03-18 09:30 来源：江南科技网 作者：周明远", "正文。"));
    assertEquals(List.of("正文。"), Blocks.texts(d));
    assertEquals("2025-03-18T09:30:00", d.published());
    assertEquals(List.of("周明远"), d.authors());
  }

  @Test
  void readsChineseStyleDates() {
    assertEquals("2024-12-23", NoiseLines.isoDate("发布时间：2024年12月23日 来源：中国城市报"));
  }

  @Test
  void dropsFooterAfterMoreLink() {
    assertEquals(List.of("正文最后一段。"), Blocks.run(stage, "正文最后一段。", "相关新闻更多>>", "苏州工业园区举办对接会",
        "长三角算力调度平台上线", "版权所有：江南科技网"));
  }

  @Test
  void dropsEditorAndShareWidgets() {
    assertEquals(List.of("正文。"), Blocks.run(stage, "正文。", "责任编辑：李四", "【字号 大 中 小】", "分享到：微信 微博"));
  }

  @Test
  void keepsSentencesThatMentionSourcesOrTime() {
    List<String> body = List.of("数据来源：国家统计局。今年以来工业生产平稳。", "时间紧、任务重，各地加快推进。");
    assertEquals(body, Blocks.run(stage, body.toArray(String[]::new)));
  }

  @Test
  void keepsHeadlinesWithoutSiteNames() {
    assertEquals(List.of("多地加快科技创新 培育新质生产力"), Blocks.run(stage, "多地加快科技创新 培育新质生产力"));
  }
}
