package org.kechuangradar.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/** The period a command lists: {@code --from} and {@code --to}, each a year, a month or a day. */
final class PeriodOption {
  @Option(names = "--from", paramLabel = "YYYY[-MM[-DD]]", converter = DateBound.Start.class,
      description = "Dated on or after this date (a year or month means its first day).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY[-MM[-DD]]", converter = DateBound.End.class,
      description = "Dated on or before this date (a year or month means its last day).")
  LocalDate to;

  /** What is wrong with the period as given, or null. */
  String problem() {
    return from != null && to != null && from.isAfter(to) ? "--from " + from + " is after --to " + to : null;
  }
}
