package org.kechuangradar.recognize.tagger;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The tagger's weights: one row of label weights per feature key, and the label-to-label transition weights. Keys
 * sit in an open-addressing table (a feature absent from training has no row). Immutable once built.
 *
 * <p>On disk (gzip): a magic number, the label count, the transitions, then the keys in increasing order, each with
 * its row of weights quantised to 16 bits against one scale; so the same weights always give the same bytes.
 */
final class TaggerModel {
  private static final int MAGIC = 0x4B52_5447;
  private static final int VERSION = 1;

  final int labels;
  /** {@code transitions[from * labels + to]}; row {@code labels} holds the weights of starting with a label. */
  final float[] transitions;
  private final long[] keys;
  // Per slot: a 32-bit fingerprint of the key above the row number plus one (0: empty). One look-up reads one long,
  // then one row of 16-bit weights; a key absent from the model matches a fingerprint about once in four billion.
  private final long[] slots;
  private final short[] weights;
  private final float scale;
  private final int mask;
  // A bit per hashed key, sixteen bits per key: most keys of a text are absent from the model, and this small table
  // (it stays in cache) turns nearly all of them away before the big one is touched.
  private final long[] present;
  private final int presentShift;
  // Templates whose keys all fit in 16 bits (single characters, codes, distances) are looked up in a plain array by
  // that value instead: per template, the row of each value, or -1.
  private final int[][] denseRows = new int[256][];
  // The same weights for tagging, in one array that look-ups give offsets into: a row with few labels is its number of
  // entries, then the entries, each the label in the high half and the 16-bit weight in the low half; a row with many
  // is -1, then every label's weight.
  private final int[] packed;
  // Rows with this many labels or more are kept whole: adding them as a vector is cheaper than label by label.
  private static final int DENSE_FROM = 8;

  TaggerModel(int labels, float[] transitions, long[] sortedKeys, float[] weights) {
    this.labels = labels;
    this.transitions = transitions;
    this.keys = sortedKeys;
    float max = 0;
    for (float w : weights) {
      max = Math.max(max, Math.abs(w));
    }
    this.scale = max == 0 ? 1 : max / Short.MAX_VALUE;
    this.weights = new short[weights.length];
    for (int i = 0; i < weights.length; i++) {
      this.weights[i] = (short) Math.round(weights[i] / scale);
    }
    int[] rowStart = new int[sortedKeys.length];
    int[] nonzero = new int[sortedKeys.length];
    int entries = sortedKeys.length;
    for (int r = 0; r < sortedKeys.length; r++) {
      for (int y = 0; y < labels; y++) {
        nonzero[r] += this.weights[r * labels + y] != 0 ? 1 : 0;
      }
      entries += nonzero[r] >= DENSE_FROM ? labels : nonzero[r];
    }
    packed = new int[entries];
    int at = 0;
    for (int r = 0; r < sortedKeys.length; r++) {
      rowStart[r] = at++;
      boolean dense = nonzero[r] >= DENSE_FROM;
      for (int y = 0; y < labels; y++) {
        short w = this.weights[r * labels + y];
        if (dense) {
          packed[at++] = w;
        } else if (w != 0) {
          packed[at++] = y << 16 | (w & 0xFFFF);
        }
      }
      packed[rowStart[r]] = dense ? -1 : nonzero[r];
    }
    int[] largest = new int[256];
    java.util.Arrays.fill(largest, -1);
    boolean[] wide = new boolean[256];
    for (long key : sortedKeys) {
      int template = (int) (key >>> 56);
      long payload = key & 0x00FF_FFFF_FFFF_FFFFL;
      wide[template] |= payload >= 1 << 16;
      largest[template] = (int) Math.max(largest[template], Math.min(payload, 1 << 16));
    }
    for (int t = 0; t < 256; t++) {
      if (largest[t] >= 0 && !wide[t]) {
        denseRows[t] = new int[largest[t] + 1];
        java.util.Arrays.fill(denseRows[t], -1);
      }
    }
    int hashed = 0;
    for (int r = 0; r < sortedKeys.length; r++) {
      int[] dense = denseRows[(int) (sortedKeys[r] >>> 56)];
      if (dense != null) {
        dense[(int) (sortedKeys[r] & 0xFFFF)] = rowStart[r];
      } else {
        hashed++;
      }
    }
    int capacity = Integer.highestOneBit(Math.max(16, hashed * 3 / 2)) << 1;
    slots = new long[capacity];
    mask = capacity - 1;
    for (int r = 0; r < sortedKeys.length; r++) {
      if (denseRows[(int) (sortedKeys[r] >>> 56)] != null) {
        continue;
      }
      long h = mix(sortedKeys[r]);
      int s = (int) h & mask;
      while (slots[s] != 0) {
        s = (s + 1) & mask;
      }
      slots[s] = (h & 0xFFFF_FFFF_0000_0000L) | (rowStart[r] + 1);
    }
    int bits = Integer.highestOneBit(Math.max(64, hashed * 16)) << 1;
    present = new long[bits >>> 6];
    presentShift = 64 - Integer.numberOfTrailingZeros(bits);
    for (long key : sortedKeys) {
      if (denseRows[(int) (key >>> 56)] != null) {
        continue;
      }
      int b = (int) (mix(key) * 0xD6E8FEB86659FD93L >>> presentShift);
      present[b >>> 6] |= 1L << b;
    }
  }

