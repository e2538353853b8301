package org.kechuangradar.lexicon;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The places news writes as one character, from {@code lexicon/one-character-places.tsv}, with how it uses each. */
public final class OneCharacterPlaces {
  /** A place's full name and the uses its character has: in a pair (中美), as a side (中方), after travel (访华). */
  public record Place(String name, boolean pair, boolean side, boolean travel) {}

  private static final class Holder {
    static final OneCharacterPlaces DEFAULT = new OneCharacterPlaces(load());
  }

  private final Map<Character, Place> places;

  public OneCharacterPlaces(Map<Character, Place> places) {
    this.places = Map.copyOf(places);
  }

  public static OneCharacterPlaces get() {
    return Holder.DEFAULT;
  }

  /** The place this character stands for in some use, or null. */
  public Place of(char c) {
    return places.get(c);
  }

  /** Whether the character stands for a country in a pair (中美, 中法). */
  public boolean pairs(char c) {
    Place p = places.get(c);
    return p != null && p.pair();
  }

  private static Map<Character, Place> load() {
    Map<Character, Place> out = new HashMap<>();
    for (String[] row : Tsv.rows("one-character-places")) {
      List<String> uses = List.of(row[2].strip().split(","));
      out.put(row[0].charAt(0), new Place(row[1].strip(), uses.contains("pair"), uses.contains("side"),
          uses.contains("travel")));
    }
    return out;
  }
}
