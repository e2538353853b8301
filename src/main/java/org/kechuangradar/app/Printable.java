package org.kechuangradar.app;

/**
 * Names and titles from outside (file names, watch names, page titles) made safe to print: a newline or a
 * terminal escape in a file name must not forge a line of a summary or recolour a terminal, and XML 1.0 cannot
 * hold most control characters at all.
 */
public final class Printable {
  private Printable() {}

  /**
   * The text on one line, with every control character, bidirectional override and unpaired surrogate written as
   * a visible escape ({@code \n}, {@code \u001b}).
   */
  public static String line(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else if (unsafe(c) || Character.isSurrogate(c) && !paired(text, i)) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
        if (Character.isHighSurrogate(c)) {
          out.append(text.charAt(++i));
        }
      }
    }
    return out.toString();
  }

  /** The text without the characters XML 1.0 cannot hold (controls other than tab and newlines, lone surrogates). */
  public static String xml(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control = c < 0x20 && c != '\t' && c != '\n' && c != '\r';
      if (control || c == 0xFFFE || c == 0xFFFF || Character.isSurrogate(c) && !paired(text, i)) {
        continue;
      }
      out.append(c);
      if (Character.isHighSurrogate(c)) {
        out.append(text.charAt(++i));
      }
    }
    return out.toString();
  }

  /** Whether a text has a character {@link #line} would escape. */
  public static boolean hasControls(String text) {
    return !line(text).equals(text);
  }

  private static boolean unsafe(char c) {
    return Character.getType(c) == Character.CONTROL || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069
        || c == 0x2028 || c == 0x2029;
  }

  // A high surrogate followed by a low one, or a low one preceded by a high one.
  private static boolean paired(String text, int i) {
    char c = text.charAt(i);
    return Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
        : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
  }
}
