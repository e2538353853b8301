package org.kechuangradar.lexicon;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;

/**
 * Whether a word is an everyday word in HanLP's core dictionary: one whose most frequent part of speech is not a
 * proper name ({@code 合作} is a verb, {@code 和平} a noun, though both also name towns).
 */
public final class EverydayWords {
  private EverydayWords() {}

  /** The part of speech a dictionary word has most often (the first of equals). */
  public static Nature usualNature(CoreDictionary.Attribute a) {
    Nature best = a.nature[0];
    int most = -1;
    for (int i = 0; i < a.nature.length; i++) {
      if (a.frequency[i] > most) {
        most = a.frequency[i];
        best = a.nature[i];
      }
    }
    return best;
  }

  public static boolean is(String word) {
    CoreDictionary.Attribute a = CoreDictionary.get(word);
    if (a == null) {
      return false;
    }
    String n = usualNature(a).toString();
    return !(n.startsWith("ns") || n.startsWith("nr") || n.startsWith("nt") || n.startsWith("nz") || n.equals("j"));
  }
}
