package org.kechuangradar.lexicon;

import java.util.HashMap;
import java.util.Map;

/**
 * The words that date a happening only as a little before publication (日前, 近日, 近期), with the days before
 * publication the range they stand for starts, from {@code lexicon/vague-dates.tsv}.
 */
public final class VagueDates {
  private static final class Holder {
    static final Map<String, Integer> DAYS = load();
  }

  private VagueDates() {}

  /** The days back this word reaches, or -1 when it is not a vague date. */
  public static int daysBack(String word) {
    return Holder.DAYS.getOrDefault(word, -1);
  }

  private static Map<String, Integer> load() {
    Map<String, Integer> out = new HashMap<>();
    for (String[] row : Tsv.rows("vague-dates")) {
      out.put(row[0].strip(), Integer.parseInt(row[1].strip()));
    }
    return Map.copyOf(out);
  }
}
