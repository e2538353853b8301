package org.kechuangradar.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {
  private final TextNormalizer stage = new TextNormalizer();

  @Test
  void decodesHtmlEntitiesLeftInWebExtracts() {
    assertEquals(List.of("“我们希望成果更快落地。”他说&"),
        Blocks.run(stage, "&ldquo;我们希望成果更快落地。&rdquo;他说&amp;"));
  }

  @Test
  void removesEditorialMarks() {
    assertEquals(List.of("负责人说，今年将安排专项资金。"), Blocks.run(stage, "负责人说，[MOU1]今年将安排专项资金。"));
  }

  @Test
  void foldsFullWidthLettersAndDigitsButKeepsChinesePunctuation() {
    assertEquals(List.of("增长26.9%，AI：（2024年）"), Blocks.run(stage, "增长２６．９％，ＡＩ：（２０２４年）"));
  }

  @Test
  void collapsesIdeographicAndRepeatedSpaces() {
    assertEquals(List.of("■中国城市报记者 邢 灿"), Blocks.run(stage, "　■中国城市报记者　邢　灿  "));
  }

  @Test
  void dropsLinesLeftBlank() {
    assertEquals(List.of("正文"), Blocks.run(stage, "\u200B\u3000", "正文"));
  }
}
