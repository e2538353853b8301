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
    int capacity = Integer.highestOneBit(Math.max(16, sortedKeys.length * 3 / 2)) << 1;
    slots = new long[capacity];
    mask = capacity - 1;
    for (int r = 0; r < sortedKeys.length; r++) {
      long h = mix(sortedKeys[r]);
      int s = (int) h & mask;
      while (slots[s] != 0) {
        s = (s + 1) & mask;
      }
      slots[s] = (h & 0xFFFF_FFFF_0000_0000L) | (r + 1);
    }
    int bits = Integer.highestOneBit(Math.max(64, sortedKeys.length * 16)) << 1;
    present = new long[bits >>> 6];
    presentShift = 64 - Integer.numberOfTrailingZeros(bits);
    for (long key : sortedKeys) {
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

  /** Adds the weights of every known key of a position to {@code scores[at .. at + labels)}. */
  void addEmissions(long[] features, int from, int to, float[] scores, int at, int[] sums) {
    java.util.Arrays.fill(sums, 0);
    for (int k = from; k < to; k++) {
      long h = mix(features[k]);
      int b = (int) (h * 0xD6E8FEB86659FD93L >>> presentShift);
      if ((present[b >>> 6] & 1L << b) == 0) {
        continue;
      }
      long fingerprint = h & 0xFFFF_FFFF_0000_0000L;
      int s = (int) h & mask;
      long slot;
      while ((slot = slots[s]) != 0 && (slot & 0xFFFF_FFFF_0000_0000L) != fingerprint) {
        s = (s + 1) & mask;
      }
      if (slot != 0) {
        int base = ((int) slot - 1) * labels;
        for (int y = 0; y < labels; y++) {
          sums[y] += weights[base + y];
        }
      }
    }
    for (int y = 0; y < labels; y++) {
      scores[at + y] += sums[y] * scale;
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
