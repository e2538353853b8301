package org.kechuangradar.model;

import java.util.List;
import java.util.Objects;

/** A person in the story with every position the document gives them. */
public record Person(String name, List<String> positions, String organization) {
  public Person {
    Objects.requireNonNull(name, "name");
    positions = List.copyOf(positions);
  }
}
