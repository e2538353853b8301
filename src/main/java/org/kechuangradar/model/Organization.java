package org.kechuangradar.model;

import java.util.List;
import java.util.Objects;

/**
 * An organization by canonical full name, with the other names the document uses for it, and how likely the name is
 * an organization's.
 */
public record Organization(String name, String type, List<String> aliases, int mentions, double confidence) {
  public Organization {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    aliases = List.copyOf(aliases);
    confidence = Evidence.checked(confidence);
  }

  /** The same organization with another confidence. */
  public Organization withConfidence(double other) {
    return new Organization(name, type, aliases, mentions, other);
  }
}