  /**
   * The model as one style sees it: each feature's shared weights plus those the style learned alone, so that tagging
   * needs one look-up per feature.
   */
  TaggerModel forStyle(LabelStyle style) {
    java.util.TreeMap<Long, float[]> merged = new java.util.TreeMap<>();
    for (int r = 0; r < keys.length; r++) {
      long key = keys[r];
      long styleBits = key & LabelStyle.STYLE_BITS;
      if (styleBits != 0 && styleBits != style.styled(0)) {
        continue;
      }
      float[] row = merged.computeIfAbsent(key & ~LabelStyle.STYLE_BITS, k -> new float[labels]);
      for (int y = 0; y < labels; y++) {
        row[y] += weights[r * labels + y] * scale;
      }
    }
    long[] k = new long[merged.size()];
    float[] w = new float[merged.size() * labels];
    int r = 0;
    for (var e : merged.entrySet()) {
      k[r] = e.getKey();
      System.arraycopy(e.getValue(), 0, w, r * labels, labels);
      r++;
    }
    return new TaggerModel(labels, transitions, k, w);
  }

  int features() {
    return keys.length;
  }

  /**
   * The emission scores of every position: {@code scores[i * labels + y]}, from the keys of position {@code i},
   * {@code keys[offsets[i]] .. keys[offsets[i + 1] - 1]}, and the rows of the characters around it in
   * {@code characters} (one table per offset from -2 to 2, by normalised character).
   */
  void emissions(Features.Extracted x, int[][] characters, long[] allowed, float[] scores) {
    long[] keys = x.keys();
    int[] offsets = x.offsets();
    char[] chars = x.chars();
    int n = chars.length;
    int[] sums = new int[labels];
    RowCache cache = CACHE.get();
    for (int i = 0; i < n; i++) {
      // A position that can only be O scores the same on every path: nothing to add up there.
      if (allowed != null && allowed[i] == 1L) {
        continue;
      }
      java.util.Arrays.fill(sums, 0);
      for (int o = -2; o <= 2; o++) {
        int at = i + o;
        char c = at < 0 ? Features.begin() : at >= n ? Features.end() : chars[at];
        int[] row = characters[(o + 2) * 65536 + c];
        if (row != null) {
          for (int y = 0; y < labels; y++) {
            sums[y] += row[y];
          }
        }
      }
      for (int k = offsets[i]; k < offsets[i + 1]; k++) {
        int row = cache.row(this, keys[k]);
        if (row >= 0) {
          addRow(row, sums);
        }
      }
      for (int y = 0; y < labels; y++) {
        scores[i * labels + y] = sums[y] * scale;
      }
    }
  }

  private static final ThreadLocal<RowCache> CACHE = ThreadLocal.withInitial(RowCache::new);

  /**
   * The rows of the keys a thread looked up last, by a few bits of the key: the same character pairs and words come
   * back in a text again and again, and a hit here spares the big table's cache misses. One per thread, as the model
   * is shared.
   */
  private static final class RowCache {
    private static final int SIZE = 1 << 13;
    private final long[] keys = new long[SIZE];
    private final int[] rows = new int[SIZE];
    private TaggerModel model;

