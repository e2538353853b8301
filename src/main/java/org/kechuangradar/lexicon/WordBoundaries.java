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

  /**
   * Whether HanLP's segmenter, reading a few characters around {@code at}, cuts the text there. Dearer than
   * {@link #straddled} but right where a dictionary word crosses a true boundary (从中|国, 台联 of 电视台|联合).
   */
  public static boolean segmentsAt(String text, int at) {
    if (at <= 0 || at >= text.length()) {
      return true;
    }
    // Words of the field HanLP's dictionary lacks (算力, 智算) are words all the same: 算|力 is no boundary.
    for (String word : FieldWords.ALL) {
      for (int start = Math.max(0, at - word.length() + 1); start < at; start++) {
        if (text.startsWith(word, start) && start + word.length() > at) {
          return false;
        }
      }
    }
    int from = Math.max(0, at - WINDOW);
    int to = Math.min(text.length(), at + WINDOW);
    int offset = from;
    for (com.hankcs.hanlp.seg.common.Term t : Segmenter.SEGMENT.seg(text.substring(from, to))) {
      if (offset == at) {
        return true;
      }
      offset += t.word.length();
      if (offset > at) {
        return false;
      }
    }
    return offset == at;
  }

  private static final int WINDOW = 8;

  private static final class FieldWords {
    static final java.util.List<String> ALL = Industries.signalWords().stream().filter(w -> w.length() > 1).toList();
  }

  private static final class Segmenter {
    static final com.hankcs.hanlp.seg.Segment SEGMENT = com.hankcs.hanlp.HanLP.newSegment()
        .enableNameRecognize(false).enablePlaceRecognize(false).enableOrganizationRecognize(false);
  }

  /** Whether {@code [start, end)} can be a word: neither end is straddled. */
  public static boolean fits(String text, int start, int end) {
    return !straddled(text, start) && !straddled(text, end);
  }
}
