package org.kechuangradar.clean;

import java.text.Normalizer;
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
  private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]+");
  private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]");

  @Override
  String rewrite(String text) {
    String s = text;
    if (s.indexOf('&') >= 0 && ENTITY.matcher(s).find()) {
      s = Parser.unescapeEntities(s, false);
    }
    if (s.indexOf('[') >= 0) {
      s = EDITORIAL_MARK.matcher(s).replaceAll("");
    }
    if (!Normalizer.isNormalized(s, Normalizer.Form.NFC)) {
      s = Normalizer.normalize(s, Normalizer.Form.NFC);
    }
    s = foldFullWidth(s);
    s = INVISIBLE.matcher(s).replaceAll("");
    return SPACES.matcher(s).replaceAll(" ").strip();
  }

  /** Full-width letters, digits and the signs that go with numbers become ASCII; other punctuation stays. */
  static String foldFullWidth(String s) {
    char[] chars = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean fold = (c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ')
          || c == '％' || c == '．' || c == '＋' || c == '＠' || c == '＃' || c == '＆';
      if (fold) {
        if (chars == null) {
          chars = s.toCharArray();
        }
        chars[i] = (char) (c - 0xFEE0);
      }
    }
    return chars == null ? s : new String(chars);
  }
}