    int row(TaggerModel m, long key) {
      if (model != m) {
        model = m;
        java.util.Arrays.fill(keys, -1L);
      }
      long h = key * 0x9E3779B97F4A7C15L;
      int at = (int) (h >>> 51);
      if (keys[at] == key) {
        return rows[at];
      }
      int row = m.row(key);
      keys[at] = key;
      rows[at] = row;
      return row;
    }
  }

  /**
   * Per offset from -2 to 2 and character, the summed rows of the keys that read that character alone (index
   * {@code (offset + 2) * 65536 + character}); null where they are all zero. Built once per tagger.
   */
  int[][] characterRows(Features features) {
    int[][] out = new int[5 * 65536][];
    for (int o = -2; o <= 2; o++) {
      for (int c = 0; c < 65536; c++) {
        int[] sums = null;
        for (long key : features.characterKeys((char) c, o)) {
          int row = row(key);
          if (row >= 0) {
            sums = sums == null ? new int[labels] : sums;
            addRow(row, sums);
          }
        }
        out[(o + 2) * 65536 + c] = sums;
      }
    }
    return out;
  }

  /** The offset of a key's row in the packed weights, or -1 when the model does not know it. */
  int row(long key) {
    int[] dense = denseRows[(int) (key >>> 56)];
    if (dense != null) {
      long payload = key & 0x00FF_FFFF_FFFF_FFFFL;
      return payload < dense.length ? dense[(int) payload] : -1;
    }
    long h = mix(key);
    int b = (int) (h * 0xD6E8FEB86659FD93L >>> presentShift);
    if ((present[b >>> 6] & 1L << b) == 0) {
      return -1;
    }
    long fingerprint = h & 0xFFFF_FFFF_0000_0000L;
    int s = (int) h & mask;
    long slot;
    while ((slot = slots[s]) != 0 && (slot & 0xFFFF_FFFF_0000_0000L) != fingerprint) {
      s = (s + 1) & mask;
    }
    return slot == 0 ? -1 : (int) slot - 1;
  }

  int entries(int row) {
    return packed[row] < 0 ? labels : packed[row];
  }

  private void addRow(int row, int[] sums) {
    int count = packed[row];
    if (count < 0) {
      // A dense row: every label's weight in order, added as one vector.
      int base = row + 1;
      for (int y = 0; y < labels; y++) {
        sums[y] += packed[base + y];
      }
      return;
    }
    for (int j = row + 1, end = row + 1 + count; j < end; j++) {
      int entry = packed[j];
      sums[entry >>> 16] += (short) entry;
    }
  }

  private static long mix(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    h ^= h >>> 31;
    h *= 0xBF58476D1CE4E5B9L;
    return h ^ h >>> 29;
  }

  void write(OutputStream target) throws IOException {
    try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(new GZIPOutputStream(target)))) {
      out.writeInt(MAGIC);
      out.writeInt(VERSION);
      out.writeInt(labels);
      for (float t : transitions) {
        out.writeFloat(t);
      }
      out.writeInt(keys.length);
      out.writeFloat(scale);
      long previous = 0;
      for (int r = 0; r < keys.length; r++) {
        out.writeLong(keys[r] - previous);
        previous = keys[r];
        for (int y = 0; y < labels; y++) {
          out.writeShort(weights[r * labels + y]);
        }
      }
    }
  }

  static TaggerModel read(InputStream source) throws IOException {
    try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(new GZIPInputStream(source), 1 << 16))) {
      if (in.readInt() != MAGIC || in.readInt() != VERSION) {
        throw new IOException("not a tagger model of this version");
      }
      int labels = in.readInt();
      float[] transitions = new float[(labels + 1) * labels];
      for (int i = 0; i < transitions.length; i++) {
        transitions[i] = in.readFloat();
      }
      int n = in.readInt();
      float scale = in.readFloat();
      long[] keys = new long[n];
      float[] weights = new float[n * labels];
      long previous = 0;
      for (int r = 0; r < n; r++) {
        previous += in.readLong();
        keys[r] = previous;
        for (int y = 0; y < labels; y++) {
          weights[r * labels + y] = in.readShort() * scale;
        }
      }
      return new TaggerModel(labels, transitions, keys, weights);
    }
  }
}
