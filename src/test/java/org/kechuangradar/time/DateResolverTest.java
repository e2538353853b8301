package org.kechuangradar.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Dates in sentences, resolved against the publication date; and the one parse of partial dates. */
class DateResolverTest {
  @Test
  void resolvesDatesAgainstPublicationNeverIntoTheFuture() {
    LocalDate published = LocalDate.parse("2024-01-10");
    assertEquals(List.of("2023-12-18", "2024-01-05", "2023", "2024-03", "2024-03", "2024-01"),
        DateResolver.find("12月18日发布，5日开工，去年完成，今年3月上线，同日挂牌，日前获批", published).stream()
            .map(DateResolver.Found::iso).toList());
    assertEquals("2023-07", DateResolver.find("7月", published).get(0).iso());
    assertEquals("2024-03-05", DateResolver.find("2024年3月5日", null).get(0).iso());
  }

  @Test
  void parsesAPartialDateAtItsOwnPrecision() {
    assertEquals("2024-03", PartialDate.parse("2024-03").iso());
    assertEquals(LocalDate.parse("2024-03-31"), PartialDate.parse("2024-03").last());
    assertEquals(LocalDate.parse("2024-12-31"), PartialDate.parse("2024").last());
    assertEquals(LocalDate.parse("2024-03-07"), PartialDate.dayOf("2024-03-07T10:00:00+08:00"));
    assertNull(PartialDate.dayOf("2024-03"));
    assertNull(PartialDate.parse("2024-13"));
    assertNull(PartialDate.parse("三月"));
  }
}
