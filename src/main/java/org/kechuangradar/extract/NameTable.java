package org.kechuangradar.extract;

import java.util.Map;

/**
 * Names of two characters or more mapped to values, with the longest name that starts at a position of a text.
 *
 * <p>Written by hand because the look-up runs at every character of every article: per first character a
 * mask of the name lengths that exist, and a bit set of hashed first-character pairs, rule most positions out
 * before any string is built. Immutable and thread-safe.
 */
final class NameTable<V> {
  /** A value and the length of the name that matched it. */
  record Match<V>(V value, int length) {}

  private final Map<String, V> names;
  private final int longest;
  private final int[] lengths = new int[0x10000];
  // A bit per hashed pair of first characters: a clear bit rules the position out in one step.
  private final long[] pairs = new long[1 << 14];

  NameTable(Map<String, V> names) {
    this.names = Map.copyOf(names);
    this.longest = names.keySet().stream().mapToInt(String::length).max().orElse(0);
    names.keySet().forEach(k -> lengths[k.charAt(0)] |= 1 << Math.min(31, k.length()));
    for (String k : names.keySet()) {
      int h = pair(k.charAt(0), k.charAt(1));
      pairs[h >>> 6] |= 1L << (h & 63);
    }
  }

  /** The longest name starting at {@code at}, or null. */
  Match<V> longestAt(String text, int at) {
    if (at + 1 >= text.length()) {
      return null;
    }
    int mask = lengths[text.charAt(at)];
    if (mask == 0) {
      return null;
    }
    int h = pair(text.charAt(at), text.charAt(at + 1));
    if ((pairs[h >>> 6] & 1L << (h & 63)) == 0) {
      return null;
    }
    for (int len = Math.min(longest, text.length() - at); len >= 2; len--) {
      if ((mask & (1 << Math.min(31, len))) != 0) {
        V v = names.get(text.substring(at, at + len));
        if (v != null) {
          return new Match<>(v, len);
        }
      }
    }
    return null;
  }

  /** A 20-bit hash of two characters. */
  private static int pair(char first, char second) {
    return ((first << 16 | second) * 0x9E3779B1) >>> 12;
  }

  V get(String name) {
    return names.get(name);
  }
}
