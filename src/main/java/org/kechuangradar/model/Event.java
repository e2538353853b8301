package org.kechuangradar.model;

import java.util.List;
import java.util.Objects;

/**
 * A dated happening: a policy issued, a project started, a meeting held, a facility opened.
 *
 * @param date ISO date at the text's precision, or an ISO interval {@code start/end} for 日前, 近日, 近期 and a span
 *     of days
 * @param status {@code done}, or {@code planned} for an expected milestone (预计2026年底建成); null reads as done
 * @param confidence how likely the event is right in every field, in [0, 1]
 */
public record Event(EventType type, String date, String region, List<String> actors, String summary, String sentence,
    int start, int end, EventStatus status, double confidence) {
  public Event {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(date, "date");
    actors = List.copyOf(actors);
    status = status == null ? EventStatus.DONE : status;
    confidence = Evidence.checked(confidence);
  }

  /** The same event with another confidence. */
  public Event withConfidence(double other) {
    return new Event(type, date, region, actors, summary, sentence, start, end, status, other);
  }
}
