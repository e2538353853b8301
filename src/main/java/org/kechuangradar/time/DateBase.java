package org.kechuangradar.time;

import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * What the dates of a document are read against: the day it was published (null when unknown: nothing relative
 * resolves), and the past year it reviews ({@link Retrospective}), in which a date written without its year falls,
 * whether or not the publication day is known.
 */
public record DateBase(LocalDate published, OptionalInt reviewedYear) {
  public DateBase {
    Objects.requireNonNull(reviewedYear, "reviewedYear");
    if (reviewedYear.isPresent() && published != null && reviewedYear.getAsInt() >= published.getYear()) {
      throw new IllegalArgumentException("a review is of a year before publication: " + reviewedYear + ", " + published);
    }
  }

  /** A document that reviews no year. */
  public static DateBase at(LocalDate published) {
    return new DateBase(published, OptionalInt.empty());
  }

  /** A document with this headline and first sentence (either may be null), which may review a past year. */
  public static DateBase of(String headline, String lead, LocalDate published) {
    // Undated, a review still names its year (2023武汉科创大事记): any year it names is past.
    return new DateBase(published, Retrospective.reviewedYear(headline, lead,
        published == null ? Integer.MAX_VALUE : published.getYear()));
  }
}
