package org.kechuangradar.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds date expressions in news text and resolves them against the publication date: absolute
 * ({@code 2024年3月5日}), partial ({@code 12月18日}, {@code 7月}, {@code 5日}), relative to the year
 * ({@code 今年7月}, {@code 去年}), to the text ({@code 同一日}, {@code 同期}) or vague ({@code 日前}, {@code 近日},
 * which give the month of publication). A partial date is never later than publication (in a paper of January,
 * {@code 12月} is last December) unless it announces a start ({@code 自2月1日起}); in a review of a past year
 * ({@link DateBase#reviewedYear()}) it is of that year.
 */
public final class DateResolver {
  /** A date expression, its ISO value at the precision the text gives, and its span. */
  public record Found(String text, String iso, int start, int end) {}

  // The specific alternatives come first: the last one may match empty and would hide them.
  private static final Pattern DATE = Pattern.compile(
      "(?<same>同一日|同日|当天|当日|同一天|同期)|(?<vague>日前|近日|近期|最近)|(?<day>前天|昨天|昨日|今天|今日)"
          + "|(?=[0-9今去明前同当])(?<rel>今年|去年|明年|前年|同年|当年)?(?:(?<y>(?:19|20)\\d{2})年)?(?:(?<m>\\d{1,2})月(?!份额))?(?:(?<d>\\d{1,2})[日号])?");

  private DateResolver() {}

  /** Every date expression in {@code text}, in order, read against {@code base}. */
  public static List<Found> find(String text, DateBase base) {
    return find(text, base, null);
  }

  /** As {@link #find(String, DateBase)}, with the last date of the text before, for {@code 同一日}. */
  public static List<Found> find(String text, DateBase base, String dateBefore) {
    return find(text, base, dateBefore, dateBefore != null && dateBefore.length() >= 10 ? dateBefore : null);
  }

  /**
   * As {@link #find(String, DateBase, String)}, with also the last full day before the text: a 同日 or 当天
   * with no date before it in the text means that day, even when a month (同年8月) was named after it.
   */
  public static List<Found> find(String text, DateBase base, String dateBefore, String dayBefore) {
    List<Found> out = new ArrayList<>();
    if (!mayHoldDate(text)) {
      return out;
    }
    Matcher m = DATE.matcher(text);
    String previous = dateBefore;
    boolean dateInText = false;
    // Tried only where a date can start: letting the expression scan every position costs several times more.
    for (int i = 0; i < text.length(); i++) {
      if (!mayStartDate(text.charAt(i)) || !canStartDate(text, i) || !m.region(i, text.length()).lookingAt()
          || m.end() == m.start()) {
        continue;
      }
      boolean sameDay = m.group("same") != null && !m.group("same").equals("同期");
      // 同日 with no date before it in the text is the last full day named before, or unknown: never a month.
      String iso = sameDay && !dateInText ? dayBefore : resolve(m, base, previous, text);
      if (iso != null) {
        out.add(new Found(m.group(), iso, m.start(), m.end()));
        boolean named = m.group("same") == null && m.group("vague") == null;
        previous = named ? iso : previous;
        dateInText |= named;
      }
      i = m.end() - 1;
    }
    return out;
  }

  /** A digit or a character a relative date starts with; most sentences have neither. */
  private static boolean mayHoldDate(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (mayStartDate(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the expression can match at {@code i}: digits must run into 年, 月, 日 or 号 within four, and a relative
   * word needs its second character; most numbers (500万元, 30%) and words (目前, 最高) are ruled out before it runs.
   */
  private static boolean canStartDate(String text, int i) {
    int j = i;
    while (j < text.length() && j - i <= 4 && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
      j++;
    }
    if (j > i) {
      return j - i <= 4 && j < text.length() && "年月日号".indexOf(text.charAt(j)) >= 0;
    }
    return i + 1 < text.length() && "一日天期近年前".indexOf(text.charAt(i + 1)) >= 0;
  }

  private static boolean mayStartDate(char c) {
    return c >= '0' && c <= '9' || "今去明前同当日近最昨".indexOf(c) >= 0;
  }

  private static String resolve(Matcher m, DateBase base, String previous, String text) {
    LocalDate published = base.published();
    if (m.group("same") != null) {
      return previous;
    }
    if (m.group("day") != null) {
      int back = m.group("day").startsWith("前") ? 2 : m.group("day").startsWith("昨") ? 1 : 0;
      return published == null ? null : published.minusDays(back).toString();
    }
    if (m.group("vague") != null) {
      return published == null ? null : YearMonth.from(published).toString();
    }
    String rel = m.group("rel");
    String y = m.group("y");
    String mo = m.group("m");
    String d = m.group("d");
    if (rel == null && y == null && mo == null) {
      // A bare day needs 日 or 号 right after a number that is not part of a longer figure.
      if (d == null || m.start() > 0 && Character.isDigit(text.charAt(m.start() - 1))
          || published == null && base.reviewedYear().isEmpty()) {
        return null;
      }
      return bareDay(Integer.parseInt(d), base, previous);
    }
    Integer year = y != null ? Integer.valueOf(y) : relativeYear(rel, base, previous);
    int month = mo == null ? 0 : Integer.parseInt(mo);
    int day = d == null ? 0 : Integer.parseInt(d);
    if (month > 12 || day > 31 || mo == null && d != null) {
      return null;
    }
    if (year == null) {
      if (month == 0 || published == null && base.reviewedYear().isEmpty()) {
        return null;
      }
      // A review tells what its year brought, 自2月1日起施行 included: a date without its year is of that year.
      year = base.reviewedYear().orElseGet(() -> nearPublication(month, day, published, text.startsWith("起", m.end())));
    }
    if (month == 0) {
      return String.valueOf(year);
    }
    return day == 0 ? String.format("%d-%02d", year, month) : String.format("%d-%02d-%02d", year, month, day);
  }

  /** The year of a month without one: never later than publication, unless it announces a start (自2月1日起施行). */
  private static int nearPublication(int month, int day, LocalDate published, boolean announced) {
    int year = published.getYear();
    LocalDate candidate = LocalDate.of(year, month, day == 0 ? 1 : Math.min(day, 28));
    if (candidate.isAfter(published) && !announced) {
      year--;
    } else if (announced && candidate.isBefore(published.minusMonths(1))) {
      year++;
    }
    return year;
  }

  /**
   * The year of 今年, 去年, 同年 …: the writer's, counted from publication, even in a review. A January review of
   * 2023 calls 2023 去年, as its readers do, and its 今年 is the year ahead; only 同年 and 当年 with no date before
   * them take the year reviewed, the one the headline named.
   */
  private static Integer relativeYear(String rel, DateBase base, String previous) {
    LocalDate published = base.published();
    // 2023年5月获批，同年8月开工: 同年 and 当年 are the year of the date before, when there is one.
    boolean sameYear = "同年".equals(rel) || "当年".equals(rel);
    if (sameYear && previous != null) {
      return Integer.valueOf(previous.substring(0, 4));
    }
    if (sameYear && base.reviewedYear().isPresent()) {
      return base.reviewedYear().getAsInt();
    }
    if (rel == null || published == null) {
      return null;
    }
    return switch (rel) {
      case "去年" -> published.getYear() - 1;
      case "前年" -> published.getYear() - 2;
      case "明年" -> published.getYear() + 1;
      default -> published.getYear();
    };
  }

  /**
   * {@code 5日} in a paper of the 7th is the 5th of this month; in a paper of the 3rd, of last month. In a review,
   * after a date of the year reviewed (6月8日…，10日…) it is of that date's month.
   */
  private static String bareDay(int day, DateBase base, String previous) {
    if (day < 1 || day > 31) {
      return null;
    }
    LocalDate published = base.published();
    boolean inReview = previous != null && previous.length() >= 7 && base.reviewedYear().isPresent()
        && previous.startsWith(String.valueOf(base.reviewedYear().getAsInt()));
    if (!inReview && published == null) {
      return null;
    }
    YearMonth month = inReview ? YearMonth.parse(previous.substring(0, 7)) : YearMonth.from(published);
    if (!inReview && day > published.getDayOfMonth()) {
      month = month.minusMonths(1);
    }
    if (day > month.lengthOfMonth()) {
      return null;
    }
    return month.atDay(day).toString();
  }
}
