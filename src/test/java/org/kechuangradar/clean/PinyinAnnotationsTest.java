package org.kechuangradar.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PinyinAnnotationsTest {
  private final PinyinAnnotations stage = new PinyinAnnotations();

  @Test
  void removesToneMarkedReadingsAfterHanCharacters() {
    assertEquals(List.of("多地多部門接連出臺舉措"), Blocks.run(stage, "多地多部門(mén)接連出臺(tái)舉措"));
  }

  @Test
  void removesReadingsOfSeveralSyllables() {
    assertEquals(List.of("政策舉措,推動發展"), Blocks.run(stage, "政策舉措(jǔ cuò),推動發展"));
  }

  @Test
  void removesToneLessLowerCaseSyllables() {
    assertEquals(List.of("新質生產力"), Blocks.run(stage, "新質(zhi)生產力"));
  }

  @Test
  void keepsOtherParenthesisedText() {
    List<String> kept = List.of("企業首席執行官(CEO)表示", "伊隆·马斯克(Elon Musk)说", "城市科创大事件(35件事,15座城市)",
        "人工智能(AI)相关企业", "生产总值(GDP)达到");
    for (String line : kept) {
      assertEquals(List.of(line), Blocks.run(stage, line));
    }
  }

  @Test
  void keepsLatinAfterNonHanCharacters() {
    assertEquals(List.of("2024 (mén)"), Blocks.run(stage, "2024 (mén)"));
  }

  @Test
  void tellsReadingsFromWords() {
    assertTrue(PinyinAnnotations.isReading("zhōng"));
    assertTrue(PinyinAnnotations.isReading("guo"));
    assertFalse(PinyinAnnotations.isReading("CEO"));
    assertFalse(PinyinAnnotations.isReading("smart"));
  }
}
