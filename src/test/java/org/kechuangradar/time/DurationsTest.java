package org.kechuangradar.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Lengths, and times reached from the base by a length. */
class DurationsTest {
  private static final TimeBase BASE = TimeBase.at(LocalDateTime.of(2024, 3, 15, 10, 0));

  @Test
  void readsLengths() {
    assertEquals(Map.of("year", 3.5), Durations.delta(Durations.length("3年半")));
    assertEquals(Map.of("day", 14.0), Durations.delta(Durations.length("2周")));
    assertEquals(Map.of("hour", 48.0), Durations.delta(Durations.length("48小时")));
    assertNull(Durations.length("3月"));
    assertNull(Durations.length("2024年"));
  }

  @Test
  void reachesTimesFromTheBase() {
    assertEquals("2024-03-18 00:00:00 2024-03-18 23:59:59", span(Durations.relative("3天后", BASE)));
    assertEquals("2024-03-15 10:00:00 2024-03-17 10:00:00", span(Durations.relative("未来48小时", BASE)));
    assertEquals("2021-01-01 00:00:00 2024-03-15 10:00:00", span(Durations.relative("3年多以来", BASE)));
    assertEquals("2024-03-15 10:30:00 inf", span(Durations.relative("半小时以后", BASE)));
  }

  private static String span(TimeNormalizer.Normalized n) {
    return n.start() + " " + n.end();
  }
}
