package org.kechuangradar.model;

import java.util.Objects;

/**
 * A measured or targeted value: metric, region, period, value and unit, and its basis ({@code level},
 * {@code yoy_growth}, {@code share}, {@code avg_annual_growth}); {@code target} for goals (到2030年…达到…); its
 * {@code confidence}, how likely it is right.
 */
public record Indicator(String metric, String region, String period, double value, String unit, String basis,
    boolean target, String sentence, double confidence) {
  public Indicator {
    Objects.requireNonNull(metric, "metric");
    confidence = Evidence.checked(confidence);
  }

  /** The same indicator with another confidence. */
  public Indicator withConfidence(double other) {
    return new Indicator(metric, region, period, value, unit, basis, target, sentence, other);
  }
}
