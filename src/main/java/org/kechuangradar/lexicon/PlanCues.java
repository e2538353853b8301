package org.kechuangradar.lexicon;

import java.util.List;

/** The words that mark a happening as expected (预计, 将于, 计划, 力争 …), from {@code lexicon/plan-cues.tsv}. */
public final class PlanCues {
  private static final class Holder {
    static final List<String> WORDS = Tsv.wordsLongestFirst("plan-cues");
  }

  private PlanCues() {}

  /** Whether {@code text} holds one of the words in {@code [from, to)}. */
  public static boolean anyIn(String text, int from, int to) {
    for (String w : Holder.WORDS) {
      int at = text.indexOf(w, from);
      if (at >= 0 && at + w.length() <= to) {
        return true;
      }
    }
    return false;
  }
}
