package org.kechuangradar.recognize.tagger;

/**
 * The best label sequence of a linear chain: emissions per position and label, transitions per label pair, and the
 * rules of B, I, E and S labels (a name opens with B and closes with E, or is one S). Written here because it runs in
 * the tagger's inner loop: the labels that open (O, B, S) all follow the same closing labels (O, E, S), so their
 * scores are one small matrix product the JIT vectorises; the back pointers are found again on the way back.
 */
final class Viterbi {
  private static final int[] OPENING = labels(true);
  private static final int[] CLOSING = java.util.stream.IntStream.range(0, EntityKind.LABELS)
      .filter(EntityKind::closes).toArray();
  private static final int[][] SUCCESSORS = successors();

  private Viterbi() {}

  /**
   * Fills {@code best} with the highest-scoring labels for {@code n} positions; {@code allowed}, when not null,
   * limits each position to the labels whose bits are set (a partly labelled sentence's gold path, or O at pauses).
   */
  static void decode(float[] emissions, int n, int labels, float[] transitions, long[] allowed, int[] best) {
    backtrack(forward(emissions, n, labels, transitions, allowed), n, labels, transitions, best);
  }

  /**
   * As {@link #decode}, and fills {@code margin} with, per position, how much the best path's score exceeds the best
   * score of a path with another label there (the max-marginals of a forward and a backward pass); a span's least
   * margin is how far the best path is from the best one that labels the span otherwise.
   */
  static void decode(float[] emissions, int n, int labels, float[] transitions, long[] allowed, int[] best,
      float[] margin) {
    float[] forward = forward(emissions, n, labels, transitions, allowed);
    backtrack(forward, n, labels, transitions, best);
    float[] backward = new float[n * labels];
    int last = (n - 1) * labels;
    for (int y = 0; y < labels; y++) {
      backward[last + y] = EntityKind.closes(y) ? 0 : Float.NEGATIVE_INFINITY;
    }
    for (int i = n - 2; i >= 0; i--) {
      int row = i * labels;
      int next = row + labels;
      for (int y = 0; y < labels; y++) {
        float top = Float.NEGATIVE_INFINITY;
        for (int to : SUCCESSORS[y]) {
          if (allowed == null || (allowed[i + 1] & 1L << to) != 0) {
            top = Math.max(top, transitions[y * labels + to] + emissions[next + to] + backward[next + to]);
          }
        }
        backward[row + y] = top;
      }
    }
    for (int i = 0; i < n; i++) {
      int row = i * labels;
      float chosen = forward[row + best[i]] + backward[row + best[i]];
      float other = Float.NEGATIVE_INFINITY;
      for (int y = 0; y < labels; y++) {
        if (y != best[i]) {
          other = Math.max(other, forward[row + y] + backward[row + y]);
        }
      }
      margin[i] = chosen - other;
    }
  }

  /** The best score of a path that ends in each label at each position; disallowed labels score minus infinity. */
  private static float[] forward(float[] emissions, int n, int labels, float[] transitions, long[] allowed) {
    int opening = OPENING.length;
    int closing = CLOSING.length;
    // Transitions from each closing label to each opening label, row by row.
    float[] open = new float[closing * opening];
    for (int c = 0; c < closing; c++) {
      for (int o = 0; o < opening; o++) {
        open[c * opening + o] = transitions[CLOSING[c] * labels + OPENING[o]];
      }
    }
    float[] score = new float[n * labels];
    int startRow = labels * labels;
    for (int y = 0; y < labels; y++) {
      boolean ok = (y == 0 || EntityKind.starts(y)) && (allowed == null || (allowed[0] & 1L << y) != 0);
      score[y] = ok ? transitions[startRow + y] + emissions[y] : Float.NEGATIVE_INFINITY;
    }
    float[] top = new float[opening];
    for (int i = 1; i < n; i++) {
      int row = i * labels;
      int previousRow = row - labels;
      java.util.Arrays.fill(top, Float.NEGATIVE_INFINITY);
      for (int c = 0; c < closing; c++) {
        float s = score[previousRow + CLOSING[c]];
        int base = c * opening;
        for (int o = 0; o < opening; o++) {
          top[o] = Math.max(top[o], s + open[base + o]);
        }
      }
      for (int o = 0; o < opening; o++) {
        int y = OPENING[o];
        score[row + y] = top[o] + emissions[row + y];
      }
      for (int y = 1; y < labels; y++) {
        int[] from = EntityKind.PREDECESSORS[y];
        if (from.length == 2) {
          float a = score[previousRow + from[0]] + transitions[from[0] * labels + y];
          float b = score[previousRow + from[1]] + transitions[from[1] * labels + y];
          score[row + y] = Math.max(a, b) + emissions[row + y];
        }
      }
      if (allowed != null) {
        for (int y = 0; y < labels; y++) {
          if ((allowed[i] & 1L << y) == 0) {
            score[row + y] = Float.NEGATIVE_INFINITY;
          }
        }
      }
    }
    return score;
  }

  /** Fills {@code best} by following the best predecessors back from the best closing label at the end. */
  private static void backtrack(float[] score, int n, int labels, float[] transitions, int[] best) {
    int last = 0;
    float max = Float.NEGATIVE_INFINITY;
    for (int y = 0; y < labels; y++) {
      if (EntityKind.closes(y) && score[(n - 1) * labels + y] > max) {
        max = score[(n - 1) * labels + y];
        last = y;
      }
    }
    best[n - 1] = last;
    for (int i = n - 1; i > 0; i--) {
      int y = best[i];
      int previousRow = (i - 1) * labels;
      int arg = EntityKind.PREDECESSORS[y][0];
      float argScore = Float.NEGATIVE_INFINITY;
      for (int p : EntityKind.PREDECESSORS[y]) {
        float s = score[previousRow + p] + transitions[p * labels + y];
        if (s > argScore) {
          argScore = s;
          arg = p;
        }
      }
      best[i - 1] = arg;
    }
  }

  /** Per label, the labels that may come right after it: the inverse of {@link EntityKind#PREDECESSORS}. */
  private static int[][] successors() {
    int[][] out = new int[EntityKind.LABELS][];
    for (int y = 0; y < EntityKind.LABELS; y++) {
      int from = y;
      out[y] = java.util.stream.IntStream.range(0, EntityKind.LABELS)
          .filter(to -> java.util.Arrays.stream(EntityKind.PREDECESSORS[to]).anyMatch(p -> p == from)).toArray();
    }
    return out;
  }

  private static int[] labels(boolean opening) {
    return java.util.stream.IntStream.range(0, EntityKind.LABELS)
        .filter(y -> (y == 0 || EntityKind.starts(y)) == opening).toArray();
  }
}
