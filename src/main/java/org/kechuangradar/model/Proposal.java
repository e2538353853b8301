package org.kechuangradar.model;

import java.util.List;
import java.util.Objects;

/**
 * What a deputy, a member or an expert proposed: each recommendation as its own item, quotes kept apart,
 * the bodies it addresses and the industries it concerns; {@code start}/{@code end} span it in the text; its
 * {@code confidence}, how likely it is right.
 */
public record Proposal(String speaker, String capacity, List<String> addressees, List<String> topics,
    List<String> recommendations, List<String> quotes, int start, int end, double confidence) {
  public Proposal {
    Objects.requireNonNull(speaker, "speaker");
    addressees = List.copyOf(addressees);
    topics = List.copyOf(topics);
    recommendations = List.copyOf(recommendations);
    quotes = List.copyOf(quotes);
    confidence = Evidence.checked(confidence);
  }

  /** The same proposal with another confidence. */
  public Proposal withConfidence(double other) {
    return new Proposal(speaker, capacity, addressees, topics, recommendations, quotes, start, end, other);
  }
}
