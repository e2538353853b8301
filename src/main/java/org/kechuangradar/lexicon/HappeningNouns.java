package org.kechuangradar.lexicon;

import java.util.List;

/**
 * The happenings that 举行 can hold and that are no meeting (抗议, 集会, 游行, 演习), from
 * {@code lexicon/happening-nouns.tsv}.
 */
public final class HappeningNouns {
  private static final class Holder {
    static final List<String> WORDS = Tsv.wordsLongestFirst("happening-nouns");
  }

  private HappeningNouns() {}

  /** Whether one of the words stands in {@code text}. */
  public static boolean anyIn(String text) {
    for (String w : Holder.WORDS) {
      if (text.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
