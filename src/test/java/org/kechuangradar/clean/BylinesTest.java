package org.kechuangradar.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kechuangradar.model.Block;
import org.kechuangradar.model.Document;

class BylinesTest {
  private final Bylines stage = new Bylines();

  @Test
  void joinsNamesPaddedWithSpaces() {
    assertEquals(List.of("邢灿"), Bylines.parse("■中国城市报记者 邢 灿"));
    assertEquals(List.of("周明远", "陈珂"), Bylines.parse("■本报记者 周明远 陈 珂"));
  }

  @Test
  void readsPlainAndCommentatorBylines() {
    assertEquals(List.of("张懿"), Bylines.parse("本报记者 张懿"));
    assertEquals(List.of("新华社评论员"), Bylines.parse("新华社评论员"));
    assertEquals(List.of("张三", "李四"), Bylines.parse("本报记者 张三 通讯员 李四"));
    assertEquals(List.of("杜若"), Bylines.parse("文/杜若"));
  }

  @Test
  void ignoresSentencesAboutReporters() {
    assertEquals(List.of(), Bylines.parse("中国城市报记者注意到，近段时间以来，多个城市进行了有益探索。"));
    assertEquals(List.of(), Bylines.parse("记者从合肥市科技局获悉"));
  }

  @Test
  void dropsTheLeadCreditOfABroadcastOrAWebsiteAndKeepsReportersOfADateline() {
    Document d = stage.process(Blocks.doc("央视网消息（新闻联播）：近年来，我国海洋经济持续发展。", "本报讯（记者 周立言）1月16日，智算中心上线运营。"));
    assertEquals("近年来，我国海洋经济持续发展。", d.blocks().get(0).text());
    assertEquals("1月16日，智算中心上线运营。", d.blocks().get(1).text());
    assertEquals(List.of("周立言"), d.authors());
    Document alone = stage.process(Blocks.doc("标题", "央视网消息（新闻联播）：", "正文。"));
    assertEquals(List.of("标题", "正文。"), alone.blocks().stream().map(Block::text).toList());
  }

  @Test
  void marksBylineBlocksAndCollectsAuthors() {
    Document d = stage.process(Blocks.doc("标题", "■本报记者 张懿", "正文。"));
    assertEquals(Block.Kind.BYLINE, d.blocks().get(1).kind());
    assertEquals(List.of("张懿"), d.authors());
  }

  @Test
  void removesDatelineParagraphs() {
    assertEquals(List.of("正文。"), Blocks.run(stage, "正文。", "(新华社北京3月6日电)", "（新华社合肥4月2日电）"));
  }

  @Test
  void stripsDatelineOpeningAndTakesItsReporters() {
    Document d = stage.process(Blocks.doc("新华社合肥4月2日电（记者 吴晓岚 钱 进）记者从合肥市科技局获悉，科技园正式揭牌。"));
    assertEquals(List.of("记者从合肥市科技局获悉，科技园正式揭牌。"), Blocks.texts(d));
    assertEquals(List.of("吴晓岚", "钱进"), d.authors());
  }

  @Test
  void takesClosingCreditsOutOfTheLastParagraph() {
    Document d = stage.process(Blocks.doc("推动云南工业高质量发展。（记者 胡晓蓉）", "正文。（常书香 马丹阳 ）",
        "所有的改革都是利益再分配。（姚峰 上海报道）"));
    assertEquals(List.of("推动云南工业高质量发展。", "正文。", "所有的改革都是利益再分配。"), Blocks.texts(d));
    assertEquals(List.of("胡晓蓉", "常书香", "马丹阳", "姚峰"), d.authors());
  }

  @Test
  void keepsParenthesesThatAreNotCredits() {
    List<String> kept = List.of("公布2024年度项目（第二批）", "发布行动计划（2024—2025年）", "设立基金（试行）");
    assertEquals(kept, Blocks.run(stage, kept.toArray(String[]::new)));
  }
}
