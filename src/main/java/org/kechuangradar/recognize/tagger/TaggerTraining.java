package org.kechuangradar.recognize.tagger;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.IntConsumer;

/**
 * Trains the tagger: an averaged structured perceptron over the features of {@link Features}. A sentence may be
 * labelled only in part (MSRA says ORG where we tell government, company and organization apart, and does not mark
 * positions): its gold path is then the best path among the labels it allows. Deterministic: the same sentences,
 * settings and seed give the same model, byte for byte.
 */
public final class TaggerTraining {
  /** A training sentence: per character, the labels it may take, as bits (one bit where fully labelled). */
  public record Sentence(String text, long[] allowed, LabelStyle style) {
    public Sentence {
      if (allowed.length != text.length()) {
        throw new IllegalArgumentException("one label set per character");
      }
    }

    /** A fully labelled sentence from names with their kinds; names may not overlap. */
    public static Sentence of(String text, List<TaggedSpan> names, LabelStyle style) {
      long[] allowed = new long[text.length()];
      Arrays.fill(allowed, 1L);
      for (TaggedSpan s : names) {
        if (s.end() - s.start() == 1) {
          allowed[s.start()] = 1L << s.kind().single();
          continue;
        }
        allowed[s.start()] = 1L << s.kind().begin();
        for (int i = s.start() + 1; i < s.end() - 1; i++) {
          allowed[i] = 1L << s.kind().inside();
        }
        allowed[s.end() - 1] = 1L << s.kind().end();
      }
      return new Sentence(text, allowed, style);
    }

    /**
     * A partly labelled sentence, as an editor's review gives one: the names given are of their kinds, no name of a
     * kind starts where a span of {@code notStarting} starts (a fragment taken for a name), a pause is outside any
     * name, and every other character may take any label; training follows the best path these allow.
     */
    public static Sentence partly(String text, List<TaggedSpan> names, List<TaggedSpan> notStarting,
        LabelStyle style) {
      long[] pauses = EntityTagger.pauses(text);
      long[] allowed = pauses != null ? pauses : new long[text.length()];
      if (pauses == null) {
        Arrays.fill(allowed, -1L);
      }
      for (TaggedSpan s : notStarting) {
        allowed[s.start()] &= ~(1L << s.kind().begin() | 1L << s.kind().single());
      }
      long[] named = of(text, names, style).allowed();
      for (TaggedSpan s : names) {
        for (int i = s.start(); i < s.end(); i++) {
          allowed[i] = named[i];
        }
      }
      return new Sentence(text, allowed, style);
    }
  }

  /**
   * How to train: passes over the data, the seed of their order, how often a feature must occur to count, and how
   * large its largest averaged weight must be for the model to keep it (smaller ones change almost no decision, and
   * a smaller model is a faster one: 1.0 keeps two thirds of the features at the same held-out scores).
   */
  public record Settings(int epochs, long seed, int minCount, float minWeight) {
    public static final Settings DEFAULT = new Settings(12, 20261201L, 2, 1.0f);
  }

  private final Features features;

  public TaggerTraining() {
    this(EntityTagger.standardFeatures());
  }

  TaggerTraining(Features features) {
    this.features = features;
  }

  /** A trained tagger, which can be written out as the model file. */
  public static final class Trained {
    private final Features features;
    private final TaggerModel model;

    Trained(Features features, TaggerModel model) {
      this.features = features;
      this.model = model;
    }

    /** The tagger that draws names in {@code style}. */
    public EntityTagger tagger(LabelStyle style) {
      return new EntityTagger(features, model.forStyle(style));
    }

    public int features() {
      return model.features();
    }

    public void write(OutputStream out) throws IOException {
      model.write(out);
    }
  }

