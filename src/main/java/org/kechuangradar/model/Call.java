package org.kechuangradar.model;

import java.util.List;
import java.util.Objects;

/**
 * A project call or competition (揭榜挂帅, 重大专项, 征集): who issued it, when, which batch, how many projects, and how
 * likely it is right.
 */
public record Call(String name, String kind, String issuer, String date, String batch, List<ProjectCount> projects,
    String eligibility, String deadline, double confidence) {
  /** How many projects of one category; {@code category} is null for a total. */
  public record ProjectCount(String category, int count) {}

  public Call {
    Objects.requireNonNull(name, "name");
    projects = List.copyOf(projects);
    confidence = Evidence.checked(confidence);
  }

  /** The same call with another confidence. */
  public Call withConfidence(double other) {
    return new Call(name, kind, issuer, date, batch, projects, eligibility, deadline, other);
  }
}
