package org.kechuangradar.lexicon;

import com.hankcs.hanlp.dictionary.CoreDictionary;

/**
 * Whether a run of characters is made only of words HanLP's dictionary does not know or knows only as names (a
 * place, a person, an organization, an abbreviation, a proper noun): the stuff names are made of, not phrases.
 */
public final class ProperWords {
  private static final int LONGEST = 4;

  private ProperWords() {}

  /** Read left to right by the longest dictionary word; a character the dictionary lacks is a word of its own. */
  public static boolean only(String run) {
    int i = 0;
    while (i < run.length()) {
      int length = 1;
      CoreDictionary.Attribute found = null;
      for (int len = Math.min(LONGEST, run.length() - i); len >= 1; len--) {
        CoreDictionary.Attribute a = CoreDictionary.get(run.substring(i, i + len));
        if (a != null) {
          found = a;
          length = len;
          break;
        }
      }
      if (found != null && length > 1 && !proper(found) || found != null && length == 1 && !proper(found)
          && run.length() == 1) {
        return false;
      }
      i += length;
    }
    return true;
  }

  private static boolean proper(CoreDictionary.Attribute a) {
    for (int k = 0; k < a.nature.length; k++) {
      String n = a.nature[k].toString();
      if (n.startsWith("ns") || n.startsWith("nr") || n.startsWith("nt") || n.equals("nz") || n.equals("j")
          || n.equals("nx")) {
        return true;
      }
    }
    return false;
  }
}
