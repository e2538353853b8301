package org.kechuangradar.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** Tokens read into parts, and parts resolved against a base. */
class TimeGrammarTest {
  private static final TimeBase BASE = TimeBase.at(LocalDateTime.of(2024, 3, 15, 10, 0));

  private static String resolve(String text, TimeOptions o) {
    TimeGrammar.Reading r = TimeGrammar.read(TimeText.prepare(text, o.lunarDate()), true);
    LocalDateTime[] s = r == null ? null : TimeGrammar.resolve(r, BASE, o, null);
    return s == null ? null : s[0] + " " + s[1];
  }

  @Test
  void resolvesComposedParts() {
    assertEquals("2024-03-16T15:00 2024-03-16T15:59:59", resolve("明天下午3点", TimeOptions.NEWS));
    assertEquals("2024-03-23T00:00 2024-03-23T23:59:59", resolve("下周六", TimeOptions.NEWS));
    assertEquals("2024-01-01T00:00 2024-06-30T23:59:59", resolve("今年上半年", TimeOptions.NEWS));
    assertEquals("2023-10-01T00:00 2023-12-31T23:59:59", resolve("去年第四季度", TimeOptions.NEWS));
    assertEquals("2024-02-21T00:00 2024-02-29T23:59:59", resolve("2月下旬", TimeOptions.NEWS));
    assertEquals("2021-01-01T00:00 2025-12-31T23:59:59", resolve("十四五时期", TimeOptions.NEWS));
    assertEquals("1990-01-01T00:00 1999-12-31T23:59:59", resolve("90年代", TimeOptions.NEWS));
    assertEquals("2023-09-29T00:00 2023-09-29T23:59:59", resolve("中秋节", TimeOptions.NEWS));
    assertEquals("2024-02-08T00:00 2024-02-08T23:59:59", resolve("腊月廿九", TimeOptions.NEWS));
    assertEquals("2024-03-11T00:00 2024-03-17T23:59:59", resolve("3月第二周", TimeOptions.NEWS));
    assertNull(resolve("没有时间", TimeOptions.NEWS));
  }

  @Test
  void placesIncompleteDatesByConvention() {
    assertEquals("2023-05-01T00:00 2023-05-01T23:59:59", resolve("5月1日", TimeOptions.NEWS));
    assertEquals("2024-05-01T00:00 2024-05-01T23:59:59", resolve("5月1日", TimeOptions.JIONLP));
    assertEquals("2024-02-20T00:00 2024-02-20T23:59:59", resolve("20日", TimeOptions.NEWS));
    assertEquals("2024-03-20T00:00 2024-03-20T23:59:59", resolve("20日", TimeOptions.JIONLP));
    TimeOptions future = new TimeOptions(Convention.JIONLP, true, true, 0);
    assertEquals("2025-03-08T00:00 2025-03-08T23:59:59", resolve("3月8日", future));
  }
}
