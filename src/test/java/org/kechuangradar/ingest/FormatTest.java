package org.kechuangradar.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FormatTest {
  private static byte[] b(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void trustsPdfMagicOverNameAndType() {
    assertEquals(Format.PDF, Format.of("page.txt", "text/plain", b("%PDF-1.7\n")));
  }

  @Test
  void sniffsHtmlWithoutExtension() {
    assertEquals(Format.HTML, Format.of("http://example.test/news/123", null, b("<!DOCTYPE html><html>")));
    assertEquals(Format.HTML, Format.of("a.txt", null, b("<html><body>x</body></html>")));
  }

  @Test
  void usesDeclaredTypeAndItsCharset() {
    assertEquals(Format.HTML, Format.of("x", "text/html; charset=GBK", b("正文")));
    assertEquals("GBK", Format.charset("text/html; charset=GBK"));
    assertEquals(Format.TEXT, Format.of("notes", null, b("正文")));
  }
}
