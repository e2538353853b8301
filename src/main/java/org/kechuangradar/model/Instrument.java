package org.kechuangradar.model;

import java.util.Objects;

/**
 * A policy instrument with its terms. {@code kind} is one of {@code voucher}, {@code subsidy}, {@code reward},
 * {@code tax}, {@code fund}, {@code first_purchase}, {@code fast_track}, {@code negative_list},
 * {@code scenario_opening}, {@code other}.
 */
public record Instrument(String kind, String name, Amount amount, String target, String conditions, String policy,
    String region, String sentence) {
  public Instrument {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
  }
}
