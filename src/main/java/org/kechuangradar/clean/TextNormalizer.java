package org.kechuangradar.clean;

import com.ibm.icu.text.Normalizer2;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Decodes HTML entities left in web extracts ({@code &lsquo;}), removes editorial marks ({@code [MOU1]}),
 * applies NFC, folds full-width letters and digits to ASCII and collapses runs of spaces.
 *
 * <p>Chinese punctuation is kept as written.
 */
public final class TextNormalizer extends BlockRewriter {
  private static final Pattern ENTITY = Pattern.compile("&(#\\d{2,6}|#x[0-9a-fA-F]{2,5}|[a-zA-Z]{2,8});");
  // Word-processor comment anchors such as [MOU1], [A2] or [JX3] left in pasted articles.
  private static final Pattern EDITORIAL_MARK = Pattern.compile("\\[[A-Z]{1,6}\\d{1,3}\\]");

  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  @Override
  String rewrite(String text) {
    String s = text;
    if (s.indexOf('&') >= 0 && ENTITY.matcher(s).find()) {
      s = Parser.unescapeEntities(s, false);
    }
    if (s.indexOf('[') >= 0) {
      s = EDITORIAL_MARK.matcher(s).replaceAll("");
    }
    if (NFC.spanQuickCheckYes(s) < s.length()) {
      s = NFC.normalize(s);
    }
    return fold(s);
  }

  /**
   * One pass over the line: full-width letters, digits and the signs that go with numbers become ASCII
   * (other punctuation stays), invisible characters go, runs of spaces become one, ends are trimmed.
   */
  static String fold(String s) {
    StringBuilder out = null;
    boolean space = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char mapped = c;
      boolean drop = false;
      if ((c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ') || c == '％' || c == '．'
          || c == '＋' || c == '＠' || c == '＃' || c == '＆') {
        mapped = (char) (c - 0xFEE0);
      } else if (isSpace(c)) {
        mapped = ' ';
        drop = space;
      } else if ((c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF' || c == '\u00AD') {
        drop = true;
      }
      if (out == null && (drop || mapped != c)) {
        out = new StringBuilder(s.length()).append(s, 0, i);
      }
      if (!drop) {
        space = mapped == ' ';
        if (out != null) {
          out.append(mapped);
        }
      }
    }
    String r = out == null ? s : out.toString();
    return r.isEmpty() || r.charAt(r.length() - 1) != ' ' ? r : r.substring(0, r.length() - 1);
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0' || (c >= '\u2000' && c <= '\u200A') || c == '\u202F'
        || c == '\u205F' || c == '\u3000';
  }
}
