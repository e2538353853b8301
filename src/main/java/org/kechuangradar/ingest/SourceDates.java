package org.kechuangradar.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication day a page's address or a file's name states: news and government sites file pages under their
 * day ({@code …/2024-03/15/content_1.htm}, {@code …/20240315/…}, {@code t20240315_1.html}, {@code /art/2024/9/6/}), and people name saved
 * files by it ({@code 2023-11-30-hefei.txt}). Only a real calendar day counts, between 1990 and next year.
 */
final class SourceDates {
  // Year, month and day, with one separator or none between them; no digit may touch the run on either side.
  private static final Pattern DAY = Pattern.compile(
      "(?<!\\d)((?:19|20)\\d{2})([-_/.]?)(\\d{2})(?:\\2|/)(\\d{2})(?!\\d)");
  // Folders of a year, a month and a day written without a leading zero (/art/2024/9/6/art_1229_1.html).
  private static final Pattern FOLDERS = Pattern.compile("/((?:19|20)\\d{2})/(\\d{1,2})/(\\d{1,2})/");

  private SourceDates() {}

  /** The ISO day the source's address or name holds, if it holds one; the last one wins (the file's own name). */
  static Optional<String> of(String source) {
    LocalDate found = last(DAY.matcher(source), 1, 3, 4);
    return Optional.ofNullable(found != null ? found : last(FOLDERS.matcher(source), 1, 2, 3))
        .map(LocalDate::toString);
  }

  private static LocalDate last(Matcher m, int year, int month, int day) {
    LocalDate found = null;
    while (m.find()) {
      try {
        LocalDate d = LocalDate.of(Integer.parseInt(m.group(year)), Integer.parseInt(m.group(month)),
            Integer.parseInt(m.group(day)));
        if (d.getYear() >= 1990 && d.getYear() <= LocalDate.now().getYear() + 1) {
          found = d;
        }
      } catch (DateTimeException e) {
        // 20241399 is an identifier, not a day.
      }
    }
    return found;
  }
}
