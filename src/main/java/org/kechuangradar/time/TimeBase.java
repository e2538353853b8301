package org.kechuangradar.time;

import java.time.LocalDateTime;

/**
 * The time an expression is read against, as the first and last second it covers: a second for a timestamp,
 * a whole year for a base given as the year alone ({@code {"year": 2021}}).
 */
public record TimeBase(LocalDateTime start, LocalDateTime end) {
  public TimeBase {
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("base ends before it starts: " + start + " … " + end);
    }
  }

  /** A base known to the second. */
  public static TimeBase at(LocalDateTime t) {
    return new TimeBase(t, t);
  }

  /**
   * A base known to the precision of its fields, year first (month, day, hour, minute, second); fields left out
   * span their whole range.
   */
  public static TimeBase of(int... fields) {
    if (fields.length == 0 || fields.length > 6) {
      throw new IllegalArgumentException("a base needs 1 to 6 fields, not " + fields.length);
    }
    int[] f = {fields[0], 1, 1, 0, 0, 0};
    System.arraycopy(fields, 0, f, 0, fields.length);
    LocalDateTime start = LocalDateTime.of(f[0], f[1], f[2], f[3], f[4], f[5]);
    LocalDateTime end = switch (fields.length) {
      case 1 -> start.plusYears(1);
      case 2 -> start.plusMonths(1);
      case 3 -> start.plusDays(1);
      case 4 -> start.plusHours(1);
      case 5 -> start.plusMinutes(1);
      default -> start.plusSeconds(1);
    };
    return new TimeBase(start, end.minusSeconds(1));
  }
}
