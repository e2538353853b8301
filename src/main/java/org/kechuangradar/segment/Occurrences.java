package org.kechuangradar.segment;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where each of many words occurs in a text, found in one pass over it (HanLP's Aho–Corasick automaton) rather than
 * one search per word: each word's start offsets in increasing order, overlapping occurrences included.
 */
public final class Occurrences {
  private static final int FEW = 8;

  private Occurrences() {}

  /** The start offsets of each non-empty word in {@code text}; a word that does not occur maps to an empty list. */
  public static Map<String, List<Integer>> of(String text, Collection<String> words) {
    Map<String, List<Integer>> out = new HashMap<>();
    TreeMap<String, String> keys = new TreeMap<>();
    for (String w : words) {
      if (!w.isEmpty()) {
        keys.put(w, w);
        out.put(w, new ArrayList<>());
      }
    }
    // Building the automaton costs more than a few plain searches; a handful of words is searched one by one.
    if (keys.size() <= FEW) {
      for (String w : keys.keySet()) {
        for (int at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
          out.get(w).add(at);
        }
      }
    } else {
      new AhoCorasickDoubleArrayTrie<>(keys).parseText(text, (begin, end, word) -> out.get(word).add(begin));
    }
    return out;
  }

  /** Where each non-empty word first occurs in {@code text}; a word that does not occur is left out. */
  public static Map<String, Integer> first(String text, Collection<String> words) {
    Map<String, Integer> out = new HashMap<>();
    TreeMap<String, String> keys = new TreeMap<>();
    words.stream().filter(w -> !w.isEmpty()).forEach(w -> keys.put(w, w));
    if (!keys.isEmpty()) {
      new AhoCorasickDoubleArrayTrie<>(keys).parseText(text, (begin, end, word) -> out.putIfAbsent(word, begin));
    }
    return out;
  }
}
