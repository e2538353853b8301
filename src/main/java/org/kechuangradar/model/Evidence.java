package org.kechuangradar.model;

/**
 * One thing a recognizer checks about what backs a fact it emits (its own date, its own region, a full name, the
 * tagger's margin) and how much that weighs. A fact's raw confidence is the weighted mean of its checks: each holds
 * to a degree in [0, 1], 1 or 0 for a yes-or-no check.
 */
public record Evidence(double weight, double degree) {
  public Evidence {
    if (!(weight > 0) || !(degree >= 0 && degree <= 1)) {
      throw new IllegalArgumentException("evidence of weight " + weight + " and degree " + degree);
    }
  }

  /** A yes-or-no check. */
  public static Evidence of(double weight, boolean holds) {
    return new Evidence(weight, holds ? 1 : 0);
  }

  /** The weighted mean of the checks' degrees, in [0, 1]; a fact is always weighed by at least one check. */
  public static double confidence(Evidence... checks) {
    double sum = 0;
    double weights = 0;
    for (Evidence e : checks) {
      sum += e.weight * e.degree;
      weights += e.weight;
    }
    return sum / weights;
  }

  /** The confidence a record is given, refused outside [0, 1]. */
  static double checked(double confidence) {
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence " + confidence + " outside [0, 1]");
    }
    return confidence;
  }
}
