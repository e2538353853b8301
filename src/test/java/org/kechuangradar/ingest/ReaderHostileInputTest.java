package org.kechuangradar.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kechuangradar.model.Document;

/** Inputs that used to be misread: UTF-16 without a byte-order mark. */
class ReaderHostileInputTest {
  private static final String ARTICLE = "合肥发布量子科技产业支持政策\n2025年3月，合肥市出台措施，支持企业开展关键技术攻关。\n"
      + "市科技局表示，将设立10亿元专项资金。\n";
  private final AnyFormatLoader loader = new AnyFormatLoader();

  private Document load(String name, byte[] bytes) throws InputException {
    return loader.load(new Input(name, bytes, null));
  }

  @Test
  void readsUtf16WithoutAByteOrderMarkInEitherByteOrder() throws InputException {
    for (Charset cs : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
      assertEquals(ARTICLE, load("article.txt", ARTICLE.getBytes(cs)).original(), cs.name());
      assertEquals(ARTICLE, load("article", ARTICLE.getBytes(cs)).original(), cs.name());
      String html = "<html><head><title>量子政策</title></head><body><div><p>" + ARTICLE.replace("\n", "</p><p>")
          + "</p></div></body></html>";
      Document page = load("page", html.getBytes(cs));
      assertEquals("量子政策", page.title(), cs.name());
      assertTrue(page.original().contains("将设立10亿元专项资金。"), page.original());
    }
  }

  @Test
  void stillRefusesBinaryContent() {
    byte[] random = new byte[4096];
    new Random(12).nextBytes(random);
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 1, 0, 0,
        0, 1, 0, 8, 6, 0, 0, 0, 0x5C, 0x72, (byte) 0xA8, 0x66};
    byte[] nuls = new byte[64];
    for (byte[] bytes : new byte[][] {random, png, nuls}) {
      InputException e = assertThrows(InputException.class, () -> load("data", bytes));
      assertEquals("binary content, not text, HTML or PDF", e.reason());
    }
  }
}
