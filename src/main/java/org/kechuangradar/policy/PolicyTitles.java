package org.kechuangradar.policy;

import java.text.Normalizer;
import java.util.regex.Pattern;
import org.kechuangradar.lexicon.PolicyKinds;
import org.kechuangradar.lexicon.RegionGazetteer;

/**
 * What two titles of the same policy share. Variants differ in marks (《》, full- and half-width brackets and
 * quotes), a period or a status in brackets ({@code （2025—2027年）}, {@code （试行）}, {@code （征求意见稿）}), the
 * words 关于 and 的 around the subject, and the issuing region written in front or left to context.
 */
public final class PolicyTitles {
  private static final Pattern BRACKETED = Pattern.compile("[（(][^（()）]*[)）]");
  private static final Pattern MARKS = Pattern.compile("[《》“”‘’\"'「」、·\\s]");
  private static final Pattern OF_BEFORE_KIND = Pattern.compile("的(?=(" + PolicyKinds.alternation() + ")$)");

  private PolicyTitles() {}

  /** The title with the marks, brackets, 关于 and the 的 before its kind word taken out. */
  public static String core(String title) {
    String s = Normalizer.normalize(title, Normalizer.Form.NFKC);
    s = BRACKETED.matcher(s).replaceAll("");
    s = MARKS.matcher(s).replaceAll("");
    s = s.replaceFirst("^关于", "");
    return OF_BEFORE_KIND.matcher(s).replaceAll("");
  }

  /** The core without the region the title starts with, and that region (or null). */
  public static String[] withoutRegion(String core) {
    RegionGazetteer.Form f = RegionGazetteer.get().longestAt(core, 0);
    if (f != null && f.divisions().size() == 1 && f.text().length() < core.length()) {
      String rest = core.substring(f.text().length()).replaceFirst("^关于", "");
      return new String[] {OF_BEFORE_KIND.matcher(rest).replaceAll(""), f.divisions().get(0).name()};
    }
    return new String[] {core, null};
  }
}
