package org.kechuangradar.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
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
  void refusesAPageWithoutBodyText() throws Exception {
    InputException e = assertThrows(InputException.class, () -> load("src/test/resources/fixtures/bad/no-body.html"));
    assertEquals("HTML page has no body text: 1 script builds it in a browser, and there is nothing to read without "
        + "running them", e.reason());
  }
}
