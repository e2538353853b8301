package org.kechuangradar.cli;

import java.time.DateTimeException;
import java.time.LocalDate;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The publication date a command gives the documents that state none: {@code --published YYYY-MM-DD}. */
final class PublishedOption {
  @Option(names = "--published", paramLabel = "DATE", converter = Day.class,
      description = "Publication date (YYYY-MM-DD) for documents that give none (a page's own date, or a day in "
          + "its address or file name, wins).")
  LocalDate published;

  /** The date as ISO text, or null when the option was not given. */
  String iso() {
    return published == null ? null : published.toString();
  }

  /** A whole day: a publication date is never a month or a year. */
  static final class Day implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value.strip());
      } catch (DateTimeException e) {
        throw new TypeConversionException("must be a day as YYYY-MM-DD, not " + value);
      }
    }
  }
}
