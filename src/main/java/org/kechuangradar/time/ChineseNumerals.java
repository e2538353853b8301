package org.kechuangradar.time;

/** Reads Chinese numerals such as 三, 十二, 一百二十, 两千 into numbers; written by hand, no library does this. */
public final class ChineseNumerals {
  private ChineseNumerals() {}

  /** The value of a numeral made of 零〇一二两三四五六七八九十百千, or null when it is not one. */
  public static Double parse(String s) {
    long total = 0;
    long digit = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int d = "零一二三四五六七八九".indexOf(c);
      if (c == '〇') {
        d = 0;
      } else if (c == '两') {
        d = 2;
      }
      if (d >= 0) {
        digit = d;
        continue;
      }
      long unit = switch (c) {
        case '十' -> 10;
        case '百' -> 100;
        case '千' -> 1000;
        default -> -1;
      };
      if (unit < 0) {
        return null;
      }
      total += (digit == 0 && unit == 10 ? 1 : digit) * unit;
      digit = 0;
    }
    return (double) (total + digit);
  }
}
