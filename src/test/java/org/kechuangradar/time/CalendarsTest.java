package org.kechuangradar.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Lunar dates, solar terms and festivals, computed. */
class CalendarsTest {
  @Test
  void convertsLunarDates() {
    assertEquals(LocalDate.of(2024, 2, 10), Calendars.lunarDay(2024, 1, false, 1));
    assertEquals(LocalDate.of(2023, 9, 29), Calendars.lunarDay(2023, 8, false, 15));
    assertEquals(LocalDate.of(2024, 2, 9), Calendars.lunarDay(2023, 12, false, 0));
    assertEquals(LocalDate.of(2023, 3, 22), Calendars.lunarMonth(2023, 2, true)[0]);
  }

  @Test
  void computesSolarTermsAndFestivals() {
    assertEquals(LocalDate.of(2024, 4, 4), Calendars.solarTerm(2024, TimeVocabulary.TERM_BY_NAME.get("清明")));
    assertEquals(LocalDate.of(2023, 12, 22), Calendars.solarTerm(2023, TimeVocabulary.TERM_BY_NAME.get("冬至")));
    assertEquals(LocalDate.of(2024, 2, 4), Calendars.solarTerm(2024, TimeVocabulary.TERM_BY_NAME.get("立春")));
    assertEquals(LocalDate.of(2024, 5, 12), Calendars.festival(2024, TimeVocabulary.FESTIVALS.get("母亲节")));
    assertEquals(LocalDate.of(2024, 6, 10), Calendars.festival(2024, TimeVocabulary.FESTIVALS.get("端午节")));
  }
}
