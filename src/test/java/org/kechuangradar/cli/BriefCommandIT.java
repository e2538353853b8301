package org.kechuangradar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chronicle of 2023 from a store of the seed articles and our samples, as Word and as Markdown. */
class BriefCommandIT {
  @TempDir static Path tmp;
  private static String data;

  @BeforeAll
  static void ingest() {
    data = tmp.resolve("data").toString();
    Cli ingest = Cli.run("ingest", "--quiet", "--data", data, "../shared/corpus", "samples");
    assertEquals(0, ingest.exitCode(), ingest.err());
  }

  @Test
  void theChronicleOf2023ExportsAsWordWithASourceOnEveryLine() throws Exception {
    Path file = tmp.resolve("2023.docx");
    Cli brief = Cli.run("brief", "--data", data, "--from", "2023", "--to", "2023", "-o", file.toString());
    assertEquals(0, brief.exitCode(), brief.err());
    List<String> lines = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
      assertEquals("全国科创大事记", doc.getParagraphs().get(0).getText());
      for (XWPFParagraph p : doc.getParagraphs()) {
        String line = p.getRuns().isEmpty() ? "" : p.getRuns().get(0).text();
        if (line.matches("\\d{1,2}月(\\d{1,2}日)?，.*")) {
          lines.add(line);
          // Every line cites at least one article, as a footnote Word shows.
          assertTrue(p.getCTP().xmlText().contains("footnoteReference"), p.getText());
        }
      }
      List<String> notes = doc.getFootnotes().stream()
          .flatMap(n -> n.getParagraphs().stream().map(XWPFParagraph::getText)).toList();
      assertTrue(notes.stream().anyMatch(n -> n.contains("2023武汉科创大事记")), notes.toString());
    }
    assertTrue(lines.contains("6月8日，武汉东湖新技术开发区启动建设人工智能计算中心二期。"), lines.toString());
    assertTrue(lines.contains("5月，杭州城西智算中心获批。"), lines.toString());
    // A step the text dates only against an unknown publication day is not put in a month it did not happen in.
    assertTrue(lines.stream().noneMatch(l -> l.contains("验收")), lines.toString());
  }

  @Test
  void theChronicleOfOneCityInMarkdownCitesEachLine() {
    Cli brief = Cli.run("brief", "--data", data, "--from", "2023", "--to", "2023", "--region", "武汉",
        "--category", "facilities", "--category", "events");
    assertEquals(0, brief.exitCode(), brief.err());
    String md = brief.out();
    assertTrue(md.startsWith("# 武汉市科创大事记\n"), md);
    assertTrue(md.indexOf("## 重大设施") < md.indexOf("## 重要事件"), md);
    assertTrue(md.contains("- 6月8日，武汉市人工智能计算中心开工。[^1]"), md);
    for (String line : md.lines().filter(l -> l.startsWith("- ")).toList()) {
      assertTrue(line.matches(".*。(\\[\\^\\d+])+"), line);
    }
    assertTrue(!md.contains("杭州"), "only Wuhan's facts: " + md);
  }

  @Test
  void aRegionReportHoldsItsPoliciesEventsFacilitiesFundsAndIndicators() throws Exception {
    Path file = tmp.resolve("chengdu.docx");
    Cli report = Cli.run("brief", "--data", data, "--from", "2025", "--to", "2025", "--region", "成都", "--report",
        "-o", file.toString());
    assertEquals(0, report.exitCode(), report.err());
    List<String> paragraphs = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
      doc.getParagraphs().forEach(p -> paragraphs.add(p.getRuns().isEmpty() ? "" : p.getRuns().get(0).text()));
    }
    assertEquals("成都市科创报告", paragraphs.get(0));
    assertTrue(paragraphs.containsAll(List.of("政策文件", "重要事件", "重大设施", "基金", "指标与目标")), paragraphs.toString());
    assertTrue(paragraphs.contains("1月14日，成都市经济和信息化局、成都市科学技术局印发《成都市算力券管理办法（试行）》。"),
        paragraphs.toString());
    assertTrue(paragraphs.stream().anyMatch(p -> p.contains("800家")), paragraphs.toString());
    Cli twoRegions = Cli.run("brief", "--data", data, "--from", "2025", "--to", "2025", "--report");
    assertEquals(2, twoRegions.exitCode());
    assertTrue(twoRegions.err().startsWith("radar brief: a region report is of one region"), twoRegions.err());
  }

  @Test
  void aBriefWithoutAPeriodOrWithAnUnknownCategoryIsRefused() {
    Cli noPeriod = Cli.run("brief", "--data", data);
    assertEquals(2, noPeriod.exitCode());
    assertTrue(noPeriod.err().startsWith("radar brief: give the period with --from and --to"), noPeriod.err());
    Cli colour = Cli.run("brief", "--data", data, "--from", "2023", "--to", "2023", "--category", "colour");
    assertEquals(2, colour.exitCode());
    assertTrue(colour.err().startsWith("radar brief: no category colour"), colour.err());
    Cli noFile = Cli.run("brief", "--data", data, "--from", "2023", "--to", "2023", "--format", "docx");
    assertEquals(2, noFile.exitCode());
    assertTrue(noFile.err().contains("-o FILE.docx"), noFile.err());
  }
}
