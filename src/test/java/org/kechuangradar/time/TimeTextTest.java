package org.kechuangradar.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The first stage: numerals to digits, abbreviations spelled out, lunar-style dates marked. */
class TimeTextTest {
  @Test
  void writesNumeralsAsDigits() {
    assertEquals("2024年", TimeText.prepare("二〇二四年", true));
    assertEquals("2008年", TimeText.prepare("两千零八年", true));
    assertEquals("12月31号", TimeText.prepare("十二月三十一号", true));
    assertEquals("9点09", TimeText.prepare("九点零九", true));
    assertEquals("24000到3万秒", TimeText.prepare("两万四千到3万秒", true));
  }

  @Test
  void marksLunarStyleDatesAndSpellsOutAbbreviations() {
    assertEquals("农历腊月29", TimeText.prepare("腊月廿九", true));
    assertEquals("农历8月15", TimeText.prepare("八月十五", true));
    assertEquals("8月15", TimeText.prepare("八月十五", false));
    assertEquals("今天晚上8点", TimeText.prepare("今晚八点", true));
    assertEquals("昨天早上6点", TimeText.prepare("昨晨6点", true));
    assertEquals("十4五规划", TimeText.prepare("“十四五”", true));
  }
}
