package org.kechuangradar.segment;

import java.util.ArrayList;
import java.util.List;

/** Splits text into sentences at 。！？；, line ends, and a closing quote after them; keeps spans. */
public final class Sentences {
  /** One sentence and where it stands in the text. */
  public record Sentence(String text, int start, int end) {}

  private Sentences() {}

  public static List<Sentence> of(String text) {
    List<Sentence> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean end = c == '\n' || c == '。' || c == '！' || c == '？' || c == '；' || c == '!' || c == '?';
      if (end) {
        int stop = i + 1;
        while (stop < text.length() && (text.charAt(stop) == '”' || text.charAt(stop) == '’')) {
          stop++;
        }
        add(out, text, start, c == '\n' ? i : stop);
        start = stop;
        i = stop - 1;
      }
    }
    add(out, text, start, text.length());
    return out;
  }

  private static void add(List<Sentence> out, String text, int start, int end) {
    if (end > start && !text.substring(start, end).isBlank()) {
      out.add(new Sentence(text.substring(start, end), start, end));
    }
  }
}
