package org.kechuangradar.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date at the precision a text or a record gives it: a year ({@code 2024}), a month ({@code 2024-03}) or a day
 * ({@code 2024-03-07}); the one parse of such dates in the project. A date-time counts as its day, an ISO interval
 * ({@code 2024-03-05/2024-03-12}, a vague 日前) as its start.
 *
 * @param month 1 to 12, or 0 for a year alone
 * @param day 1 to 31, or 0 for a year or a month alone
 */
public record PartialDate(int year, int month, int day) {
  private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(?:[T ].*|/.*)?");

  public PartialDate {
    if (month < 0 || month > 12 || day < 0 || day > 31 || day > 0 && month == 0) {
      throw new IllegalArgumentException("no such date: " + year + "-" + month + "-" + day);
    }
  }

  /** The date of {@code 2024}, {@code 2024-03}, {@code 2024-03-07} or a date-time; null for null or anything else. */
  public static PartialDate parse(String iso) {
    if (iso == null) {
      return null;
    }
    Matcher m = ISO.matcher(iso.strip());
    if (!m.matches()) {
      return null;
    }
    try {
      int year = Integer.parseInt(m.group(1));
      int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
      int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
      PartialDate d = new PartialDate(year, month, day);
      d.first();
      return d;
    } catch (IllegalArgumentException | DateTimeException e) {
      return null;
    }
  }

  /** The day an ISO date or date-time names, or null when it names no day (or is not a date). */
  public static LocalDate dayOf(String iso) {
    PartialDate d = parse(iso);
    return d == null || !d.isDay() ? null : d.first();
  }

  public boolean isDay() {
    return day > 0;
  }

  public boolean isMonth() {
    return month > 0 && day == 0;
  }

  /** The first day the date covers. */
  public LocalDate first() {
    return LocalDate.of(year, Math.max(1, month), Math.max(1, day));
  }

  /** The last day the date covers. */
  public LocalDate last() {
    if (day > 0) {
      return first();
    }
    return month > 0 ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, 12, 31);
  }

  /** The month as {@code 2024-03}, or null for a year alone. */
  public String yearMonth() {
    return month == 0 ? null : String.format("%04d-%02d", year, month);
  }

  /** The date at its own precision: {@code 2024}, {@code 2024-03} or {@code 2024-03-07}. */
  public String iso() {
    return day > 0 ? first().toString() : month > 0 ? yearMonth() : String.format("%04d", year);
  }
}
