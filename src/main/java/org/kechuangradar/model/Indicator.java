package org.kechuangradar.model;

import java.util.Objects;

/**
 * A measured or targeted value: metric, region, period, value and unit, and its basis ({@code level},
 * {@code yoy_growth}, {@code share}, {@code avg_annual_growth}); {@code target} for goals (到2030年…达到…).
 */
public record Indicator(String metric, String region, String period, double value, String unit, String basis,
    boolean target, String sentence) {
  public Indicator {
    Objects.requireNonNull(metric, "metric");
  }
}
