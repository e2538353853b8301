package org.kechuangradar.lexicon;

import java.util.List;

/**
 * The words that, right after an event verb, say it tells no happening (考察船, 调研报告, 投产后), from
 * {@code lexicon/verb-blockers.tsv}.
 */
public final class VerbBlockers {
  private static final class Holder {
    static final List<String> WORDS = Tsv.wordsLongestFirst("verb-blockers");
  }

  private VerbBlockers() {}

  /** Whether one of the words starts at {@code at}. */
  public static boolean startsAt(String text, int at) {
    for (String w : Holder.WORDS) {
      if (text.startsWith(w, at)) {
        return true;
      }
    }
    return false;
  }
}
