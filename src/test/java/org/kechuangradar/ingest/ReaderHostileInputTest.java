package org.kechuangradar.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDFormContentStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kechuangradar.model.Document;

/** Inputs that used to be misread or to fail with an internal error: UTF-16 without a byte-order mark, looping PDFs. */
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
  void findsUtf16FilesWithoutAnExtensionInADirectory(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("article");
    Files.write(file, ARTICLE.getBytes(StandardCharsets.UTF_16LE));
    assertTrue(Fetcher.isArticleFile(file));
  }

  @Test
  void readsMarkupNestedTensOfThousandsDeep() {
    String deep = "<div>".repeat(50_000) + "<p>" + ARTICLE.replace("\n", "</p><p>") + "</p>" + "</div>".repeat(50_000);
    String tables = "<table><tr><td><span>".repeat(20_000) + ARTICLE;
    String record = "{\"title\":\"标题\",\"html\":\"" + "<b>".repeat(50_000) + "正文第一段。<p>正文第二段。</p>\"}";
    Document page = assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> load("deep.html", ("<html><body>" + deep + "</body></html>").getBytes(StandardCharsets.UTF_8)));
    assertTrue(page.original().contains("将设立10亿元专项资金。"), page.original());
    assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> load("tables.html", ("<html><body>" + tables + "</body></html>").getBytes(StandardCharsets.UTF_8)));
    Document d = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> loader.load(
        new Input("news.jsonl#1", record.getBytes(StandardCharsets.UTF_8), Format.RECORD_TYPE)));
    assertEquals("正文第一段。\n正文第二段。", d.original());
  }

  @Test
  void replacesHalfASurrogatePairFromAnEntityOrAJsonEscape() throws InputException {
    String html = "<html><head><title>标题&#xD800;</title></head><body><div><p>" + ARTICLE.replace("\n", "&#xDC00;")
        + "</p></div></body></html>";
    Document page = load("page.html", html.getBytes(StandardCharsets.UTF_8));
    assertEquals("标题\uFFFD", page.title());
    assertTrue(page.original().contains("攻关。\uFFFD市科技局"), page.original());
    String record = "{\"title\":\"标题\\uD800\",\"text\":\"正文\\uDC00第一段。\"}";
    Document d = loader.load(new Input("news.jsonl#1", record.getBytes(StandardCharsets.UTF_8), Format.RECORD_TYPE));
    assertEquals("标题\uFFFD", d.title());
    assertEquals("正文\uFFFD第一段。", d.original());
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

  @Test
  void reportsAPdfWhosePageTreeLoopsOrNestsTooDeepAsDamaged() throws IOException {
    byte[] loop = pageTreeThatHoldsItself();
    byte[] deepTree = handWritten(50_000, "");
    byte[] deepArray = handWritten(1, "/Nest " + "[".repeat(200_000) + "]".repeat(200_000));
    for (byte[] pdf : new byte[][] {loop, deepTree, deepArray}) {
      InputException e = assertThrows(InputException.class, () -> load("damaged.pdf", pdf));
      assertTrue(e.reason().startsWith("PDF is damaged: ") || e.reason().startsWith("unreadable PDF ("), e.reason());
    }
    assertEquals("PDF is damaged: Possible recursion found when searching for page 2",
        assertThrows(InputException.class, () -> load("damaged.pdf", loop)).reason());
  }

  @Test
  void refusesAPdfThatDrawsMoreTextThanAnyEdition() throws IOException {
    byte[] pdf;
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      PDFormXObject form = new PDFormXObject(doc);
      form.setBBox(page.getMediaBox());
      form.setResources(new PDResources());
      try (PDFormContentStream text = new PDFormContentStream(form)) {
        text.beginText();
        text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 1);
        text.newLineAtOffset(10, 10);
        text.showText("x".repeat(1000));
        text.endText();
      }
      // A thousand glyphs drawn a thousand and one times, from a page a few kilobytes long.
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        for (int i = 0; i < 1001; i++) {
          content.drawForm(form);
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      pdf = out.toByteArray();
    }
    assertTrue(pdf.length < 64 * 1024, pdf.length + " bytes");
    assertEquals("PDF has more than 1000000 characters of text, over the limit",
        assertThrows(InputException.class, () -> load("edition.pdf", pdf)).reason());
  }

  /** A one-page PDF whose root page node lists itself among its kids. */
  private static byte[] pageTreeThatHoldsItself() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
        text.beginText();
        text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        text.newLineAtOffset(72, 700);
        text.showText("Hefei quantum policy");
        text.endText();
      }
      COSDictionary pages = doc.getPages().getCOSObject();
      pages.getCOSArray(COSName.KIDS).add(pages);
      pages.setInt(COSName.COUNT, 2);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  /**
   * A PDF whose page tree is {@code depth} levels deep, with {@code pageEntries} in its page dictionary; written as
   * text (without a cross-reference table, which PDFBox rebuilds) since PDFBox's writer recurses as deep as it reads.
   */
  private static byte[] handWritten(int depth, String pageEntries) {
    StringBuilder pdf = new StringBuilder("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
    for (int i = 2; i < depth + 2; i++) {
      pdf.append(i).append(" 0 obj\n<< /Type /Pages /Count 1 /Kids [").append(i + 1).append(" 0 R] >>\nendobj\n");
    }
    pdf.append(depth + 2).append(" 0 obj\n<< /Type /Page /MediaBox [0 0 612 792] ").append(pageEntries)
        .append(" >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
    return pdf.toString().getBytes(StandardCharsets.US_ASCII);
  }
}
