package org.kechuangradar.model;

import java.util.List;
import java.util.Objects;

/** Industries a region backs or lists, each item as written, and the taxonomy industries they map to. */
public record IndustryFocus(String region, List<String> items, List<String> industries, String sentence) {
  public IndustryFocus {
    Objects.requireNonNull(region, "region");
    items = List.copyOf(items);
    industries = List.copyOf(industries);
  }
}
