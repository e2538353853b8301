package org.kechuangradar.brief;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.kechuangradar.brief.Chronicle.Line;
import org.kechuangradar.brief.Chronicle.Source;

/** Writes a chronicle as Markdown (footnotes as {@code [^1]}) or as a Word document (footnotes Word shows). */
public final class ChronicleWriter {
  /** The formats a chronicle is written in. */
  public enum Format { MD, DOCX }

  private ChronicleWriter() {}

  public static void write(Chronicle c, Format format, OutputStream out) throws IOException {
    if (format == Format.MD) {
      markdown(c, out);
    } else {
      docx(c, out);
    }
  }

  /** A line as the chronicle says it: 6月8日，…。 */
  public static String sentence(Line line) {
    String text = line.text();
    return when(line.date()) + "，" + text + ("。！？".indexOf(text.charAt(text.length() - 1)) >= 0 ? "" : "。");
  }

  /** How a source is cited: its title, where it was read (a site or a file's name) and its date. */
  public static String citation(Source s) {
    String where = s.source();
    int slash = Math.max(where.lastIndexOf('/'), where.lastIndexOf('\\'));
    String shown = where.contains("://") ? where : slash >= 0 ? where.substring(slash + 1) : where;
    return s.title() + "，" + shown + (s.published() == null ? "，日期不详" : "，" + s.published().substring(0,
        Math.min(10, s.published().length())));
  }

  /** The period as a heading writes it: 2023年1月1日—2023年12月31日. */
  static String period(Chronicle c) {
    return (c.from() == null ? "" : day(c.from().toString())) + "—" + (c.to() == null ? "" : day(c.to().toString()));
  }

  private static void markdown(Chronicle c, OutputStream stream) throws IOException {
    Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
    out.write("# " + c.title() + "\n\n" + period(c) + "\n");
    List<String> notes = new ArrayList<>();
    for (Chronicle.Section s : c.sections()) {
      out.write("\n## " + s.category().label() + "\n");
      if (s.months().isEmpty()) {
        out.write("\n（本期无）\n");
      }
      for (Chronicle.Month m : s.months()) {
        out.write("\n### " + month(m.month()) + "\n\n");
        for (Line line : m.lines()) {
          StringBuilder refs = new StringBuilder();
          for (Source source : line.sources()) {
            notes.add(citation(source));
            refs.append("[^").append(notes.size()).append(']');
          }
          out.write("- " + sentence(line) + refs + "\n");
        }
      }
    }
    if (!notes.isEmpty()) {
      out.write("\n");
      for (int i = 0; i < notes.size(); i++) {
        out.write("[^" + (i + 1) + "]: " + notes.get(i) + "\n");
      }
    }
    out.flush();
  }

  private static void docx(Chronicle c, OutputStream out) throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      XWPFParagraph title = doc.createParagraph();
      title.setAlignment(ParagraphAlignment.CENTER);
      run(title, c.title(), 16, true);
      run(doc.createParagraph(), period(c), 10, false);
      for (Chronicle.Section s : c.sections()) {
        run(doc.createParagraph(), s.category().label(), 14, true);
        if (s.months().isEmpty()) {
          run(doc.createParagraph(), "（本期无）", 11, false);
        }
        for (Chronicle.Month m : s.months()) {
          run(doc.createParagraph(), month(m.month()), 12, true);
          for (Line line : m.lines()) {
            XWPFParagraph p = doc.createParagraph();
            run(p, sentence(line), 11, false);
            for (Source source : line.sources()) {
              XWPFFootnote note = doc.createFootnote();
              note.createParagraph().createRun().setText(citation(source));
              p.addFootnoteReference(note);
            }
          }
        }
      }
      doc.write(out);
    }
  }

  private static void run(XWPFParagraph p, String text, int size, boolean bold) {
    XWPFRun r = p.createRun();
    r.setText(text);
    r.setBold(bold);
    r.setFontSize(size);
  }

  /** 2023-06-08 → 6月8日, 2023-06 → 6月. */
  static String when(String iso) {
    String[] parts = iso.split("-");
    return Integer.parseInt(parts[1]) + "月" + (parts.length > 2 ? Integer.parseInt(parts[2]) + "日" : "");
  }

  private static String month(String yearMonth) {
    String[] parts = yearMonth.split("-");
    return parts[0] + "年" + Integer.parseInt(parts[1]) + "月";
  }

  private static String day(String iso) {
    String[] parts = iso.split("-");
    return parts[0] + "年" + Integer.parseInt(parts[1]) + "月" + Integer.parseInt(parts[2]) + "日";
  }
}
