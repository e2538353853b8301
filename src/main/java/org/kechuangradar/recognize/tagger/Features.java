package org.kechuangradar.recognize.tagger;

/**
 * The features of each character of a text, as 64-bit keys: a template number in the top byte, the characters or
 * codes it reads below. Character n-grams are packed whole (16 bits a character), so two different n-grams never
 * share a key. Immutable and thread-safe.
 */
final class Features {
  /**
   * The keys of every position, those of position {@code i} being {@code keys[offsets[i]] .. keys[offsets[i+1]-1]},
   * and the text's characters as the features read them.
   */
  record Extracted(long[] keys, int[] offsets, char[] chars) {}

  private static final char BEGIN = '\u0002';
  private static final char END = '\u0003';
  // The trigrams before and after the character were tried and left out: the held-out scores stayed the same.
  private static final int FIXED = 22;
  /** Templates that read one character only (and the bias): the tagger takes them from per-character tables. */
  private static final int PER_CHARACTER = 11;
  // Word classes whose next end ahead is a feature: where a name of that kind could end.
  private static final int[] AHEAD = {FeatureLexicon.ORG_SUFFIX, FeatureLexicon.PLACE_SUFFIX, FeatureLexicon.TITLE_WORD};
  private static final long LEXICON = 30;

  private final FeatureLexicon lexicon;

  Features(FeatureLexicon lexicon) {
    this.lexicon = lexicon;
  }

  Extracted extract(String text) {
    return extract(text, true);
  }

  /**
   * The keys of a text; with {@code perCharacter} false, without the bias and the templates that read one character
   * only, which the tagger adds from tables built once ({@link #characterKeys}).
   */
  Extracted extract(String text, boolean perCharacter) {
    int fixed = perCharacter ? FIXED : FIXED - PER_CHARACTER;
    int n = text.length();
    char[] c = new char[n];
    for (int i = 0; i < n; i++) {
      c[i] = normalize(text.charAt(i));
    }
    // Matches as (begin, length, classes) triples, then per position how many lexicon keys it gets.
    int[][] matches = {new int[48]};
    int[] count = {0};
    int[] perPosition = new int[n];
    lexicon.matches(c, (begin, length, classes, roles) -> {
      if (count[0] + 4 > matches[0].length) {
        matches[0] = java.util.Arrays.copyOf(matches[0], matches[0].length * 2);
      }
      matches[0][count[0]++] = begin;
      matches[0][count[0]++] = length;
      matches[0][count[0]++] = classes;
      matches[0][count[0]++] = roles;
      int bits = Integer.bitCount(classes) + (roles != 0 ? 1 : 0);
      for (int p = begin; p < begin + length; p++) {
        perPosition[p] += bits;
      }
    });
    int[] forward = maximalMatching(n, matches[0], count[0], true);
    int[] backward = maximalMatching(n, matches[0], count[0], false);
    int[][] ahead = new int[AHEAD.length][];
    for (int a = 0; a < AHEAD.length; a++) {
      ahead[a] = distanceToEnd(n, matches[0], count[0], AHEAD[a]);
    }
    int[] offsets = new int[n + 1];
    for (int i = 0; i < n; i++) {
      offsets[i + 1] = offsets[i] + fixed + perPosition[i];
    }
    long[] keys = new long[offsets[n]];
    int[] fill = new int[n];
    for (int i = 0; i < n; i++) {
      int k = offsets[i];
      long m2 = at(c, i - 2);
      long m1 = at(c, i - 1);
      long c0 = c[i];
      long p1 = at(c, i + 1);
      long p2 = at(c, i + 2);
      if (perCharacter) {
        keys[k++] = 0;
        keys[k++] = key(1, m2);
        keys[k++] = key(2, m1);
        keys[k++] = key(3, c0);
        keys[k++] = key(4, p1);
        keys[k++] = key(5, p2);
        keys[k++] = key(14, lexicon.personRoles((char) c0));
        keys[k++] = key(15, lexicon.personRoles((char) m1) & 0xFF);
        keys[k++] = key(16, lexicon.personRoles((char) p1) & 0xFF);
        keys[k++] = key(17, lexicon.placeRoles((char) c0));
        keys[k++] = key(18, lexicon.organizationRoles((char) c0));
      }
      keys[k++] = key(6, m2 << 16 | m1);
      keys[k++] = key(7, m1 << 16 | c0);
      keys[k++] = key(8, c0 << 16 | p1);
      keys[k++] = key(9, p1 << 16 | p2);
      keys[k++] = key(10, m1 << 32 | c0 << 16 | p1);
      keys[k++] = key(13, type((char) m1) * 36 + type((char) c0) * 6 + type((char) p1));
      keys[k++] = key(19, forward[i]);
      keys[k++] = key(20, backward[i]);
      for (int a = 0; a < AHEAD.length; a++) {
        keys[k++] = key(21 + a, ahead[a][i]);
      }
      fill[i] = k;
    }
    for (int m = 0; m < count[0]; m += 4) {
      int begin = matches[0][m];
      int length = matches[0][m + 1];
      int classes = matches[0][m + 2];
      int roles = matches[0][m + 3];
      int lengthBucket = Math.min(length, 7);
      for (int p = begin; p < begin + length; p++) {
        int role = length == 1 ? 3 : p == begin ? 0 : p == begin + length - 1 ? 2 : 1;
        for (int bits = classes; bits != 0; bits &= bits - 1) {
          int cls = Integer.numberOfTrailingZeros(bits);
          keys[fill[p]++] = key(LEXICON, cls << 8 | role << 4 | lengthBucket);
        }
        if (roles != 0) {
          keys[fill[p]++] = key(LEXICON + 1, (long) roles << 8 | role << 4 | lengthBucket);
        }
      }
    }
    return new Extracted(keys, offsets, c);
  }

