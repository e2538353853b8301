package org.kechuangradar.clean;

/** What the end of a line says about it: a finished sentence, or text that goes on. */
final class Punctuation {
  private Punctuation() {}

  /** Ends with sentence-final punctuation, possibly inside closing quotes or brackets. */
  static boolean endsSentence(String s) {
    int i = s.length() - 1;
    while (i >= 0 && isCloser(s.charAt(i))) {
      i--;
    }
    if (i < 0) {
      return false;
    }
    char c = s.charAt(i);
    if (c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == '…' || c == '；' || c == ';') {
      return true;
    }
    // A closing quote or bracket ends a quotation or a parenthetical remark, as in 宋向清说”.
    return i < s.length() - 1 && (c != '，' && c != ',' && c != '、');
  }

  /** Ends with a mark after which a sentence must go on: a comma, an enumeration comma, an open quote. */
  static boolean endsMidSentence(String s) {
    if (s.isEmpty()) {
      return false;
    }
    char c = s.charAt(s.length() - 1);
    return c == '，' || c == ',' || c == '、' || c == '“' || c == '‘' || c == '《' || c == '（' || c == '('
        || c == '「';
  }

  /** Holds an opening quote or bracket that is not closed. */
  static boolean hasUnclosedQuote(String s) {
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '“' || c == '《' || c == '（' || c == '「') {
        depth++;
      } else if ((c == '”' || c == '》' || c == '）' || c == '」') && depth > 0) {
        depth--;
      }
    }
    return depth > 0;
  }

  /** Holds a comma, semicolon or enumeration comma inside it. */
  static boolean hasInnerPause(String s) {
    for (int i = 0; i < s.length() - 1; i++) {
      char c = s.charAt(i);
      if (c == '，' || c == ',' || c == '；' || c == ';' || c == '、') {
        return true;
      }
    }
    return false;
  }

  private static boolean isCloser(char c) {
    return c == '”' || c == '’' || c == '」' || c == '』' || c == '）' || c == ')' || c == '"' || c == '》';
  }

  /** Counts Han characters, letters and digits: the visible length of a line. */
  static int visibleLength(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isWhitespace(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }
}
