package org.kechuangradar.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kechuangradar.model.Block;
import org.kechuangradar.model.Document;

class PdfLoaderTest {
  private final PdfLoader loader = new PdfLoader();

  @Test
  void readsTwoColumnPageColumnByColumnWithParagraphs() throws Exception {
    Path pdf = Path.of("samples/epaper-two-columns.pdf");
    Document d = loader.load(new Input(pdf.toString(), Files.readAllBytes(pdf), null));
    List<String> paragraphs = d.blocks().stream().map(Block::text).toList();
    assertEquals("长三角科技周刊·产业观察与政策动态", paragraphs.get(0));
    assertEquals("无锡设立集成电路产业母基金", paragraphs.get(1));
    assertTrue(paragraphs.contains("无锡市日前宣布设立总规模200亿元的集成电路产业母基金，首期规模50亿元，重点投向设计、制造装备和关键材料等环节。"));
    int wuxi = paragraphs.indexOf("无锡设立集成电路产业母基金");
    int changzhou = paragraphs.indexOf("常州新能源汽车产业园开工");
    int lastOfWuxi = paragraphs.indexOf("市工业和信息化局负责人介绍，母基金将采取“母基金加专项子基金”的方式运作，吸引社会资本共同参与，力争带动相关投资超过600亿元。");
    assertTrue(wuxi < lastOfWuxi && lastOfWuxi < changzhou, paragraphs.toString());
  }

  @Test
  void refusesATruncatedPdf() throws Exception {
    Path pdf = Path.of("src/test/resources/fixtures/bad/truncated.pdf");
    InputException e = assertThrows(InputException.class, () -> loader.load(new Input(pdf.toString(), Files.readAllBytes(pdf), null)));
    assertTrue(e.reason().startsWith("unreadable PDF") || e.reason().startsWith("PDF has no text layer"), e.reason());
  }

  @Test
  void recordsAPageWithoutTextLayerAsAnIssue() throws Exception {
    byte[] bytes;
    try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(
        Files.readAllBytes(Path.of("samples/epaper-two-columns.pdf")))) {
      pdf.addPage(new org.apache.pdfbox.pdmodel.PDPage());
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      pdf.save(out);
      bytes = out.toByteArray();
    }
    Document d = loader.load(new Input("scan.pdf", bytes, null));
    assertEquals(List.of(new org.kechuangradar.model.Issue("read", "page 2 has no text layer")), d.issues());
  }
}
