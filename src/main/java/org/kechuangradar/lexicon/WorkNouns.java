package org.kechuangradar.lexicon;

import java.util.List;

/**
 * The words that say a title in 《》 names a work and not a policy (杂志, 文章, 电视剧, 纪录片, 出版 …), from
 * {@code lexicon/work-nouns.tsv}.
 */
public final class WorkNouns {
  private static final class Holder {
    static final List<String> WORDS = Tsv.wordsLongestFirst("work-nouns");
  }

  private WorkNouns() {}

  /** Whether {@code text} ends with one of the words (the words just before a title). */
  public static boolean endsWithOne(String text) {
    for (String w : Holder.WORDS) {
      if (text.endsWith(w)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code text} starts with one of the words (the words just after a title: 《…》杂志, 《…》节目). */
  public static boolean startsWithOne(String text) {
    for (String w : Holder.WORDS) {
      if (text.startsWith(w)) {
        return true;
      }
    }
    return false;
  }
}
