package org.kechuangradar.model;

import java.util.List;
import java.util.Objects;

/** A dated happening: a policy issued, a project started, a meeting held, a facility opened. */
public record Event(EventType type, String date, String region, List<String> actors, String summary, String sentence,
    int start, int end) {
  public Event {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(date, "date");
    actors = List.copyOf(actors);
  }
}
