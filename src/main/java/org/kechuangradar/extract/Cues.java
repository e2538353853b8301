package org.kechuangradar.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Words whose presence lets a stage try its patterns on a sentence at all (event verbs, call words …). Checked by
 * their first characters and then the words, which costs far less than a pattern over every sentence.
 */
public final class Cues {
  private final BitSet firstChars = new BitSet(0x10000);
  // The words by their first character, so a position is compared only with the words that can start there.
  private final Map<Character, List<String>> byFirst = new HashMap<>();

  public Cues(List<String> words) {
    for (String w : words) {
      firstChars.set(w.charAt(0));
      byFirst.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(w);
    }
  }

  /** Whether a cue word may start with this character. */
  public boolean mayStartWith(char c) {
    return firstChars.get(c);
  }

  /** Whether the text holds any of the words. */
  public boolean anyIn(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (firstChars.get(c)) {
        for (String w : byFirst.get(c)) {
          if (text.startsWith(w, i)) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
