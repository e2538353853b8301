package org.kechuangradar.lexicon;

import java.util.List;

/** The happenings that 启动 opens as 开幕 does (活动, 博览会, 文化节), from {@code lexicon/gathering-nouns.tsv}. */
public final class GatheringNouns {
  private static final class Holder {
    static final List<String> WORDS = Tsv.wordsLongestFirst("gathering-nouns");
  }

  private GatheringNouns() {}

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
