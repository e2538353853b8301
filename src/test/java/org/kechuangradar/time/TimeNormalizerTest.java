package org.kechuangradar.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class TimeNormalizerTest {
  private static final LocalDateTime BASE = LocalDateTime.of(2024, 1, 10, 9, 0);

  private static String span(String text) {
    TimeNormalizer.Normalized n = TimeNormalizer.normalize(text, BASE);
    return n == null ? null : n.type() + " " + n.start() + " … " + n.end();
  }

  @Test
  void readsNumericAndChineseNumeralDates() {
    assertEquals("time_point 2024-03-07 00:00:00 … 2024-03-07 23:59:59", span("20240307"));
    assertEquals("time_point 2019-05-27 09:36:46 … 2019-05-27 09:36:46", span("2019-05-27 09:36:46"));
    assertEquals("time_point 2006-12-01 00:00:00 … 2006-12-31 23:59:59", span("二〇〇六年十二月"));
    assertEquals("time_point 2007-08-29 00:00:00 … 2007-08-29 23:59:59", span("零七年八月二十九号"));
    assertEquals("time_span 2018-01-01 00:00:00 … 2018-12-31 23:59:59", span("2018"));
  }

  @Test
  void readsRangesWithTheEndInheritingYearAndMonth() {
    assertEquals("time_span 2017-08-15 00:00:00 … 2018-03-29 23:59:59", span("2017年8月15日至2018年3月29日"));
    assertEquals("time_span 2018-12-09 00:00:00 … 2018-12-15 23:59:59", span("从2018年12月九号到十五号"));
    assertEquals("time_span 2020-05-26 00:00:00 … 2020-05-29 23:59:59", span("自2020-05-26起至2020-05-29止"));
  }

  @Test
  void keepsPartialDatesInThePastAsNewsReadersDo() {
    assertEquals("time_point 2023-12-18 00:00:00 … 2023-12-18 23:59:59", span("12月18日"));
    assertEquals("time_point 2023-07-01 00:00:00 … 2023-07-31 23:59:59", span("7月"));
  }

  @Test
  void answersNothingForExpressionsItCannotReadWhole() {
    assertNull(span("2021年前两个季度"));
    assertNull(span("明天下午3点"));
    assertNull(span("没有时间的句子"));
  }
}
