// Writes samples/epaper-two-columns.pdf: a made-up e-paper page with a banner across the page and two
// articles in two columns, drawn row by row across both columns so that only a reader that finds the
// columns gets the reading order right. Run from the project root:
//   jshell --class-path target/radar.jar scripts/make-sample-pdf.jsh
// Needs a TrueType CJK font: /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc (Debian fonts-wqy-zenhei).
import org.apache.pdfbox.pdmodel.*;
import org.apache.pdfbox.pdmodel.font.*;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.fontbox.ttf.*;
import java.io.File;
import java.util.*;

float size = 12f, lead = 18f, colWidth = 252f, left1 = 40f, left2 = 310f;
int perLine = (int) (colWidth / size);

List<String[]> layout(String headline, String byline, String... paragraphs) {
  List<String[]> lines = new ArrayList<>();
  lines.add(new String[] {"H", headline});
  lines.add(new String[] {"B", byline});
  for (String p : paragraphs) {
    String rest = p;
    boolean first = true;
    while (!rest.isEmpty()) {
      int room = first ? perLine - 2 : perLine;
      int n = Math.min(room, rest.length());
      lines.add(new String[] {first ? "I" : "L", rest.substring(0, n)});
      rest = rest.substring(n);
      first = false;
    }
  }
  return lines;
}

var colA = layout("无锡设立集成电路产业母基金", "本报记者 许嘉禾",
    "无锡市日前宣布设立总规模200亿元的集成电路产业母基金，首期规模50亿元，重点投向设计、制造装备和关键材料等环节。",
    "市工业和信息化局负责人介绍，母基金将采取“母基金加专项子基金”的方式运作，吸引社会资本共同参与，力争带动相关投资超过600亿元。");
var colB = layout("常州新能源汽车产业园开工", "本报记者 蒋一鸣",
    "常州市新能源汽车零部件产业园项目昨日开工，总投资120亿元，预计2027年全面建成投产。",
    "项目建成后将形成年产50万套动力电池系统的能力，进一步完善本地新能源汽车产业链。");

TrueTypeCollection ttc = new TrueTypeCollection(new File("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"));
try (PDDocument doc = new PDDocument()) {
  PDPage page = new PDPage(PDRectangle.A4);
  doc.addPage(page);
  PDType0Font font = PDType0Font.load(doc, ttc.getFontByName("WenQuanYiZenHei"), true);
  try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
    float top = 800f;
    cs.beginText();
    cs.setFont(font, 20f);
    cs.newLineAtOffset(160f, top);
    cs.showText("长三角科技周刊 · 产业观察与政策动态");
    cs.endText();
    float y = top - 50f;
    for (int row = 0; row < Math.max(colA.size(), colB.size()); row++) {
      for (var col : List.of(colA, colB)) {
        if (row >= col.size()) continue;
        String[] line = col.get(row);
        float x = (col == colA ? left1 : left2) + (line[0].equals("I") ? 2 * size : 0);
        cs.beginText();
        cs.setFont(font, line[0].equals("H") ? 16f : size);
        cs.newLineAtOffset(x, y - (line[0].equals("H") ? 0 : 4));
        cs.showText(line[1]);
        cs.endText();
      }
      y -= row <= 1 ? 26f : lead;
    }
  }
  doc.save("samples/epaper-two-columns.pdf");
}
System.out.println("wrote samples/epaper-two-columns.pdf");
/exit
