package org.kechuangradar.model;

import java.util.Objects;

/** A policy instrument with its terms. */
public record Instrument(InstrumentKind kind, String name, Amount amount, String target, String conditions, String policy,
    String region, String sentence) {
  public Instrument {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
  }
}
