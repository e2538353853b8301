package org.kechuangradar.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kechuangradar.model.Article;
import org.kechuangradar.model.Block;
import org.kechuangradar.model.Block.Kind;
import org.kechuangradar.model.Document;

class ArticleAssemblerTest {
  private final ArticleAssembler stage = new ArticleAssembler();

  private static Document doc(Block... blocks) {
    return Document.fromText("test", "").withBlocks(List.of(blocks));
  }

  private static Block b(Kind kind, String text) {
    return new Block(text, kind);
  }

  @Test
  void takesHeadlineBeforeBylineAndDropsSectionLabel() {
    Document d = stage.process(doc(b(Kind.HEADING, "攀登"), b(Kind.HEADING, "以新质生产力完善现代化产业体系"),
        b(Kind.BYLINE, "■本报记者 张懿"), b(Kind.PARAGRAPH, "正文一。"), b(Kind.HEADING, "小标题"), b(Kind.PARAGRAPH, "正文二。")));
    assertEquals("以新质生产力完善现代化产业体系", d.title());
    assertEquals("正文一。\n小标题\n正文二。", d.text());
    assertEquals(List.of(), d.articles());
  }

  @Test
  void splitsAPageIntoArticlesWithSpans() {
    Document d = stage.process(doc(b(Kind.HEADING, "标题甲"), b(Kind.BYLINE, "本报记者 张三"), b(Kind.PARAGRAPH, "甲的正文。"),
        b(Kind.HEADING, "拉页引语"), b(Kind.BYLINE, "本报记者 李四"), b(Kind.PARAGRAPH, "乙的正文。"),
        b(Kind.HEADLINE, "标题乙"), b(Kind.HEADING, "标题丙"), b(Kind.BYLINE, "新华社评论员"), b(Kind.PARAGRAPH, "丙的正文。")));
    assertEquals("甲的正文。\n乙的正文。\n丙的正文。", d.text());
    assertEquals(List.of(new Article("标题甲", List.of("张三"), 0, 5), new Article("标题乙", List.of("李四"), 6, 11),
        new Article("标题丙", List.of("新华社评论员"), 12, 17)), d.articles());
    assertEquals("标题甲", d.title());
  }

  @Test
  void leavesTitleEmptyWhenTheTextStartsWithAParagraph() {
    Document d = stage.process(doc(b(Kind.PARAGRAPH, "近期,多地多部门接连出台举措。"), b(Kind.HEADING, "政策举措接连出台"),
        b(Kind.PARAGRAPH, "正文。")));
    assertNull(d.title());
    assertEquals("近期,多地多部门接连出台举措。\n政策举措接连出台\n正文。", d.text());
  }

  @Test
  void dropsHeadingsLeftAtTheEnd() {
    Document d = stage.process(doc(b(Kind.PARAGRAPH, "正文。"), b(Kind.HEADING, "相关链接")));
    assertEquals("正文。", d.text());
  }

  @Test
  void keepsTheReadersTitle() {
    Document d = stage.process(doc(b(Kind.HEADING, "网页里的标题"), b(Kind.PARAGRAPH, "正文。")).withTitle("元数据标题"));
    assertEquals("元数据标题", d.title());
  }
}
