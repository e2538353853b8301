package org.kechuangradar.lexicon;

import java.util.Map;

/**
 * Names of two characters or more mapped to values, with the longest name that starts at a position of a text.
 *
 * <p>Written by hand because the look-up runs at every character of every article: a bit per first character,
 * then bits of the hashed prefixes and whole names, rule most positions and most lengths out before any
 * characters are compared. Immutable and thread-safe.
 */
public final class NameTable<V> {
  /** A value and the length of the name that matched it. */
  public record Match<V>(V value, int length) {}

  private final Map<String, V> names;
  private final int longest;
  // A bit per character that starts a name: most positions stop here, in a table small enough to stay in cache.
  private final long[] firsts = new long[1 << 10];
  // A bit per hashed prefix (two characters or more) of a name, and one per hashed whole name; sized to the names
  // so that few bits collide. The walk stops at the first clear prefix bit; a string is compared only where the
  // whole-name bit is set too.
  private final long[] prefixes;
  private final long[] wholes;
  private final int bitShift;
  // Open addressing over the names, so a look-up compares characters in place instead of building a string.
  private final String[] keys;
  private final Object[] values;
  private final int slotMask;

  public NameTable(Map<String, V> names) {
    this.names = Map.copyOf(names);
    this.longest = names.keySet().stream().mapToInt(String::length).max().orElse(0);
    int prefixCount = names.keySet().stream().mapToInt(String::length).sum();
    int bits = Math.max(1 << 10, Integer.highestOneBit(Math.max(1, prefixCount) * 16) << 1);
    prefixes = new long[bits >>> 6];
    wholes = new long[bits >>> 6];
    bitShift = 32 - Integer.numberOfTrailingZeros(bits);
    for (String k : names.keySet()) {
      firsts[k.charAt(0) >>> 6] |= 1L << (k.charAt(0) & 63);
      int h = k.charAt(0);
      for (int i = 1; i < k.length(); i++) {
        h = extend(h, k.charAt(i));
        set(prefixes, bit(h));
      }
      set(wholes, bit(h));
    }
    int slots = Integer.highestOneBit(Math.max(4, names.size() * 3)) << 1;
    keys = new String[slots];
    values = new Object[slots];
    slotMask = slots - 1;
    names.forEach((k, v) -> {
      int slot = spread(k.hashCode()) & slotMask;
      while (keys[slot] != null) {
        slot = (slot + 1) & slotMask;
      }
      keys[slot] = k;
      values[slot] = v;
    });
  }

  /** The longest name starting at {@code at}, or null. */
  public Match<V> longestAt(String text, int at) {
    if (at + 1 >= text.length()) {
      return null;
    }
    char first = text.charAt(at);
    if ((firsts[first >>> 6] & 1L << (first & 63)) == 0) {
      return null;
    }
    int limit = Math.min(longest, text.length() - at);
    int lastWhole = 0;
    // Whole-name ends before the last one, as bits by length (up to 63); rarely more than one or two.
    long earlier = 0;
    int reach = 1;
    int h = first;
    while (reach < limit) {
      h = extend(h, text.charAt(at + reach));
      int bit = bit(h);
      if (!isSet(prefixes, bit)) {
        break;
      }
      reach++;
      if (isSet(wholes, bit)) {
        earlier |= lastWhole > 0 && lastWhole < 64 ? 1L << lastWhole : 0;
        lastWhole = reach;
      }
    }
    if (lastWhole > 0) {
      V v = find(text, at, lastWhole);
      if (v != null) {
        return new Match<>(v, lastWhole);
      }
    }
    for (int len = Math.min(63, lastWhole - 1); len >= 2; len--) {
      if ((earlier & 1L << len) != 0) {
        V v = find(text, at, len);
        if (v != null) {
          return new Match<>(v, len);
        }
      }
    }
    return null;
  }

  private static void set(long[] bits, int bit) {
    bits[bit >>> 6] |= 1L << (bit & 63);
  }

  private static boolean isSet(long[] bits, int bit) {
    return (bits[bit >>> 6] & 1L << (bit & 63)) != 0;
  }

  @SuppressWarnings("unchecked")
  private V find(String text, int at, int len) {
    int hash = 0;
    for (int i = at; i < at + len; i++) {
      hash = 31 * hash + text.charAt(i);
    }
    for (int slot = spread(hash) & slotMask; keys[slot] != null; slot = (slot + 1) & slotMask) {
      String key = keys[slot];
      if (key.length() == len && key.hashCode() == hash && text.regionMatches(at, key, 0, len)) {
        return (V) values[slot];
      }
    }
    return null;
  }

  private static int spread(int hash) {
    return (hash * 0x9E3779B1) ^ (hash >>> 16);
  }

  private static int extend(int hash, char next) {
    return hash * 0x9E3779B1 + next;
  }

  /** An index into the prefix and whole-name bits from a prefix hash. */
  private int bit(int hash) {
    return (hash * 0x85EBCA6B) >>> bitShift;
  }

  public V get(String name) {
    return names.get(name);
  }

  /** Every name with its value. */
  public Map<String, V> asMap() {
    return names;
  }
}
