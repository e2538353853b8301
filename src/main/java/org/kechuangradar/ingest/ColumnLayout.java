package org.kechuangradar.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Puts the glyphs of a printed page back in reading order: lines from glyphs on one baseline, line segments
 * split at column gutters, wide segments (headlines across columns) cutting the page into bands, and each
 * band read column by column, top to bottom. A new paragraph starts at an indented line, after a short line,
 * or after a larger vertical gap.
 *
 * <p>Written here because PDFBox sorts by position line by line across the whole page, which interleaves
 * the columns of a newspaper page.
 */
final class ColumnLayout {
  /** One glyph: its text, the left of its box, its baseline, its width and height, in page units. */
  record Glyph(String text, float x, float y, float width, float height) {}

  /** A run of glyphs on one line; {@code em} is its widest glyph, the width of a Han character. */
  private record Segment(String text, float left, float right, float y, float em) {}

  private ColumnLayout() {}

  static List<String> paragraphs(List<Glyph> glyphs, float pageWidth) {
    List<Segment> segments = segments(glyphs);
    List<String> out = new ArrayList<>();
    List<Segment> band = new ArrayList<>();
    segments.sort(Comparator.comparingDouble(Segment::y));
    for (Segment s : segments) {
      if (s.right() - s.left() > pageWidth * 0.55) {
        readBand(band, out);
        band.clear();
        out.add(s.text());
      } else {
        band.add(s);
      }
    }
    readBand(band, out);
    return out;
  }

  /** Glyphs into line segments: same baseline, no gap wider than most of a glyph. */
  private static List<Segment> segments(List<Glyph> glyphs) {
    List<Glyph> sorted = new ArrayList<>(glyphs);
    sorted.sort(Comparator.comparingDouble((Glyph g) -> Math.round(g.y() * 2) / 2.0).thenComparingDouble(Glyph::x));
    List<Segment> out = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    Glyph first = null;
    Glyph last = null;
    float em = 0;
    for (Glyph g : sorted) {
      boolean sameLine = last != null && Math.abs(g.y() - last.y()) < last.height() * 0.5;
      // Glyphs of a CJK line touch; a gap of most of an em is a column gutter (newspapers use 1-2 em).
      boolean near = last != null && g.x() - (last.x() + last.width()) < Math.max(last.width(), g.width()) * 0.8;
      if (last != null && !(sameLine && near)) {
        out.add(new Segment(text.toString(), first.x(), last.x() + last.width(), first.y(), em));
        text.setLength(0);
        first = null;
        em = 0;
      }
      em = Math.max(em, g.width());
      if (first == null) {
        first = g;
      } else if (g.x() - (last.x() + last.width()) > g.width() * 0.4 && isLatin(last.text()) && isLatin(g.text())) {
        text.append(' ');
      }
      text.append(g.text());
      last = g;
    }
    if (first != null) {
      out.add(new Segment(text.toString(), first.x(), last.x() + last.width(), first.y(), em));
    }
    return out;
  }

  /** Reads the segments of one band: columns by left edge, left to right, each top to bottom. */
  private static void readBand(List<Segment> band, List<String> out) {
    if (band.isEmpty()) {
      return;
    }
    List<List<Segment>> columns = new ArrayList<>();
    List<Segment> byLeft = new ArrayList<>(band);
    byLeft.sort(Comparator.comparingDouble(Segment::left));
    for (Segment s : byLeft) {
      List<Segment> column = columns.isEmpty() ? null : columns.get(columns.size() - 1);
      if (column == null || s.left() > right(column)) {
        column = new ArrayList<>();
        columns.add(column);
      }
      column.add(s);
    }
    for (List<Segment> column : columns) {
      column.sort(Comparator.comparingDouble(Segment::y));
      readColumn(column, out);
    }
  }

  private static float right(List<Segment> column) {
    float r = 0;
    for (Segment s : column) {
      r = Math.max(r, s.right());
    }
    return r;
  }

  private static void readColumn(List<Segment> column, List<String> out) {
    float left = Float.MAX_VALUE;
    float right = 0;
    for (Segment s : column) {
      left = Math.min(left, s.left());
      right = Math.max(right, s.right());
    }
    StringBuilder paragraph = new StringBuilder();
    Segment previous = null;
    for (Segment s : column) {
      boolean indented = s.left() - left > s.em() * 1.5;
      boolean afterShort = previous != null && right - previous.right() > previous.em() * 2;
      boolean gap = previous != null && s.y() - previous.y() > previous.em() * 2.2;
      if (previous != null && (indented || afterShort || gap)) {
        out.add(paragraph.toString());
        paragraph.setLength(0);
      }
      if (paragraph.length() > 0 && isLatin(paragraph.substring(paragraph.length() - 1)) && isLatin(s.text())) {
        paragraph.append(' ');
      }
      paragraph.append(s.text());
      previous = s;
    }
    if (paragraph.length() > 0) {
      out.add(paragraph.toString());
    }
  }

  private static boolean isLatin(String s) {
    if (s.isEmpty()) {
      return false;
    }
    char c = s.charAt(s.length() - 1);
    return c < 0x2E80 && Character.isLetterOrDigit(c);
  }
}
