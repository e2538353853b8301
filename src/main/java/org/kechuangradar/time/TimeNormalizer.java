package org.kechuangradar.time;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises one time expression against a base time into the first and last second it covers: numeric
 * formats ({@code 20240307}, {@code 2019/04/19}, {@code 2019-05-27 09:36:46}), Chinese numerals
 * ({@code 二〇〇六年十二月}, {@code 零七年八月二十九号}), years, ranges ({@code 2017年8月15日至2018年3月29日}), and
 * everything {@link DateResolver} reads in news text. Follows the news reader's convention: a partial date is
 * never later than the base unless it announces a start.
 */
public final class TimeNormalizer {
  /** The expression's kind and the first and last second it covers, as {@code yyyy-MM-dd HH:mm:ss}. */
  public record Normalized(String type, String start, String end) {}

  private static final DateTimeFormatter OUT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final Pattern COMPACT = Pattern.compile("^((?:19|20)\\d{2})(\\d{2})(\\d{2})$");
  private static final Pattern NUMERIC = Pattern.compile(
      "((?:19|20)\\d{2})[/.\\-](\\d{1,2})(?:[/.\\-](\\d{1,2}))?(?:[ T\\-](\\d{1,2})[:：](\\d{2})(?:[:：](\\d{2}))?)?");
  private static final Pattern YEAR = Pattern.compile("^((?:19|20)\\d{2})年?$");
  private static final Pattern[] RANGES = {
    Pattern.compile("^(.+?)(?:至|到)(.+)$"), Pattern.compile("^(.+?)(?:——|—|~|～)(.+)$"), Pattern.compile("^(.+?)-(.+)$")};
  private static final Pattern HAN_YEAR = Pattern.compile("([零〇一二三四五六七八九]{2,4})年");
  private static final Pattern HAN_NUMBER = Pattern.compile("([零〇一二三四五六七八九十]{1,3})(?=[月日号])");
  private static final Pattern APPROXIMATE = Pattern.compile("(左右|前后|许|份)$");
  private static final Pattern BOUNDS = Pattern.compile("^(自|从)|起(?=至|到)|止$");
  private static final Pattern SHORT_YEAR = Pattern.compile("(?<![0-9])(\\d{2})年");

  private TimeNormalizer() {}

  /** The normalised expression, or null when the text holds no time this normaliser reads. */
  public static Normalized normalize(String text, LocalDateTime base) {
    String t = BOUNDS.matcher(digits(text.strip(), base)).replaceAll("");
    // Words (至, 到) split a range before dashes do, since dashes also sit inside dates (2020-05-26).
    for (Pattern range : RANGES) {
      Matcher r = range.matcher(t);
      if (r.matches()) {
        LocalDateTime[] a = span(r.group(1), base);
        LocalDateTime[] b = a == null ? null : span(inherit(r.group(2), a[0]), base);
        if (a != null && b != null) {
          return new Normalized("time_span", OUT.format(a[0]), OUT.format(b[1]));
        }
      }
    }
    LocalDateTime[] s = span(t, base);
    if (s == null) {
      return null;
    }
    String type = YEAR.matcher(t).matches() ? "time_span" : "time_point";
    return new Normalized(type, OUT.format(s[0]), OUT.format(s[1]));
  }

  /** The end of a range takes the year and month its start gives: 2018年12月9号到15号 ends on 2018-12-15. */
  private static String inherit(String end, LocalDateTime start) {
    if (end.matches("\\d{1,2}[日号]")) {
      return start.getYear() + "年" + start.getMonthValue() + "月" + end;
    }
    if (end.matches("\\d{1,2}月.*")) {
      return start.getYear() + "年" + end;
    }
    return end;
  }

  /** Chinese numerals in dates become digits: 二〇〇六年十二月 → 2006年12月, 零七年 → 2007年. */
  static String digits(String text, LocalDateTime base) {
    Matcher y = HAN_YEAR.matcher(text);
    StringBuilder sb = new StringBuilder();
    while (y.find()) {
      StringBuilder d = new StringBuilder();
      for (char c : y.group(1).toCharArray()) {
        d.append(c == '〇' || c == '零' ? 0 : "零一二三四五六七八九".indexOf(c));
      }
      y.appendReplacement(sb, d + "年");
    }
    y.appendTail(sb);
    Matcher n = HAN_NUMBER.matcher(sb.toString());
    StringBuilder out = new StringBuilder();
    while (n.find()) {
      Double v = ChineseNumerals.parse(n.group(1).replace('〇', '零'));
      n.appendReplacement(out, v == null ? n.group(1) : String.valueOf(v.intValue()));
    }
    n.appendTail(out);
    Matcher s = SHORT_YEAR.matcher(out.toString());
    StringBuilder full = new StringBuilder();
    while (s.find()) {
      int yy = Integer.parseInt(s.group(1));
      int century = yy <= base.getYear() % 100 + 10 ? base.getYear() / 100 * 100 : base.getYear() / 100 * 100 - 100;
      s.appendReplacement(full, (century + yy) + "年");
    }
    s.appendTail(full);
    return full.toString();
  }

  /** The first and last second of one expression, or null. */
  private static LocalDateTime[] span(String t, LocalDateTime base) {
    Matcher c = COMPACT.matcher(t);
    if (c.matches()) {
      return day(LocalDate.of(num(c, 1), num(c, 2), num(c, 3)));
    }
    Matcher n = NUMERIC.matcher(t);
    if (n.matches()) {
      if (n.group(3) == null) {
        return month(YearMonth.of(num(n, 1), num(n, 2)));
      }
      LocalDate d = LocalDate.of(num(n, 1), num(n, 2), num(n, 3));
      if (n.group(4) == null) {
        return day(d);
      }
      LocalDateTime at = d.atTime(num(n, 4), num(n, 5), n.group(6) == null ? 0 : num(n, 6));
      return new LocalDateTime[] {at, n.group(6) == null ? at.plusSeconds(59) : at};
    }
    Matcher y = YEAR.matcher(t);
    if (y.matches()) {
      int year = num(y, 1);
      return new LocalDateTime[] {LocalDate.of(year, 1, 1).atStartOfDay(), LocalDate.of(year, 12, 31).atTime(23, 59, 59)};
    }
    List<DateResolver.Found> found = DateResolver.find(t, base.toLocalDate());
    // Answer only for an expression read whole: 2021年前两个季度 is not the year 2021.
    if (found.isEmpty() || !found.get(0).text().equals(APPROXIMATE.matcher(t).replaceAll(""))) {
      return null;
    }
    String iso = found.get(0).iso();
    if (iso.length() == 4) {
      int year = Integer.parseInt(iso);
      return new LocalDateTime[] {LocalDate.of(year, 1, 1).atStartOfDay(), LocalDate.of(year, 12, 31).atTime(23, 59, 59)};
    }
    return iso.length() == 7 ? month(YearMonth.parse(iso)) : day(LocalDate.parse(iso));
  }

  private static LocalDateTime[] day(LocalDate d) {
    return new LocalDateTime[] {d.atStartOfDay(), d.atTime(23, 59, 59)};
  }

  private static LocalDateTime[] month(YearMonth m) {
    return new LocalDateTime[] {m.atDay(1).atStartOfDay(), m.atEndOfMonth().atTime(23, 59, 59)};
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }
}
