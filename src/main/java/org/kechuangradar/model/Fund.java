package org.kechuangradar.model;

import java.util.List;
import java.util.Objects;

/**
 * An investment or guidance fund: size, sponsor, the industries it backs, its structure ({@code 1+1+100}), and how
 * likely it is right.
 */
public record Fund(String name, Amount size, String region, String sponsor, List<String> industries, String structure,
    double confidence) {
  public Fund {
    Objects.requireNonNull(name, "name");
    industries = List.copyOf(industries);
    confidence = Evidence.checked(confidence);
  }

  /** The same fund with another confidence. */
  public Fund withConfidence(double other) {
    return new Fund(name, size, region, sponsor, industries, structure, other);
  }
}
