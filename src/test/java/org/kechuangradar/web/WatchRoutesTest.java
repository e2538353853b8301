package org.kechuangradar.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The time a feed entry carries: its document's date, or none, never a made-up one. */
class WatchRoutesTest {
  @Test
  void datesAnEntryByItsDocumentOrNotAtAll() {
    assertEquals(Optional.of("2024-03-07T00:00:00Z"), WatchRoutes.atomDate("2024-03-07T09:30:00"));
    assertEquals(Optional.of("2024-03-01T00:00:00Z"), WatchRoutes.atomDate("2024-03"));
    assertEquals(Optional.of("2024-01-01T00:00:00Z"), WatchRoutes.atomDate("2024"));
    assertEquals(Optional.empty(), WatchRoutes.atomDate(null));
    assertEquals(Optional.empty(), WatchRoutes.atomDate("昨天"));
  }
}
