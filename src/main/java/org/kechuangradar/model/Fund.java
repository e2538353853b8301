package org.kechuangradar.model;

import java.util.List;
import java.util.Objects;

/** An investment or guidance fund: size, sponsor, the industries it backs, its structure ({@code 1+1+100}). */
public record Fund(String name, Amount size, String region, String sponsor, List<String> industries, String structure) {
  public Fund {
    Objects.requireNonNull(name, "name");
    industries = List.copyOf(industries);
  }
}
