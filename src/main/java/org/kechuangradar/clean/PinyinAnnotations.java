package org.kechuangradar.clean;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes pinyin readings that some sites put after Han characters ({@code 部門(mén)}, {@code 臺(tái)}) while
 * keeping other parenthesised Latin text such as {@code (CEO)}, {@code (Elon Musk)} or {@code (AI)}.
 *
 * <p>A parenthesis after a Han character is a reading when it carries a tone mark, or when it is lower case
 * and every part of it is a pinyin syllable.
 */
public final class PinyinAnnotations extends BlockRewriter {
  private static final Pattern CANDIDATE =
      Pattern.compile("(?<=\\p{IsHan})[(（]\\s*([a-zA-Z\\u00C0-\\u01DC\\u0300-\\u036F ]{1,24})\\s*[)）]");
  private static final Pattern TONE_MARK = Pattern.compile("[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]");
  private static final Pattern SYLLABLE = Pattern.compile(
      "(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
          + "(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|er|in|un|ia|ie|iu"
          + "|ua|uo|ui|ve|ue|a|o|e|i|u|v)");

  @Override
  String rewrite(String text) {
    if (text.indexOf('(') < 0 && text.indexOf('（') < 0) {
      return text;
    }
    Matcher m = CANDIDATE.matcher(text);
    StringBuilder out = null;
    int last = 0;
    while (m.find()) {
      if (isReading(m.group(1).strip())) {
        if (out == null) {
          out = new StringBuilder(text.length());
        }
        out.append(text, last, m.start());
        last = m.end();
      }
    }
    if (out == null) {
      return text;
    }
    return out.append(text, last, text.length()).toString();
  }

  static boolean isReading(String latin) {
    if (TONE_MARK.matcher(Normalizer.normalize(latin, Normalizer.Form.NFC)).find()) {
      return true;
    }
    if (!latin.equals(latin.toLowerCase(java.util.Locale.ROOT))) {
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
    return SYLLABLE.matcher(s).matches() || Pattern.compile("(?:" + SYLLABLE.pattern() + "){2}").matcher(s).matches();
  }
}
