package org.kechuangradar.lexicon;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The taxonomy of strategic emerging and future industries that policies, funds and regions are tagged with: each
 * industry and the words that signal it, from {@code lexicon/industries.tsv}.
 */
public final class Industries {
  private static final Map<String, List<String>> SIGNALS = load();

  private Industries() {}

  /** Every word that signals an industry (算力, 大模型, 脑机接口 …). */
  public static java.util.Set<String> signalWords() {
    java.util.Set<String> all = new java.util.HashSet<>();
    SIGNALS.values().forEach(all::addAll);
    return all;
  }

  /** The industries a piece of text signals, in taxonomy order. */
  public static List<String> of(String text) {
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : SIGNALS.entrySet()) {
      for (String signal : e.getValue()) {
        if (text.contains(signal)) {
          out.add(e.getKey());
          break;
        }
      }
    }
    return out;
  }

  private static Map<String, List<String>> load() {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String[] row : Tsv.rows("industries")) {
      out.put(row[0].strip(), List.of(row[1].strip().split(",")));
    }
    return out;
  }
}