  /** Trains on {@code sentences}; {@code progress} hears the number of each pass as it ends. */
  public Trained train(List<Sentence> sentences, Settings settings, IntConsumer progress) {
    int labels = EntityKind.LABELS;
    List<Features.Extracted> extracted = new ArrayList<>(sentences.size());
    LongIntMap counts = new LongIntMap();
    for (Sentence s : sentences) {
      Features.Extracted x = styled(features.extract(s.text()), s.style());
      extracted.add(x);
      for (long k : x.keys()) {
        counts.increment(k);
      }
    }
    long[] kept = counts.keysWithCountAtLeast(settings.minCount());
    Arrays.sort(kept);
    LongIntMap ids = new LongIntMap();
    for (int i = 0; i < kept.length; i++) {
      ids.put(kept[i], i);
    }
    // Each sentence as feature ids per position, keys below the count dropped.
    int[][] featureIds = new int[sentences.size()][];
    int[][] offsets = new int[sentences.size()][];
    for (int s = 0; s < sentences.size(); s++) {
      Features.Extracted x = extracted.get(s);
      int n = sentences.get(s).text().length();
      int[] off = new int[n + 1];
      int[] buffer = new int[x.keys().length];
      int size = 0;
      for (int i = 0; i < n; i++) {
        for (int k = x.offsets()[i]; k < x.offsets()[i + 1]; k++) {
          int id = ids.get(x.keys()[k]);
          if (id >= 0) {
            buffer[size++] = id;
          }
        }
        off[i + 1] = size;
      }
      featureIds[s] = Arrays.copyOf(buffer, size);
      offsets[s] = off;
    }
    extracted.clear();

    float[] w = new float[kept.length * labels];
    float[] u = new float[w.length];
    float[] t = new float[(labels + 1) * labels];
    float[] tu = new float[t.length];
    int[] order = new int[sentences.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Random random = new Random(settings.seed());
    long c = 1;
    for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
      shuffle(order, random);
      for (int s : order) {
        Sentence sentence = sentences.get(s);
        int n = sentence.text().length();
        if (n == 0) {
          continue;
        }
        float[] emissions = new float[n * labels];
        int[] ids0 = featureIds[s];
        int[] off = offsets[s];
        for (int i = 0; i < n; i++) {
          for (int k = off[i]; k < off[i + 1]; k++) {
            int base = ids0[k] * labels;
            for (int y = 0; y < labels; y++) {
              emissions[i * labels + y] += w[base + y];
            }
          }
        }
        int[] predicted = new int[n];
        Viterbi.decode(emissions, n, labels, t, null, predicted);
        int[] gold = goldPath(sentence, emissions, t, labels);
        if (!Arrays.equals(predicted, gold)) {
          for (int i = 0; i < n; i++) {
            if (predicted[i] != gold[i]) {
              for (int k = off[i]; k < off[i + 1]; k++) {
                int base = ids0[k] * labels;
                w[base + gold[i]] += 1;
                u[base + gold[i]] += c;
                w[base + predicted[i]] -= 1;
                u[base + predicted[i]] -= c;
              }
            }
            int gFrom = i == 0 ? labels : gold[i - 1];
            int pFrom = i == 0 ? labels : predicted[i - 1];
            if (gFrom != pFrom || gold[i] != predicted[i]) {
              t[gFrom * labels + gold[i]] += 1;
              tu[gFrom * labels + gold[i]] += c;
              t[pFrom * labels + predicted[i]] -= 1;
              tu[pFrom * labels + predicted[i]] -= c;
            }
          }
        }
        c++;
      }
      progress.accept(epoch);
    }
    // Averaging: the mean of the weights over every step, which generalises better than the last weights.
    float[] transitions = new float[t.length];
    for (int i = 0; i < t.length; i++) {
      transitions[i] = t[i] - tu[i] / c;
    }
    int rows = 0;
    long[] keys = new long[kept.length];
    float[] weights = new float[w.length];
    for (int f = 0; f < kept.length; f++) {
      float max = 0;
      for (int y = 0; y < labels; y++) {
        float a = w[f * labels + y] - u[f * labels + y] / c;
        weights[rows * labels + y] = a;
        max = Math.max(max, Math.abs(a));
      }
      if (max >= settings.minWeight()) {
        keys[rows++] = kept[f];
      }
    }
    TaggerModel model = new TaggerModel(labels, transitions, Arrays.copyOf(keys, rows),
        Arrays.copyOf(weights, rows * labels));
    return new Trained(features, model);
  }

  /** Each key twice: as all styles share it and as the sentence's style has it alone. */
  private static Features.Extracted styled(Features.Extracted x, LabelStyle style) {
    long[] keys = new long[x.keys().length * 2];
    int[] offsets = new int[x.offsets().length];
    for (int i = 0; i + 1 < offsets.length; i++) {
      int from = x.offsets()[i];
      int to = x.offsets()[i + 1];
      int at = from * 2;
      for (int k = from; k < to; k++) {
        keys[at++] = x.keys()[k];
        keys[at++] = style.styled(x.keys()[k]);
      }
      offsets[i + 1] = to * 2;
    }
    return new Features.Extracted(keys, offsets, x.chars());
  }

  private static int[] goldPath(Sentence sentence, float[] emissions, float[] transitions, int labels) {
    long[] allowed = sentence.allowed();
    int n = allowed.length;
    int[] gold = new int[n];
    boolean full = true;
    for (int i = 0; i < n && full; i++) {
      full = Long.bitCount(allowed[i]) == 1;
      gold[i] = Long.numberOfTrailingZeros(allowed[i]);
    }
    if (!full) {
      Viterbi.decode(emissions, n, labels, transitions, allowed, gold);
    }
    return gold;
  }

  private static void shuffle(int[] a, Random random) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int tmp = a[i];
      a[i] = a[j];
      a[j] = tmp;
    }
  }

  /** Open addressing from long keys to int values, for the millions of feature keys of a training run. */
  static final class LongIntMap {
    private long[] keys = new long[1 << 16];
    private int[] values = new int[1 << 16];
    private boolean[] used = new boolean[1 << 16];
    private int size;

    void increment(long key) {
      int s = find(key);
      if (used[s]) {
        values[s]++;
      } else {
        insert(s, key, 1);
      }
    }

    void put(long key, int value) {
      int s = find(key);
      if (used[s]) {
        values[s] = value;
      } else {
        insert(s, key, value);
      }
    }

    /** The value, or -1 when the key is absent. */
    int get(long key) {
      int s = find(key);
      return used[s] ? values[s] : -1;
    }

    long[] keysWithCountAtLeast(int min) {
      long[] out = new long[size];
      int n = 0;
      for (int s = 0; s < keys.length; s++) {
        if (used[s] && values[s] >= min) {
          out[n++] = keys[s];
        }
      }
      return Arrays.copyOf(out, n);
    }

    private void insert(int s, long key, int value) {
      used[s] = true;
      keys[s] = key;
      values[s] = value;
      if (++size * 2 > keys.length) {
        grow();
      }
    }

    private int find(long key) {
      int mask = keys.length - 1;
      long h = key * 0x9E3779B97F4A7C15L;
      int s = (int) (h ^ h >>> 29) & mask;
      while (used[s] && keys[s] != key) {
        s = (s + 1) & mask;
      }
      return s;
    }

    private void grow() {
      long[] oldKeys = keys;
      int[] oldValues = values;
      boolean[] oldUsed = used;
      keys = new long[oldKeys.length * 2];
      values = new int[oldKeys.length * 2];
      used = new boolean[oldKeys.length * 2];
      size = 0;
      for (int s = 0; s < oldKeys.length; s++) {
        if (oldUsed[s]) {
          insert(find(oldKeys[s]), oldKeys[s], oldValues[s]);
        }
      }
    }
  }
}
