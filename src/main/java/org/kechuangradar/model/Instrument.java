package org.kechuangradar.model;

import java.util.Objects;

/** A policy instrument with its terms, and how likely it is right. */
public record Instrument(InstrumentKind kind, String name, Amount amount, String target, String conditions, String policy,
    String region, String sentence, double confidence) {
  public Instrument {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    confidence = Evidence.checked(confidence);
  }

  /** The same instrument with another confidence. */
  public Instrument withConfidence(double other) {
    return new Instrument(kind, name, amount, target, conditions, policy, region, sentence, other);
  }
}
