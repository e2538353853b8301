package org.kechuangradar.brief;

import java.math.BigDecimal;

/** A sum as a reader writes it: 2亿元, 300万元, 30%. */
public final class Money {
  private Money() {}

  public static String of(double value, String unit) {
    if ("元".equals(unit) && value >= 1e8) {
      return plain(value / 1e8) + "亿元";
    }
    if ("元".equals(unit) && value >= 1e4) {
      return plain(value / 1e4) + "万元";
    }
    return plain(value) + (unit == null ? "" : unit);
  }

  private static String plain(double v) {
    return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
  }
}
