package org.kechuangradar.time;

/**
 * Whose reading of an incomplete expression to follow. A news reader places a date without a year, month or
 * week ({@code 3月5日}, {@code 5日}, {@code 周二}, {@code 春节}) at or before the publication date; JioNLP places it
 * in the base's own year, month or week, or after the base with its {@code ret_future} option.
 */
public enum Convention {
  NEWS,
  JIONLP
}
