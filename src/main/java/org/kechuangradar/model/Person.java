package org.kechuangradar.model;

import java.util.List;
import java.util.Objects;

/** A person in the story with every position the document gives them, and how likely the name is a person's. */
public record Person(String name, List<String> positions, String organization, double confidence) {
  public Person {
    Objects.requireNonNull(name, "name");
    positions = List.copyOf(positions);
    confidence = Evidence.checked(confidence);
  }

  /** The same person with another confidence. */
  public Person withConfidence(double other) {
    return new Person(name, positions, organization, other);
  }
}
