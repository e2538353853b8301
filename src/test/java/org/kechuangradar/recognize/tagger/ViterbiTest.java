package org.kechuangradar.recognize.tagger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The decoder's margins against every labelling of short chains with random weights, tried one by one. */
class ViterbiTest {
  private static final int L = EntityKind.LABELS;
  private static final int N = 4;

  @Test
  void marginIsTheBestScoreLessTheBestWithAnotherLabelThere() {
    Random random = new Random(4);
    for (int round = 0; round < 20; round++) {
      float[] emissions = new float[N * L];
      float[] transitions = new float[(L + 1) * L];
      for (int k = 0; k < emissions.length; k++) {
        emissions[k] = random.nextFloat() * 10 - 5;
      }
      for (int k = 0; k < transitions.length; k++) {
        transitions[k] = random.nextFloat() * 10 - 5;
      }
      // Every other chain has a pause at its third position, where only O is allowed.
      long[] allowed = round % 2 == 0 ? null : new long[] {-1L, -1L, 1L, -1L};
      int[] best = new int[N];
      float[] margins = new float[N];
      Viterbi.decode(emissions, N, L, transitions, allowed, best, margins);
      // Per position, the best score of a labelling with each label there.
      double[][] top = new double[N][L];
      for (double[] row : top) {
        Arrays.fill(row, Double.NEGATIVE_INFINITY);
      }
      int[] bestByHand = new int[N];
      double bestScore = walk(new int[N], 0, 0, emissions, transitions, allowed, top, bestByHand,
          new double[] {Double.NEGATIVE_INFINITY});
      assertArrayEquals(bestByHand, best, "the best labelling");
      for (int i = 0; i < N; i++) {
        double other = Double.NEGATIVE_INFINITY;
        for (int y = 0; y < L; y++) {
          if (y != best[i]) {
            other = Math.max(other, top[i][y]);
          }
        }
        assertEquals(bestScore - other, margins[i], 1e-3, "margin at " + i);
      }
    }
  }

  /** Tries every labelling that keeps the rules of B, I, E and S; the best score, its labels put in {@code best}. */
  private static double walk(int[] labels, int i, double score, float[] emissions, float[] transitions, long[] allowed,
      double[][] top, int[] best, double[] bestScore) {
    if (i == N) {
      if (!EntityKind.closes(labels[N - 1])) {
        return bestScore[0];
      }
      for (int k = 0; k < N; k++) {
        top[k][labels[k]] = Math.max(top[k][labels[k]], score);
      }
      if (score > bestScore[0]) {
        bestScore[0] = score;
        System.arraycopy(labels, 0, best, 0, N);
      }
      return bestScore[0];
    }
    for (int y = 0; y < L; y++) {
      if (allowed != null && (allowed[i] & 1L << y) == 0) {
        continue;
      }
      double step;
      if (i == 0) {
        if (y != 0 && !EntityKind.starts(y)) {
          continue;
        }
        step = transitions[L * L + y];
      } else {
        int previous = labels[i - 1];
        if (Arrays.stream(EntityKind.PREDECESSORS[y]).noneMatch(p -> p == previous)) {
          continue;
        }
        step = transitions[previous * L + y];
      }
      labels[i] = y;
      walk(labels, i + 1, score + step + emissions[i * L + y], emissions, transitions, allowed, top, best, bestScore);
    }
    return bestScore[0];
  }
}
