package org.kechuangradar.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
  void readsComposedExpressionsRangesLengthsAndPeriods() {
    assertEquals("time_span 2021-01-01 00:00:00 … 2021-06-30 23:59:59", span("2021年前两个季度"));
    assertEquals("time_point 2024-01-11 15:00:00 … 2024-01-11 15:59:59", span("明天下午3点"));
    assertEquals("time_span 2024-01-10 09:00:00 … 2024-01-10 11:00:00", span("今天上午9点到11点"));
    assertEquals("time_span 2023-09-01 00:00:00 … 2024-01-10 09:00:00", span("从去年9月起"));
    TimeNormalizer.Normalized d = TimeNormalizer.normalize("3年半", BASE);
    assertEquals(TimeNormalizer.Type.DELTA, d.type());
    assertEquals(List.of(Map.of("year", 3.5)), d.delta());
    TimeNormalizer.Normalized p = TimeNormalizer.normalize("每周一上午9点", TimeBase.at(BASE),
        new TimeOptions(Convention.NEWS, false, true, 2));
    assertEquals(List.of(Map.of("day", 7.0)), p.delta());
    assertEquals(List.of("2024-01-08 09:00:00", "2024-01-15 09:00:00"),
        p.occurrences().stream().map(TimeNormalizer.Normalized::start).toList());
  }

  @Test
  void answersNothingWhereNoTimeIs() {
    assertNull(span("没有时间的句子"));
    assertNull(span(""));
  }

  @Test
  void neverThrowsAndNeverEndsBeforeItStarts() {
    Random random = new Random(13);
    String alphabet = "0123456789年月日号点时分秒周星期天上下午晚前后至到每半个多初廿十百千万一二三两四五六七八九零〇今明去春节农历闰底旬季度-:~ ,";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder s = new StringBuilder();
      for (int k = random.nextInt(12); k > 0; k--) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      for (Convention c : Convention.values()) {
        TimeNormalizer.Normalized n = TimeNormalizer.normalize(s.toString(), TimeBase.at(BASE),
            new TimeOptions(c, random.nextBoolean(), true, 3));
        if (n != null && n.from() != null) {
          assertTrue(!n.to().isBefore(n.from()), s + ": " + n);
        }
      }
    }
  }
}
