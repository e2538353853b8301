package org.kechuangradar.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kechuangradar.model.Document;

class HtmlLoaderTest {
  private final HtmlLoader loader = new HtmlLoader();

  private Document load(String path) throws Exception {
    return loader.load(new Input(path, Files.readAllBytes(Path.of(path)), null));
  }

  @Test
  void readsHeadlineTimeAuthorAndMainTextOfANewsPage() throws Exception {
    Document d = load("samples/nanjing-future-industries.html");
    assertEquals("南京发布未来产业培育方案 聚焦六大赛道", d.title());
    assertEquals("2025-06-12T08:45:00", d.published());
    assertEquals(List.of("杜若"), d.authors());
    String text = d.original();
    assertTrue(text.contains("南京市人民政府印发《南京市未来产业培育行动方案（2025—2028年）》"));
    assertTrue(text.contains("打通从实验室到生产线的转化通道。"));
    for (String boilerplate : List.of("热点新闻一", "网友甲", "扬州推动数字经济", "关于我们", "首页", "要闻")) {
      assertFalse(text.contains(boilerplate), boilerplate);
    }
  }

  @Test
  void decodesAPageInTheCharsetItsMetaTagDeclares() throws Exception {
    String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
        + "<title>测试</title></head><body><div><p>科技部印发通知，支持地方开展人工智能应用试点，推动产业升级。</p></div></body></html>";
    Document d = loader.load(new Input("gbk.html", html.getBytes(Charset.forName("GB18030")), null));
    assertTrue(d.original().contains("科技部印发通知"));
  }

  @Test
  void saysAFramesetIsOneAndNamesItsFrames() {
    InputException e = assertThrows(InputException.class, () -> loader.load(new Input("index.html",
        ("<html><head><title>示例</title></head><frameset cols='20%,80%'><frame src='menu.html'>"
            + "<frame src='main.html'></frameset></html>").getBytes(StandardCharsets.UTF_8), null)));
    assertEquals("HTML page is a frameset: its text is in the frames it loads (menu.html, main.html)", e.reason());
  }

  @Test
  void saysAPageOfLinksIsAListAndNotAnArticle() {
    InputException e = assertThrows(InputException.class, () -> loader.load(new Input("list.html",
        ("<html><body><ul><li><a href='/1'>示例市科技局召开工作会议</a></li><li><a href='/2'>关于开展科技成果登记工作的通知</a></li>"
            + "</ul></body></html>").getBytes(StandardCharsets.UTF_8), null)));
    assertEquals("no article text found in the HTML page: its 28 characters of text are mostly links (28), a list "
        + "or index page", e.reason());
  }

  @Test
  void readsAGovernmentPageWhoseTextAndListSitInTables() throws Exception {
    Document d = load("src/test/resources/html/gov/original/table-text.html");
    assertEquals("关于2024年度示例市专精特新中小企业拟认定名单的公示", d.title());
    assertEquals("2024-08-19", d.published());
    assertTrue(d.original().contains("2 示例新材料科技股份有限公司 经开区 高性能陶瓷膜"), d.original());
    assertFalse(d.original().contains("当前位置"), d.original());
  }

  @Test
  void refusesAPageWithoutBodyText() throws Exception {
    InputException e = assertThrows(InputException.class, () -> load("src/test/resources/fixtures/bad/no-body.html"));
    assertEquals("HTML page has no body text: 1 script builds it in a browser, and there is nothing to read without "
        + "running them", e.reason());
  }
}
