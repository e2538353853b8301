package org.kechuangradar.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Dates in sentences, resolved against the publication date; and the one parse of partial dates. */
class DateResolverTest {
  @Test
  void resolvesDatesAgainstPublicationNeverIntoTheFuture() {
    DateBase published = DateBase.at(LocalDate.parse("2024-01-10"));
    assertEquals(List.of("2023-12-18", "2024-01-05", "2023", "2024-03", "2024-03", "2024-01"),
        DateResolver.find("12月18日发布，5日开工，去年完成，今年3月上线，同日挂牌，日前获批", published).stream()
            .map(DateResolver.Found::iso).toList());
    assertEquals("2023-07", DateResolver.find("7月", published).get(0).iso());
    assertEquals("2024-03-05", DateResolver.find("2024年3月5日", DateBase.at(null)).get(0).iso());
  }

  @Test
  void putsADateWithoutItsYearInTheYearAReviewLooksBackOn() {
    DateBase review = new DateBase(LocalDate.parse("2024-01-03"), OptionalInt.of(2023));
    assertEquals(List.of("2023-01", "2023-01-02", "2023-12-18", "2023-02-01", "2024-01-02", "2023", "2024-03", "2024-01"),
        DateResolver.find("1月印发，1月2日开工，12月18日发布，自2月1日起施行，2024年1月2日揭牌，去年完成，今年3月上线，日前获批",
            review).stream().map(DateResolver.Found::iso).toList());
    // 当年 with no date before it is the year the headline named; 10日 after 6月8日 is of that June.
    assertEquals("2023", DateResolver.find("当年建成", review).get(0).iso());
    assertEquals(List.of("2023-06-08", "2023-06-10"),
        DateResolver.find("6月8日签约，10日揭牌", review).stream().map(DateResolver.Found::iso).toList());
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
