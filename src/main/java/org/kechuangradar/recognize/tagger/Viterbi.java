package org.kechuangradar.recognize.tagger;

/**
 * The best label sequence of a linear chain: emissions per position and label, transitions per label pair, and
 * the rule that I of a kind follows only B or I of the same kind. Written here because it is twenty lines and
 * runs in the tagger's inner loop.
 */
final class Viterbi {
  private Viterbi() {}

  /**
   * Fills {@code best} with the highest-scoring labels for {@code n} positions; {@code allowed}, when not null,
   * limits each position to the labels whose bits are set (a partly labelled sentence's gold path).
   */
  static void decode(float[] emissions, int n, int labels, float[] transitions, long[] allowed, int[] best) {
    float[] score = new float[n * labels];
    int[] back = new int[n * labels];
    int startRow = labels * labels;
    for (int y = 0; y < labels; y++) {
      boolean ok = EntityKind.allowed(0, y) && (allowed == null || (allowed[0] & 1L << y) != 0);
      score[y] = ok ? transitions[startRow + y] + emissions[y] : Float.NEGATIVE_INFINITY;
    }
    for (int i = 1; i < n; i++) {
      int row = i * labels;
      int previousRow = row - labels;
      for (int y = 0; y < labels; y++) {
        if (allowed != null && (allowed[i] & 1L << y) == 0) {
          score[row + y] = Float.NEGATIVE_INFINITY;
          continue;
        }
        float top = Float.NEGATIVE_INFINITY;
        int arg = 0;
        // O and every B may follow anything; I only its own B or I (the two labels just before it).
        int from = EntityKind.isBegin(y) || y == 0 ? 0 : y - 1;
        int to = EntityKind.isBegin(y) || y == 0 ? labels : y + 1;
        for (int p = from; p < to; p++) {
          float s = score[previousRow + p] + transitions[p * labels + y];
          if (s > top) {
            top = s;
            arg = p;
          }
        }
        score[row + y] = top + emissions[row + y];
        back[row + y] = arg;
      }
    }
    int last = 0;
    float top = Float.NEGATIVE_INFINITY;
    for (int y = 0; y < labels; y++) {
      if (score[(n - 1) * labels + y] > top) {
        top = score[(n - 1) * labels + y];
        last = y;
      }
    }
    for (int i = n - 1; i >= 0; i--) {
      best[i] = last;
      last = back[i * labels + last];
    }
  }
}
