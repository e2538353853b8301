package org.kechuangradar.time;

/**
 * How to read an expression.
 *
 * @param convention where a date missing its year, month or week falls
 * @param future under {@link Convention#JIONLP}, place such a date after the base (JioNLP's {@code ret_future})
 * @param lunarDate read {@code 二月十五} (a Chinese-numeral month and day with no 日) as a lunar date
 * @param occurrences how many occurrences of a period ({@code 每周六}) to list; 0 lists only the first
 */
public record TimeOptions(Convention convention, boolean future, boolean lunarDate, int occurrences) {
  public static final TimeOptions NEWS = new TimeOptions(Convention.NEWS, false, true, 0);
  public static final TimeOptions JIONLP = new TimeOptions(Convention.JIONLP, false, true, 0);

  public TimeOptions {
    if (occurrences < 0) {
      throw new IllegalArgumentException("occurrences must not be negative: " + occurrences);
    }
  }
}