  /**
   * The keys of the templates that read only the character {@code offset} places from the position (-2 to 2): what
   * {@link #extract(String, boolean)} leaves out. The bias (key 0) belongs to offset 0.
   */
  long[] characterKeys(char ch, int offset) {
    long c = ch;
    return switch (offset) {
      case -2 -> new long[] {key(1, c)};
      case -1 -> new long[] {key(2, c), key(15, lexicon.personRoles(ch) & 0xFF)};
      case 0 -> new long[] {0, key(3, c), key(14, lexicon.personRoles(ch)), key(17, lexicon.placeRoles(ch)),
          key(18, lexicon.organizationRoles(ch))};
      case 1 -> new long[] {key(4, c), key(16, lexicon.personRoles(ch) & 0xFF)};
      case 2 -> new long[] {key(5, c)};
      default -> throw new IllegalArgumentException("offset " + offset);
    };
  }

  static char begin() {
    return BEGIN;
  }

  static char end() {
    return END;
  }

  /**
   * Each position's place in a greedy segmentation by the longest dictionary word (from the left or from the right):
   * its role (begin, middle, end, single) with the word's classes, as a segmenter would see it at no segmenter's cost.
   */
  private static int[] maximalMatching(int n, int[] matches, int count, boolean fromLeft) {
    int[] longest = new int[n];
    int[] classes = new int[n];
    for (int m = 0; m < count; m += 4) {
      int anchor = fromLeft ? matches[m] : matches[m] + matches[m + 1] - 1;
      int length = matches[m + 1];
      if (length > longest[anchor]) {
        longest[anchor] = length;
        classes[anchor] = matches[m + 2] & 0xFFFF;
      } else if (length == longest[anchor]) {
        classes[anchor] |= matches[m + 2] & 0xFFFF;
      }
    }
    int[] out = new int[n];
    int i = fromLeft ? 0 : n - 1;
    while (fromLeft ? i < n : i >= 0) {
      int length = Math.max(1, longest[i]);
      int begin = fromLeft ? i : i - length + 1;
      for (int p = begin; p < begin + length; p++) {
        int role = length == 1 ? 3 : p == begin ? 0 : p == begin + length - 1 ? 2 : 1;
        out[p] = role << 20 | Math.min(length, 7) << 16 | (length == 1 ? 0 : classes[i]);
      }
      i = fromLeft ? i + length : i - length;
    }
    return out;
  }

  /** Per position, how far ahead (0 to 8, else 9) the nearest word of class {@code cls} ends. */
  private static int[] distanceToEnd(int n, int[] matches, int count, int cls) {
    boolean[] ends = new boolean[n];
    for (int m = 0; m < count; m += 4) {
      if ((matches[m + 2] & 1 << cls) != 0) {
        ends[matches[m] + matches[m + 1] - 1] = true;
      }
    }
    int[] out = new int[n];
    int next = Integer.MAX_VALUE;
    for (int i = n - 1; i >= 0; i--) {
      if (ends[i]) {
        next = i;
      }
      out[i] = next == Integer.MAX_VALUE ? 9 : Math.min(9, next - i);
    }
    return out;
  }

  private static long key(long template, long payload) {
    return template << 56 | payload;
  }

  private static long at(char[] c, int i) {
    return i < 0 ? BEGIN : i >= c.length ? END : c[i];
  }

  /** Full-width forms folded to ASCII, digits to one digit, letters to lower case: what varies without meaning. */
  static char normalize(char ch) {
    if (ch >= '\uFF01' && ch <= '\uFF5E') {
      ch = (char) (ch - 0xFEE0);
    }
    if (ch >= '0' && ch <= '9') {
      return '0';
    }
    return ch >= 'A' && ch <= 'Z' ? (char) (ch + 32) : ch;
  }

  private static int type(char ch) {
    if (ch == BEGIN || ch == END) {
      return 0;
    } else if (Character.isIdeographic(ch)) {
      return 1;
    } else if (ch == '0') {
      return 2;
    } else if (ch >= 'a' && ch <= 'z') {
      return 3;
    }
    return Character.isLetterOrDigit(ch) ? 5 : 4;
  }
}
