package org.kechuangradar.lexicon;

import java.util.HashMap;
import java.util.Map;

/**
 * The government bodies Kechuang Radar knows by name: central bodies with their abbreviations
 * ({@code 工信部} → 工业和信息化部) and the bodies of local governments that follow a region name
 * ({@code 发展改革委} → 发展和改革委员会). Written by hand in {@code lexicon/central-bodies.tsv} and {@code lexicon/local-bodies.tsv}. Immutable and shared.
 */
public final class BodyGazetteer {
  /** A body's canonical name and type. */
  public record Body(String canonical, String type) {}

  private static final class Holder {
    static final BodyGazetteer INSTANCE = new BodyGazetteer();
  }

  private final NameTable<Body> central = table("central-bodies");
  private final NameTable<Body> local = table("local-bodies");

  public static BodyGazetteer get() {
    return Holder.INSTANCE;
  }

  /** The longest central body name or alias starting at {@code at}: [length] and body, or null. */
  public Map.Entry<Integer, Body> centralAt(String text, int at) {
    return entry(central.longestAt(text, at));
  }

  /** The longest local body name or alias starting at {@code at}, or null. */
  public Map.Entry<Integer, Body> localAt(String text, int at) {
    return entry(local.longestAt(text, at));
  }

  /** Every central body name and alias. */
  public java.util.Set<String> centralNames() {
    return central.asMap().keySet();
  }

  /** Every local body name and alias. */
  public java.util.Set<String> localNames() {
    return local.asMap().keySet();
  }

  private static Map.Entry<Integer, Body> entry(NameTable.Match<Body> m) {
    return m == null ? null : Map.entry(m.length(), m.value());
  }

  /** A file's bodies by canonical name and by every alias; the third column, when there is one, is the type. */
  private static NameTable<Body> table(String file) {
    Map<String, Body> names = new HashMap<>();
    for (String[] row : Tsv.rows(file)) {
      Body body = new Body(row[0], row.length > 2 ? row[2] : "government");
      names.put(row[0], body);
      if (row.length > 1) {
        for (String alias : row[1].split(",")) {
          if (!alias.isBlank()) {
            names.put(alias.strip(), body);
          }
        }
      }
    }
    return new NameTable<>(names);
  }
}
