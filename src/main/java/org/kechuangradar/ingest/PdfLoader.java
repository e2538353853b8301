package org.kechuangradar.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.kechuangradar.model.Block;
import org.kechuangradar.model.Document;
import org.kechuangradar.model.Issue;
import org.kechuangradar.model.Script;

/**
 * Reads the text layer of a PDF (PDFBox), page by page, and restores reading order on e-paper pages with
 * several columns with {@link ColumnLayout}.
 */
public final class PdfLoader implements org.kechuangradar.ingest.Loader {
  private static final int MAX_PAGES = 200;
  /** About seventy full newspaper pages; a few bytes of content stream can draw text without end. */
  private static final int MAX_GLYPHS = 1_000_000;

  @Override
  public Document load(Input input) throws InputException {
    List<Page> pages = new ArrayList<>();
    try (PDDocument pdf = Loader.loadPDF(input.bytes())) {
      if (pdf.getNumberOfPages() > MAX_PAGES) {
        throw new InputException(input.source(), "PDF has " + pdf.getNumberOfPages() + " pages, over the limit of "
            + MAX_PAGES);
      }
      int glyphs = 0;
      for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
        GlyphCollector collector = new GlyphCollector(MAX_GLYPHS - glyphs);
        collector.setStartPage(page);
        collector.setEndPage(page);
        collector.getText(pdf);
        pages.add(new Page(collector.glyphs, pdf.getPage(page - 1).getMediaBox().getWidth()));
        glyphs += collector.glyphs.size();
      }
    } catch (InvalidPasswordException e) {
      throw new InputException(input.source(), "PDF is encrypted with a password");
    } catch (IOException e) {
      throw new InputException(input.source(), "unreadable PDF (" + oneLine(e.getMessage()) + ")");
    } catch (GlyphCollector.TooMuchText e) {
      throw new InputException(input.source(), "PDF has more than " + MAX_GLYPHS + " characters of text, over the "
          + "limit");
    } catch (StackOverflowError e) {
      // PDFBox reads nested objects and page trees recursively; a loop or a very deep nesting exhausts the stack.
      throw new InputException(input.source(),
          "PDF is damaged: its objects nest too deep or refer to themselves in a loop");
    } catch (RuntimeException e) {
      // PDFBox checks a damaged file's structure only as it goes, and then fails with any unchecked exception.
      throw new InputException(input.source(), "PDF is damaged: " + damage(e));
    }
    // Laid out after PDFBox is done, so that a failure here is not taken for a damaged file.
    List<String> paragraphs = new ArrayList<>();
    List<Issue> issues = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      if (pages.get(i).glyphs().isEmpty()) {
        issues.add(new Issue("read", "page " + (i + 1) + " has no text layer"));
      }
      paragraphs.addAll(ColumnLayout.paragraphs(pages.get(i).glyphs(), pages.get(i).width()));
    }
    if (paragraphs.isEmpty()) {
      throw new InputException(input.source(), "PDF has no text layer (scanned pages need OCR first)");
    }
    List<Block> blocks = paragraphs.stream().map(Block::paragraph).toList();
    return new Document(input.source(), String.join("\n", paragraphs), null, null, null, List.of(), Script.SIMPLIFIED,
        blocks, "", List.of(), List.of(), issues, null);
  }

  /** One page's glyphs and width. */
  private record Page(List<ColumnLayout.Glyph> glyphs, float width) {}

  /** PDFBox's message when it is prose; a message naming Java classes or no message says nothing to a user. */
  private static String damage(RuntimeException e) {
    String message = oneLine(e.getMessage());
    return e.getMessage() == null || message.matches(".*\\b(class|java|org\\.apache)\\b.*")
        ? "its structure cannot be read" : message;
  }

  private static String oneLine(String s) {
    return s == null ? "no detail" : s.replaceAll("\\s+", " ").strip();
  }

  /** Collects every glyph of a page with its position instead of writing text, up to a number of glyphs. */
  private static final class GlyphCollector extends PDFTextStripper {
    final List<ColumnLayout.Glyph> glyphs = new ArrayList<>();
    private final int limit;

    GlyphCollector(int limit) throws IOException {
      this.limit = limit;
      setSortByPosition(false);
    }

    @Override
    protected void processTextPosition(TextPosition t) {
      String u = t.getUnicode();
      if (u != null && !u.isBlank()) {
        if (glyphs.size() >= limit) {
          throw new TooMuchText();
        }
        glyphs.add(new ColumnLayout.Glyph(u, t.getXDirAdj(), t.getYDirAdj(), Math.max(t.getWidthDirAdj(), 1f),
            Math.max(t.getHeightDir(), 1f)));
      }
    }

    /** Stops PDFBox mid-page, which it offers no other way to do. */
    static final class TooMuchText extends RuntimeException {
      TooMuchText() {
        super(null, null, false, false);
      }
    }
  }
}
