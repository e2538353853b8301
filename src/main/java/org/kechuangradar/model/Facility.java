package org.kechuangradar.model;

import java.util.List;
import java.util.Objects;
import org.kechuangradar.pipeline.Stage;

/** A compute centre, big-science facility, lab, park or cluster, with the dated stages of its life the text gives. */
public record Facility(String name, String kind, String region, String operator, List<Stage> stages) {
  /** One step: {@code planned}, {@code approved}, {@code started}, {@code built}, {@code accepted}, {@code opened}, {@code operating}. */
  public record Stage(String stage, String date, Integer count) {
    public Stage {
      Objects.requireNonNull(stage, "stage");
    }
  }

  public Facility {
    Objects.requireNonNull(name, "name");
    stages = List.copyOf(stages);
  }
}
