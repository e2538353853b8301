package org.kechuangradar.model;

import java.util.Objects;

/** An amount with its unit and what it measures: {@code 114亿元} is 11400000000 元. */
public record Quantity(String text, double value, String unit, String subject, int start, int end) {
  public Quantity {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(unit, "unit");
  }
}
