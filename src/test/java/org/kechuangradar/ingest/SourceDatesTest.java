package org.kechuangradar.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The day a page's address or a file's name states, and the numbers that only look like one. */
class SourceDatesTest {
  @Test
  void readsTheDayAnAddressOrAFileNameStates() {
    assertEquals(Optional.of("2024-03-15"), SourceDates.of("https://www.gov.cn/zhengce/content/2024-03/15/content_6939581.htm"));
    assertEquals(Optional.of("2024-03-15"), SourceDates.of("http://www.news.cn/tech/20240315/abc/c.html"));
    assertEquals(Optional.of("2025-04-02"), SourceDates.of("https://kjt.ah.gov.cn/xxgk/t20250402_123.html"));
    assertEquals(Optional.of("2023-11-30"), SourceDates.of("/data/clips/2023-11-30-hefei.txt"));
    assertEquals(Optional.of("2023-11-30"), SourceDates.of("/data/2019/report_2023.11.30.pdf"));
    assertEquals(Optional.of("2024-09-06"), SourceDates.of("https://www.example.gov.cn/art/2024/9/6/art_1229_771203.html"));
  }

  @Test
  void takesNoIdentifierMixedSeparatorsOrImpossibleDayForADate() {
    assertEquals(Optional.empty(), SourceDates.of("https://www.gov.cn/zhengce/content_6939581.htm"));
    assertEquals(Optional.empty(), SourceDates.of("/data/item-20241399.html"));
    assertEquals(Optional.empty(), SourceDates.of("/data/2024-03_15.txt"));
    assertEquals(Optional.empty(), SourceDates.of("/data/120240315.txt"));
    assertEquals(Optional.empty(), SourceDates.of("/data/18990101.txt"));
    assertEquals(Optional.empty(), SourceDates.of("samples/hefei-quantum-gbk.txt"));
  }
}
