package org.kechuangradar.extract.domain;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import org.kechuangradar.lexicon.FunctionWords;
import org.kechuangradar.lexicon.Tsv;

/**
 * The name phrase that ends where a kind word starts (…智算中心, …基金, …集聚区): back over Chinese
 * characters, digits, quotes and plus signs to a pause or a function word, then past the words that introduce it.
 * Written by hand because a segmenter cuts such new names (模速空间, 脑机接口未来产业集聚区) into pieces.
 */
final class NamePhrase {
  private static final String PAUSES = "，。；：、,;:！？!?（）()\n《》 —";
  private static final int LONGEST_WORD = 4;
  private static final java.util.Set<String> INTRODUCERS = java.util.Set.copyOf(Tsv.words("name-introducers"));

  private NamePhrase() {}

  /**
   * The length of the word at {@code at} when it introduces a name rather than being part of one: a word of
   * {@code lexicon/name-introducers.tsv}, or else the longest dictionary word there when it is of a closed class.
   */
  private static int introducerAt(String text, int at, int end) {
    for (int len = Math.min(LONGEST_WORD, end - at); len >= 1; len--) {
      if (INTRODUCERS.contains(text.substring(at, at + len))) {
        return len;
      }
    }
    for (int len = Math.min(LONGEST_WORD, end - at); len >= 1; len--) {
      CoreDictionary.Attribute a = CoreDictionary.get(text.substring(at, at + len));
      if (a != null) {
        // 常泰长江大桥: a one-character adverb stands before a verb; before anything else it begins the name.
        if (len == 1 && org.kechuangradar.lexicon.EverydayWords.usualNature(a).toString().equals("d") && introducerAt(text, at + 1, end) == 0) {
          return 0;
        }
        return closedClass(a) ? len : 0;
      }
    }
    return 0;
  }

  private static boolean closedClass(CoreDictionary.Attribute a) {
    String nature = a.nature[0].toString();
    int most = -1;
    for (int i = 0; i < a.nature.length; i++) {
      if (a.frequency[i] > most) {
        most = a.frequency[i];
        nature = a.nature[i].toString();
      }
    }
    return nature.equals("d") || nature.startsWith("m") || nature.startsWith("q") || nature.equals("p")
        || nature.equals("c") || nature.startsWith("r") || nature.startsWith("u");
  }

  /** The start of the phrase ending at {@code end}, at most {@code max} characters long. */
  static int start(String text, int end, int max) {
    int start = end;
    while (start > 0 && end - start < max && PAUSES.indexOf(text.charAt(start - 1)) < 0
        && !FunctionWords.is(text.charAt(start - 1))) {
      start--;
    }
    // The words that introduce the name go: a verb, an adverb, a numeral or a measure word at its head (要发挥, 已建成,
    // 首个, 一批) is no part of a name.
    for (int word = introducerAt(text, start, end); word > 0; word = introducerAt(text, start, end)) {
      start += word;
    }
    // 厦门加快建设…示范区, 自主研制的…望远镜: a verb that takes a name as its object ends what comes before the name,
    // wherever it stands in the phrase.
    for (int at = end - 2; at > start; at--) {
      for (int len = Math.min(LONGEST_WORD, end - at - 1); len >= 2; len--) {
        if (INTRODUCERS.contains(text.substring(at, at + len))) {
          start = at + len;
          for (int word = introducerAt(text, start, end); word > 0; word = introducerAt(text, start, end)) {
            start += word;
          }
          return start;
        }
      }
    }
    return start;
  }
}
