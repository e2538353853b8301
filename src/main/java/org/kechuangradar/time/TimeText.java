package org.kechuangradar.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites an expression into the form the grammar reads: ASCII digits for every numeral, full-width signs made
 * narrow, abbreviations spelled out (今晚 → 今天晚上) and lunar dates written without 农历 marked as such.
 */
final class TimeText {
  private static final Pattern FIVE_YEAR_PLAN = Pattern.compile("[“\"'‘]?十([一二三四五六七八九])五[”\"'’]?");
  // A month and day both in Chinese numerals, with no 日 or 号 after: the way lunar dates are written (二月十五).
  private static final Pattern LUNAR_STYLE = Pattern.compile(
      "(?<![农阴]历|闰|[0-9零〇一二三四五六七八九十])([正一二三四五六七八九十冬腊]{1,2}月(?:初|廿|卅|二十|三十|十)?[一二三四五六七八九十])"
          + "(?![日号0-9零〇一二三四五六七八九十点时:])");
  private static final Pattern BARE_LUNAR_DAY = Pattern.compile("(?<![月0-9零〇一二三四五六七八九十])((?:廿|初)[一二三四五六七八九十])(?![日号])");
  private static final Pattern NUMERAL = Pattern.compile("[零〇一二两俩三四五六七八九十百千万廿卅]+");
  private static final Pattern GROUPED = Pattern.compile("(?<=\\d),(?=\\d{3})");
  private static final Pattern ABBREVIATED_DAY = Pattern.compile("([今昨明])([晚早晨])(?![上晨间])");
  private static final Pattern SPACE = Pattern.compile("(?<!\\d)\\s+|\\s+(?!\\d)");

  private TimeText() {}

  static String prepare(String raw, boolean lunarDates) {
    StringBuilder narrow = new StringBuilder(raw.length());
    for (char c : raw.strip().toCharArray()) {
      narrow.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c == '：' ? ':' : c == '，' ? ',' : c == '～' ? '~' : c);
    }
    String t = SPACE.matcher(narrow).replaceAll("");
    t = GROUPED.matcher(t).replaceAll("");
    t = FIVE_YEAR_PLAN.matcher(t).replaceAll(m -> "十" + m.group(1) + "五规划");
    if (lunarDates) {
      t = LUNAR_STYLE.matcher(t).replaceAll("农历$1");
      t = BARE_LUNAR_DAY.matcher(t).replaceAll("农历$1");
    }
    t = ABBREVIATED_DAY.matcher(t).replaceAll(m -> m.group(1) + "天" + (m.group(2).equals("晚") ? "晚上" : "早上"));
    Matcher m = NUMERAL.matcher(t);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String run = m.group();
      // 2000万 and 3万: a unit after digits stays for the amount to read.
      if (m.start() > 0 && Character.isDigit(t.charAt(m.start() - 1)) && "十百千万".indexOf(run.charAt(0)) >= 0) {
        m.appendReplacement(out, run);
        continue;
      }
      boolean plan = t.startsWith("五规划", m.end() - 1) && run.startsWith("十") && run.length() == 3;
      String digits = plan ? "十" + numeral(run.substring(1, 2)) + "五" : numeral(run);
      m.appendReplacement(out, Matcher.quoteReplacement(digits == null ? run : digits));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * A run of Chinese numerals as digits: without units digit by digit (二〇二四 → 2024, 零九 → 09), with units by
   * value (两千零八 → 2008, 廿九 → 29, 两万四千 → 24000); null when the run is no number.
   */
  static String numeral(String run) {
    if (run.chars().noneMatch(c -> "十百千万廿卅".indexOf(c) >= 0)) {
      if (run.length() > 1 && (run.contains("两") || run.contains("俩"))) {
        return null;
      }
      StringBuilder d = new StringBuilder();
      for (char c : run.toCharArray()) {
        d.append(c == '两' || c == '俩' ? 2 : c == '〇' ? 0 : "零一二三四五六七八九".indexOf(c));
      }
      return d.toString();
    }
    long total = 0;
    long section = 0;
    long digit = -1;
    for (char c : run.toCharArray()) {
      int v = c == '两' || c == '俩' ? 2 : c == '〇' ? 0 : "零一二三四五六七八九".indexOf(c);
      if (v >= 0) {
        digit = v;
        continue;
      }
      long unit = switch (c) {
        case '十' -> 10;
        case '百' -> 100;
        case '千' -> 1000;
        case '廿' -> 20;
        case '卅' -> 30;
        default -> 10000;
      };
      if (unit == 10000) {
        total += (section + Math.max(0, digit)) * unit;
        section = 0;
      } else if (c == '廿' || c == '卅') {
        section += unit;
      } else {
        section += (digit < 0 ? 1 : digit) * unit;
      }
      digit = -1;
    }
    return String.valueOf(total + section + Math.max(0, digit));
  }
}
