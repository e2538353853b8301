package org.kechuangradar.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kechuangradar.model.Block;

/** A record of a JSON Lines file: its title and date, and one paragraph per block of its HTML. */
class RecordLoaderTest {
  private static List<String> paragraphs(String json) throws InputException {
    return new RecordLoader().load(new Input("s.jsonl#a", json.getBytes(StandardCharsets.UTF_8), Format.RECORD_TYPE))
        .blocks().stream().map(Block::text).toList();
  }

  @Test
  void blocksAndLineBreaksEndParagraphsAndInlineMarkupRunsOn() throws InputException {
    assertEquals(List.of("央视网消息：合肥量子中心启用。", "首批企业入驻。", "第二行"),
        paragraphs("{\"id\":\"a\",\"title\":\"t\",\"html\":\"<p><strong>央视网消息</strong>：合肥量子中心启用。</p>"
            + "<p>首批企业入驻。<br>第二行</p>\"}"));
  }

  @Test
  void textAfterTheLastBlockIsAFooterAndNotKept() throws InputException {
    assertEquals(List.of("合肥量子中心启用。"),
        paragraphs("{\"id\":\"a\",\"title\":\"t\",\"html\":\"<p>合肥量子中心启用。</p>\\n\\n---\\n\\n(更新时间戳: 1)\"}"));
    assertEquals(List.of("合肥量子中心启用。"), paragraphs("{\"id\":\"a\",\"html\":\"合肥量子中心启用。\"}"),
        "a body without paragraphs is one");
  }
}
