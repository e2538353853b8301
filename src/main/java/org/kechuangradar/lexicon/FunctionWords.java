package org.kechuangradar.lexicon;

import java.util.BitSet;

/** The function characters of {@code lexicon/function-words.tsv} (的, 在, 和 …), which no name runs across. */
public final class FunctionWords {
  private static final class Holder {
    static final BitSet CHARS = new BitSet(0x10000);

    static {
      Tsv.words("function-words").forEach(w -> w.chars().forEach(CHARS::set));
    }
  }

  private FunctionWords() {}

  public static boolean is(char c) {
    return Holder.CHARS.get(c);
  }
}
