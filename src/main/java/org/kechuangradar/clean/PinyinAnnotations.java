package org.kechuangradar.clean;

import java.util.regex.Pattern;
import java.util.Locale;

/**
 * Removes pinyin readings that some sites put after Han characters ({@code 部門(mén)}, {@code 臺(tái)}) while
 * keeping other parenthesised Latin text such as {@code (CEO)}, {@code (Elon Musk)} or {@code (AI)}.
 *
 * <p>A parenthesis after a Han character is a reading when it carries a tone mark, or when it is lower case
 * and every part of it is a pinyin syllable.
 */
public final class PinyinAnnotations extends BlockRewriter {
  private static final int MAX_READING = 26;
  // Text is in NFC by now (TextNormalizer), so tone marks are precomposed letters.
  private static final String TONE_MARKS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";
  private static final Pattern SYLLABLE = Pattern.compile(
      "(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
          + "(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|er|in|un|ia|ie|iu"
          + "|ua|uo|ui|ve|ue|a|o|e|i|u|v)");

  private static final Pattern TWO_SYLLABLES = Pattern.compile("(?:" + SYLLABLE.pattern() + "){2}");

  @Override
  String rewrite(String text) {
    if (!mayHoldReading(text)) {
      return text;
    }
    StringBuilder out = null;
    int last = 0;
    for (int i = 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c != '(' && c != '（') || !Character.isIdeographic(text.charAt(i - 1))) {
        continue;
      }
      int close = closing(text, i + 1);
      if (close > 0 && isReading(text.substring(i + 1, close).strip())) {
        out = out == null ? new StringBuilder(text.length()) : out;
        out.append(text, last, i);
        last = close + 1;
        i = close;
      }
    }
    return out == null ? text : out.append(text, last, text.length()).toString();
  }

  /** The index of the parenthesis that closes a run of Latin letters starting at {@code from}, or -1. */
  private static int closing(String s, int from) {
    for (int j = from; j < s.length() && j <= from + MAX_READING; j++) {
      char c = s.charAt(j);
      if (c == ')' || c == '）') {
        return j > from ? j : -1;
      }
      if (!isLatin(c) && c != ' ') {
        return -1;
      }
    }
    return -1;
  }

  private static boolean isLatin(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '\u00C0' && c <= '\u01DC')
        || (c >= '\u0300' && c <= '\u036F');
  }

  /** An opening parenthesis right after a Han character and right before a Latin letter. */
  private static boolean mayHoldReading(String s) {
    for (int i = 1; i + 1 < s.length(); i++) {
      char c = s.charAt(i);
      if ((c == '(' || c == '（') && Character.isIdeographic(s.charAt(i - 1))) {
        char next = s.charAt(i + 1) == ' ' && i + 2 < s.length() ? s.charAt(i + 2) : s.charAt(i + 1);
        if (isLatin(next)) {
          return true;
        }
      }
    }
    return false;
  }

  static boolean isReading(String latin) {
    for (int i = 0; i < latin.length(); i++) {
      if (TONE_MARKS.indexOf(latin.charAt(i)) >= 0) {
        return true;
      }
    }
    if (!latin.equals(latin.toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (String part : latin.split(" ")) {
      if (!isSyllables(part.replace('ü', 'v'))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSyllables(String s) {
    // One or two syllables per annotated character is what sites write; longer runs are words.
    return SYLLABLE.matcher(s).matches() || TWO_SYLLABLES.matcher(s).matches();
  }
}
