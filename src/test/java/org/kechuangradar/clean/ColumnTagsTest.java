package org.kechuangradar.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kechuangradar.model.Article;
import org.kechuangradar.model.Document;

class ColumnTagsTest {
  private final ColumnTags stage = new ColumnTags();

  @Test
  void keepsTheColumnApartFromTheHeadline() {
    Document d = stage.process(Document.fromText("t", "正文。").withTitle("【领航中国】共护一江水 万里长江焕发新活力"));
    assertEquals("共护一江水 万里长江焕发新活力", d.title());
    assertEquals("领航中国", d.column());
  }

  @Test
  void leavesAHeadlineWithoutATagAsItIs() {
    Document d = stage.process(Document.fromText("t", "正文。").withTitle("国务院常务会议部署推进人工智能发展"));
    assertEquals("国务院常务会议部署推进人工智能发展", d.title());
    assertNull(d.column());
  }

  @Test
  void takesTheTagOffTheHeadlinesOfThePagesArticles() {
    Document d = Document.fromText("t", "甲。乙。").withText("甲。乙。", List.of(new Article("【快讯】甲", List.of(), 0, 2),
        new Article("乙", List.of(), 2, 4)));
    assertEquals(List.of("甲", "乙"), stage.process(d).articles().stream().map(Article::title).toList());
  }
}
