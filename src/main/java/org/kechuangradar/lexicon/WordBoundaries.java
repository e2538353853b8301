package org.kechuangradar.lexicon;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.dictionary.CoreDictionary;

/**
 * Whether a position of a text can be a word boundary: not when a word of HanLP's core dictionary runs across it
 * ({@code 中山|路} is cut by 山路). A name found in a text is only reported where both its ends can be boundaries.
 */
public final class WordBoundaries {
  private static final int LONGEST = 6;

  private WordBoundaries() {}

  /** Whether a dictionary word of two characters or more starts before {@code at} and ends after it. */
  public static boolean straddled(String text, int at) {
    if (at <= 0 || at >= text.length()) {
      return false;
    }
    DoubleArrayTrie<CoreDictionary.Attribute> trie = CoreDictionary.trie;
    for (int start = Math.max(0, at - LONGEST + 1); start < at; start++) {
      for (int end = at + 1; end <= Math.min(text.length(), start + LONGEST); end++) {
        // HanLP's third argument is the end offset, not a length.
        if (trie.exactMatchSearch(text, start, end, 0) >= 0) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether {@code [start, end)} can be a word: neither end is straddled. */
  public static boolean fits(String text, int start, int end) {
    return !straddled(text, start) && !straddled(text, end);
  }
}
