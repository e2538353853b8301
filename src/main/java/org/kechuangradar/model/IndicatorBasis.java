package org.kechuangradar.model;

/**
 * What an indicator's value measures: a level (a total, a count), a growth, a growth on the year before, a share, or
 * an average yearly growth. Its code is the name in lower case, as the extraction record writes it.
 */
public enum IndicatorBasis implements Coded {
  LEVEL("总量"), GROWTH("增长"), YOY_GROWTH("同比增长"), SHARE("占比"), AVG_ANNUAL_GROWTH("年均增长");

  private final String label;

  IndicatorBasis(String label) {
    this.label = label;
  }

  /** The Chinese word a table, an export or the web UI shows for it. */
  @Override
  public String label() {
    return label;
  }

  /** The value with this code; an unknown code is an error. */
  public static IndicatorBasis of(String code) {
    return Coded.of(IndicatorBasis.class, code);
  }
}
