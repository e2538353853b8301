package org.kechuangradar.model;

import java.util.Objects;

/**
 * An administrative region mentioned in a document, by full official name.
 *
 * @param name full name ({@code 宿迁市}, {@code 浦东新区}); for named areas such as 长三角, the name as written
 * @param code six-digit division code, or null for named areas and regions without one
 * @param level the division's level
 * @param parent name of the enclosing region, or null
 * @param mentions how often the document mentions it
 * @param confidence how likely the document names this region, in [0, 1]
 */
public record Region(String name, String code, RegionLevel level, String parent, int mentions, double confidence) {
  public Region {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(level, "level");
    confidence = Evidence.checked(confidence);
  }

  /** The same region with another confidence. */
  public Region withConfidence(double other) {
    return new Region(name, code, level, parent, mentions, other);
  }
}
