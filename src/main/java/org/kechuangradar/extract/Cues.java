package org.kechuangradar.extract;

import java.util.List;

/**
 * Words whose presence lets a stage try its patterns on a sentence at all (event verbs, call words …). Checked by
 * their first characters and then the words, which costs far less than a pattern over every sentence.
 */
final class Cues {
  private final List<String> words;
  private final String firstChars;

  Cues(List<String> words) {
    this.words = List.copyOf(words);
    this.firstChars = words.stream().map(w -> w.substring(0, 1)).distinct().reduce("", String::concat);
  }

  /** Whether a cue word may start with this character. */
  boolean mayStartWith(char c) {
    return firstChars.indexOf(c) >= 0;
  }

  /** Whether the text holds any of the words. */
  boolean anyIn(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (mayStartWith(text.charAt(i))) {
        for (String w : words) {
          if (text.startsWith(w, i)) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
