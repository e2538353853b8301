package org.kechuangradar.time;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reading the publication date a document carries. */
public final class Dates {
  private Dates() {}

  /** The day of an ISO date or date-time, or null when there is none. */
  public static LocalDate day(String published) {
    if (published == null || published.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(published.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
