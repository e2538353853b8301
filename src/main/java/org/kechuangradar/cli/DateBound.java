package org.kechuangradar.cli;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.DateTimeException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A date option given as a year, a month or a day ({@code 2024}, {@code 2024-03}, {@code 2024-03-15}): a start
 * takes the first day of the period, an end its last.
 */
abstract class DateBound implements ITypeConverter<LocalDate> {
  /** The first day of the period given. */
  static final class Start extends DateBound {
    @Override
    LocalDate of(YearMonth month) {
      return month.atDay(1);
    }
  }

  /** The last day of the period given. */
  static final class End extends DateBound {
    @Override
    LocalDate of(YearMonth month) {
      return month.atEndOfMonth();
    }
  }

  abstract LocalDate of(YearMonth month);

  @Override
  public LocalDate convert(String value) {
    String v = value.strip();
    try {
      if (v.matches("\\d{4}")) {
        int year = Integer.parseInt(v);
        return this instanceof Start ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31);
      }
      if (v.matches("\\d{4}-\\d{1,2}")) {
        String[] parts = v.split("-");
        return of(YearMonth.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1])));
      }
      return LocalDate.parse(v);
    } catch (DateTimeException e) {
      throw new TypeConversionException("'" + value + "' is not a date; give YYYY, YYYY-MM or YYYY-MM-DD");
    }
  }
}
