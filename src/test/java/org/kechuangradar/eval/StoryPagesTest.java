package org.kechuangradar.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stories set into page layouts: which stories are drawn, and what the gold of each page is. */
class StoryPagesTest {
  @TempDir Path dir;

  private Path stories() throws Exception {
    Path p = dir.resolve("stories.jsonl");
    Files.writeString(p, String.join("\n",
        "{\"id\": \"xwlb-20240314-00\", \"date\": \"2024-03-14\", \"title\": \"示例省推进春耕生产\", \"url\": null, "
            + "\"html\": \"<p><strong>央视网消息</strong>（新闻联播）：示例省各地抓住农时推进春耕。</p><p>全省已播种一百万亩。</p>\"}",
        "{\"id\": \"xwlb-20240315-00\", \"date\": \"2024-03-15\", \"title\": \"奇数日的新闻\", \"url\": null, "
            + "\"html\": \"<p>这一天的新闻留作盲测。</p>\"}",
        "{\"id\": \"xwlb-20240316-01\", \"date\": \"2024-03-16\", \"title\": \"示例市新建五个算力中心\", \"url\": null, "
            + "\"html\": \"<p>示例市新建五个算力中心，为全市中小企业提供低价的算力服务。</p>\"}") + "\n");
    return p;
  }

  @Test
  void drawsOnlyEvenDaysAndLeavesTheDatelineOutOfTheGold() throws Exception {
    List<StoryPages.Page> pages = StoryPages.render(stories(), 10, 1);
    assertEquals(2, pages.size());
    for (StoryPages.Page p : pages) {
      assertFalse(p.html().contains("奇数日"), p.id());
      assertFalse(p.text().contains("央视网消息"), p.text());
    }
    StoryPages.Page spring = pages.stream().filter(p -> p.id().startsWith("xwlb-20240314")).findFirst().orElseThrow();
    assertEquals("示例省各地抓住农时推进春耕。\n全省已播种一百万亩。", spring.text());
    assertEquals("2024-03-14", spring.date());
    assertTrue(spring.html().contains("央视网消息"), "the page still shows the dateline");
  }

  @Test
  void rendersTheSamePagesForTheSameSeedAndUsesEveryLayout() throws Exception {
    StringBuilder lines = new StringBuilder();
    for (int day = 2; day <= 20; day += 2) {
      lines.append(String.format("{\"id\": \"xwlb-202405%02d-00\", \"date\": \"2024-05-%02d\", \"title\": \"第%d天的新闻\", "
          + "\"html\": \"<p>示例市第%d天举行科技活动，参加活动的企业有三十家，签约项目十二个。</p>\"}%n", day, day, day, day));
    }
    Path p = Files.writeString(dir.resolve("many.jsonl"), lines);
    assertEquals(StoryPages.render(p, 10, 7), StoryPages.render(p, 10, 7));
    EnumSet<StoryPages.Layout> seen = EnumSet.noneOf(StoryPages.Layout.class);
    StoryPages.render(p, 10, 7).forEach(page -> seen.add(page.layout()));
    assertEquals(EnumSet.allOf(StoryPages.Layout.class), seen);
  }

  @Test
  void datesAnAddressOnlyWhereTheLayoutDoes() throws Exception {
    for (StoryPages.Page p : StoryPages.render(stories(), 2, 3)) {
      boolean dated = p.layout() == StoryPages.Layout.ADDRESS || p.layout() == StoryPages.Layout.EPAPER;
      assertEquals(dated, p.address().contains("2024"), p.address());
    }
  }
}
