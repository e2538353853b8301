package org.kechuangradar.time;

import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.TimeZone;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;

/** Dates computed rather than listed: lunar dates (ICU's Chinese calendar), solar terms, festivals, weeks. */
final class Calendars {
  private static final TimeZone UTC = TimeZone.getTimeZone("UTC");
  /** ICU counts Chinese years from 2637 BCE; the lunar year that starts in Gregorian year Y is 2637 + Y. */
  private static final int EPOCH = 2637;

  private Calendars() {}

  /** The first and last day of a lunar month of the lunar year starting in {@code year}; null if it has no such leap month. */
  static LocalDate[] lunarMonth(int year, int month, boolean leap) {
    ChineseCalendar c = lunar(year, month, leap, 1);
    if (c == null) {
      return null;
    }
    LocalDate first = day(c);
    return new LocalDate[] {first, first.plusDays(c.getActualMaximum(ChineseCalendar.DAY_OF_MONTH) - 1L)};
  }

  /** A lunar date; day 0 is the month's last day. */
  static LocalDate lunarDay(int year, int month, boolean leap, int dayOfMonth) {
    LocalDate[] m = lunarMonth(year, month, leap);
    if (m == null) {
      return null;
    }
    LocalDate d = dayOfMonth == 0 ? m[1] : m[0].plusDays(dayOfMonth - 1L);
    return d.isAfter(m[1]) ? null : d;
  }

  private static ChineseCalendar lunar(int year, int month, boolean leap, int dayOfMonth) {
    ChineseCalendar c = new ChineseCalendar(UTC);
    c.clear();
    c.set(ChineseCalendar.EXTENDED_YEAR, year + EPOCH);
    c.set(ChineseCalendar.MONTH, month - 1);
    c.set(ChineseCalendar.IS_LEAP_MONTH, leap ? 1 : 0);
    c.set(ChineseCalendar.DAY_OF_MONTH, dayOfMonth);
    c.getTimeInMillis();
    return leap && c.get(ChineseCalendar.IS_LEAP_MONTH) != 1 ? null : c;
  }

  private static LocalDate day(ChineseCalendar c) {
    return LocalDate.ofInstant(Instant.ofEpochMilli(c.getTimeInMillis()), ZoneOffset.UTC);
  }

  /**
   * The day of a solar term by the century formula; the 24 terms of a year run from 立春 to 大寒, so 小寒 and
   * 大寒 of year Y fall in January of Y + 1.
   */
  static LocalDate solarTerm(int year, TimeVocabulary.SolarTerm term) {
    int y = term.month() == 1 ? year + 1 : year;
    int yy = y % 100;
    double c = y >= 2001 ? term.c21() : term.c20();
    int leapYears = Math.floorDiv(term.month() <= 2 ? yy - 1 : yy, 4);
    int d = (int) Math.floor(yy * 0.2422 + c) - leapYears;
    return LocalDate.of(y, term.month(), Math.max(1, d));
  }

  /** A festival's day in {@code year}; for lunar festivals, in the lunar year starting in {@code year}. */
  static LocalDate festival(int year, TimeVocabulary.Festival f) {
    return switch (f.calendar()) {
      case "solar" -> LocalDate.of(year, f.month(), Integer.parseInt(f.day()));
      case "lunar" -> lunarDay(year, f.month(), false, Integer.parseInt(f.day()));
      case "lunar-eve" -> lunarDay(year, 12, false, 0);
      case "term" -> solarTerm(year, TimeVocabulary.TERM_BY_NAME.get(f.day()));
      default -> {
        String[] nth = f.day().split(":");
        yield nthWeekday(year, f.month(), Integer.parseInt(nth[0]), Integer.parseInt(nth[1]));
      }
    };
  }

  /** The Nth given weekday (1 Monday … 7 Sunday) of a month. */
  static LocalDate nthWeekday(int year, int month, int n, int weekday) {
    return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, DayOfWeek.of(weekday)));
  }

  /** The Monday of the Nth week of a month or year: weeks are counted from the first Monday in it. */
  static LocalDate nthWeek(LocalDate first, int n) {
    return first.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)).plusWeeks(n - 1L);
  }
}
