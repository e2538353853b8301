package org.kechuangradar.model;

import java.util.List;
import java.util.Objects;

/**
 * A compute centre, big-science facility, lab, park or cluster, with the dated stages of its life the text gives, and
 * how likely it is right.
 */
public record Facility(String name, String kind, String region, String operator, List<Stage> stages,
    double confidence) {
  /** One step of its life, with its date and, for operating, how many tenants the text counts. */
  public record Stage(FacilityStage stage, String date, Integer count) {
    public Stage {
      Objects.requireNonNull(stage, "stage");
    }
  }

  public Facility {
    Objects.requireNonNull(name, "name");
    stages = List.copyOf(stages);
    confidence = Evidence.checked(confidence);
  }

  /** The same facility with another confidence. */
  public Facility withConfidence(double other) {
    return new Facility(name, kind, region, operator, stages, other);
  }
}
