package org.kechuangradar.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The grammar of one time expression: tokens read left to right each fill a part of a {@link Reading} (a year, a
 * month, a part of the day…), and the reading resolves against the base into the first and last second it covers.
 */
final class TimeGrammar {
  /** A token: where it matches, and which part of the reading it fills. */
  private record Rule(Pattern pattern, Predicate<Reading> when, BiConsumer<Matcher, Reading> fill) {}

  /** Relative words as the prepared text spells them (上一年 → 上1年). */
  private static final Map<String, TimeVocabulary.Relative> RELATIVE = TimeVocabulary.RELATIVE.values().stream()
      .collect(Collectors.toUnmodifiableMap(v -> TimeText.prepare(v.word(), false), v -> v, (x, y) -> x));
  private static final List<Rule> RULES = rules();

  private TimeGrammar() {}

  /** What the tokens of an expression say; filled by the rules of one parse and then resolved. */
  static final class Reading {
    Integer plan;
    Integer century;
    Integer decade;
    String centuryEdge;
    Integer year;
    boolean shortYear;
    Integer yearRel;
    boolean bareYear;
    Integer quarter;
    Integer quarterRel;
    String quarterEdge;
    String firstUnit;
    int firstCount;
    boolean fromEnd;
    Integer month;
    Integer monthRel;
    boolean lunar;
    boolean leap;
    Integer day;
    Integer dayRel;
    boolean dayAfterPrevious;
    Integer weekRel;
    Integer weekday;
    boolean weekend;
    Integer nthWeek;
    Integer nthWeekday;
    Integer nthDay;
    Integer nthYear;
    TimeVocabulary.Festival festival;
    TimeVocabulary.SolarTerm term;
    Integer season;
    TimeVocabulary.Edge edge;
    TimeVocabulary.DayPeriod dayPeriod;
    Integer hour;
    Integer minute;
    Integer second;
    boolean now;
    boolean thisAndNext;
    String thisAndNextUnit;
    boolean blur;
    String relation;
    int tokens;

    boolean hasDate() {
      return plan != null || century != null || decade != null || year != null || yearRel != null || quarter != null
          || quarterRel != null || firstUnit != null || month != null || monthRel != null || day != null
          || dayRel != null || weekRel != null || weekday != null || weekend || nthWeek != null || nthDay != null
          || nthYear != null || festival != null || term != null || season != null || edge != null || now
          || thisAndNext || lunar;
    }

    boolean hasClock() {
      return hour != null;
    }
  }

  /**
   * Reads {@code t} (prepared): leading characters no token takes are skipped and reading stops at the first
   * such character after a token (你十一点过去了 reads 十一点); null when no token is read, or, with
   * {@code whole}, when any character is left.
   */
  static Reading read(String t, boolean whole) {
    Reading r = new Reading();
    int i = 0;
    while (i < t.length()) {
      Matcher hit = null;
      Rule rule = null;
      for (Rule candidate : RULES) {
        Matcher m = candidate.pattern().matcher(t).region(i, t.length()).useTransparentBounds(true)
            .useAnchoringBounds(false);
        if (candidate.when().test(r) && m.lookingAt() && m.end() > i) {
          hit = m;
          rule = candidate;
          break;
        }
      }
      if (hit == null) {
        if (whole) {
          return null;
        }
        if (r.tokens > 0) {
          break;
        }
        i++;
        continue;
      }
      rule.fill().accept(hit, r);
      r.tokens++;
      i = hit.end();
    }
    return r.tokens == 0 ? null : r;
  }

  private static int n(Matcher m, int g) {
    return Integer.parseInt(m.group(g));
  }

  private static List<Rule> rules() {
    List<Rule> rules = new ArrayList<>();
    rules.add(rule("十(\\d)五规划(?:规划|时期|期间)*", (m, r) -> r.plan = 10 + n(m, 1)));
    rules.add(rule("(\\d{1,2})世纪(?:(初|中|末)(?!叶))?", (m, r) -> {
      r.century = n(m, 1);
      r.centuryEdge = m.group(2);
    }));
    rules.add(rule("(\\d{2}|\\d{4})年代(初|中|末)?", (m, r) -> {
      r.decade = n(m, 1);
      r.centuryEdge = m.group(2);
    }));
    rules.add(rule("(\\d{4})(\\d{2})(\\d{2})(?!\\d)", (m, r) -> {
      r.year = n(m, 1);
      r.month = n(m, 2);
      r.day = n(m, 3);
    }));
    rules.add(rule("(\\d{4})[/.\\-](\\d{1,2})(?:[/.\\-](\\d{1,2}))?(?![\\d:])", (m, r) -> {
      r.year = n(m, 1);
      r.month = n(m, 2);
      r.day = m.group(3) == null ? null : n(m, 3);
    }));
    rules.add(rule("(\\d{1,2})[/\\-](\\d{1,2})(?=[\\sT]\\d)", (m, r) -> {
      r.month = n(m, 1);
      r.day = n(m, 2);
    }));
    rules.add(rule("[\\sT\\-]?(\\d{1,2}):(\\d{2})(?::(\\d{2}))?", (m, r) -> {
      r.hour = n(m, 1);
      r.minute = n(m, 2);
      r.second = m.group(3) == null ? null : n(m, 3);
    }));
    rules.add(rule("(\\d{4})年(?!代)", (m, r) -> r.year = n(m, 1)));
    rules.add(rule("(\\d{2})年(?![代前后内来以之半多])", (m, r) -> {
      r.year = n(m, 1);
      r.shortYear = true;
    }));
    rules.add(rule("((?:1[5-9]|20)\\d{2})(?=$|[至到~\\-—–,、])", (m, r) -> {
      r.year = n(m, 1);
      r.bareYear = true;
    }));
    rules.add(rule("今明(?:两|2)(年|天|日)", (m, r) -> {
      r.thisAndNext = true;
      r.thisAndNextUnit = m.group(1).equals("年") ? "year" : "day";
    }));
    rules.add(rule("(上上|下下|上个?|下个?|这个?|本)?(?:周|星期|礼拜)([1-7日天])", (m, r) -> {
      r.weekday = weekday(m.group(2));
      String w = m.group(1);
      if (w != null) {
        r.weekRel = w.startsWith("上上") ? -2 : w.startsWith("下下") ? 2 : w.startsWith("上") ? -1 : w.startsWith("下") ? 1 : 0;
      }
    }));
    rules.add(rule(TimeVocabulary.alternation(RELATIVE.keySet()), (m, r) -> {
      TimeVocabulary.Relative rel = RELATIVE.get(m.group());
      switch (rel.unit()) {
        case "year" -> r.yearRel = rel.offset();
        case "quarter" -> r.quarterRel = rel.offset();
        case "month" -> r.monthRel = rel.offset();
        case "week" -> r.weekRel = rel.offset();
        default -> {
          r.dayRel = rel.offset();
          r.dayAfterPrevious = rel.word().equals("次日") || rel.word().equals("翌日") || rel.word().equals("第二天");
        }
      }
    }));
    rules.add(rule("现在|此刻|此时|目前|当前|当下", (m, r) -> r.now = true));
    rules.add(rule("第?(\\d)季度(末|初)?", (m, r) -> {
      r.quarter = n(m, 1);
      r.quarterEdge = m.group(2);
    }));
    rules.add(rule("(末|初)(?=$)", (m, r) -> {
      if (r.quarter != null || r.quarterRel != null) {
        r.quarterEdge = m.group(1);
      } else {
        r.edge = TimeVocabulary.EDGES.get(m.group(1));
      }
    }));
    rules.add(rule("(前|后|头|最后)(\\d+)个?(季度|月|天|日)", (m, r) -> {
      r.firstUnit = m.group(3).equals("日") ? "天" : m.group(3);
      r.firstCount = n(m, 2);
      r.fromEnd = m.group(1).contains("后");
    }));
    rules.add(rule("首月", (m, r) -> {
      r.firstUnit = "月";
      r.firstCount = 1;
    }));
    rules.add(rule("第(\\d+)个(?:周|星期|礼拜)([1-7日天])", (m, r) -> {
      r.nthWeekday = n(m, 1);
      r.weekday = weekday(m.group(2));
    }));
    rules.add(rule("第(\\d+)个?(?:周|星期|礼拜)(?![1-7日天末])", (m, r) -> r.nthWeek = n(m, 1)));
    rules.add(rule("第(\\d+)(?:天|日)", (m, r) -> r.nthDay = n(m, 1)));
    rules.add(rule("第(\\d+)年", (m, r) -> r.nthYear = n(m, 1)));
    rules.add(rule("(?:周|星期|礼拜)([1-7日天])", (m, r) -> r.weekday = weekday(m.group(1))));
    rules.add(rule("(?:周|星期|礼拜)末", (m, r) -> r.weekend = true));
    rules.add(rule("农历|阴历|旧历", (m, r) -> r.lunar = true));
    rules.add(rule("(闰)?(\\d{1,2}|[正冬腊])月份?(?!份额)", (m, r) -> {
      String mo = m.group(2);
      r.month = switch (mo) {
        case "正" -> 1;
        case "冬" -> 11;
        case "腊" -> 12;
        default -> Integer.parseInt(mo);
      };
      r.lunar |= m.group(1) != null || "正冬腊".contains(mo);
      r.leap = m.group(1) != null;
    }));
    rules.add(rule("初(\\d{1,2})", (m, r) -> {
      r.day = n(m, 1);
      r.lunar = true;
    }));
    rules.add(rule("(\\d{1,2})[日号]", (m, r) -> r.day = n(m, 1)));
    rules.add(rule("(\\d{1,2})(?:点|时|點)(?:(\\d{1,2})(?:分(?!钟)|(?![\\d分刻]))|(半)|(\\d)刻|(整))?(?:(\\d{1,2})秒)?(?:多钟|多|钟)?",
        (m, r) -> {
          r.hour = n(m, 1);
          r.minute = m.group(2) != null ? Integer.valueOf(n(m, 2)) : m.group(3) != null ? Integer.valueOf(30)
              : m.group(4) != null ? Integer.valueOf(15 * n(m, 4)) : null;
          r.second = m.group(6) == null ? null : n(m, 6);
        }));
    rules.add(rule(TimeVocabulary.alternation(festivalNames()), (m, r) -> r.festival = festival(m.group())));
    rules.add(rule(TimeVocabulary.alternation(TimeVocabulary.TERM_BY_NAME.keySet()),
        (m, r) -> r.term = TimeVocabulary.TERM_BY_NAME.get(m.group())));
    // A bare number after a month is its day (1月3, 农历五月22).
    rules.add(new Rule(Pattern.compile("(\\d{1,2})(?![\\d点时:分秒.年月个天周])"), r -> (r.month != null || r.lunar) && r.day == null,
        (m, r) -> r.day = n(m, 1)));
    rules.add(rule(TimeVocabulary.alternation(TimeVocabulary.EDGES.keySet()),
        (m, r) -> r.edge = TimeVocabulary.EDGES.get(m.group())));
    rules.add(rule("([春夏秋冬])(?:天|季|季度)?", (m, r) -> r.season = "春夏秋冬".indexOf(m.group(1))));
    rules.add(rule(TimeVocabulary.alternation(TimeVocabulary.DAY_PERIODS.keySet()),
        (m, r) -> r.dayPeriod = TimeVocabulary.DAY_PERIODS.get(m.group())));
    rules.add(rule("左右|前后|许|份|前夕|时期|期间|的时候|时分|的|间", (m, r) -> r.blur |= !m.group().equals("的")));
    rules.add(rule("(以前|之前|前|以后|之后|后|以来|起|开始|止|为止|以内|之内|内)$", (m, r) -> r.relation = m.group(1)));
    return List.copyOf(rules);
  }

  private static Rule rule(String regex, BiConsumer<Matcher, Reading> fill) {
    return rule(Pattern.compile(regex), fill);
  }

  private static Rule rule(Pattern pattern, BiConsumer<Matcher, Reading> fill) {
    return new Rule(pattern, r -> true, fill);
  }

  private static int weekday(String s) {
    return s.equals("日") || s.equals("天") ? 7 : Integer.parseInt(s);
  }

  /** Festival names as the prepared text spells them (大年三十 → 大年30). */
  private static List<String> festivalNames() {
    return TimeVocabulary.FESTIVALS.keySet().stream().map(n -> TimeText.prepare(n, false)).toList();
  }

  private static TimeVocabulary.Festival festival(String prepared) {
    return TimeVocabulary.FESTIVALS.values().stream().filter(f -> TimeText.prepare(f.name(), false).equals(prepared))
        .findFirst().orElseThrow();
  }

  // ---- resolution ----

  /** The first and last second a reading covers against a base, or null when its parts do not make a time. */
  static LocalDateTime[] resolve(Reading r, TimeBase base, TimeOptions o, LocalDate previous) {
    LocalDateTime bs = base.start();
    Convention c = o.convention();
    if (r.now) {
      return new LocalDateTime[] {bs, base.end()};
    }
    if (r.plan != null) {
      // The plans run five years each from 1953, but the third began in 1966 after three years of adjustment.
      int first = 1966 + 5 * (r.plan - 3);
      return years(first, first + 4);
    }
    if (r.century != null || r.decade != null) {
      int from;
      int length;
      if (r.decade != null) {
        int d = r.decade;
        from = r.century != null ? (r.century - 1) * 100 + d : d >= 100 ? d : 2000 + d <= bs.getYear() ? 2000 + d : 1900 + d;
        length = 10;
      } else {
        from = (r.century - 1) * 100;
        length = 100;
      }
      if (r.centuryEdge != null) {
        int part = length / 5;
        from += switch (r.centuryEdge) {
          case "初" -> 0;
          case "中" -> 2 * part;
          default -> length - part;
        };
        length = part;
      }
      return years(from, from + length - 1);
    }
    if (r.thisAndNext) {
      return r.thisAndNextUnit.equals("year") ? years(bs.getYear(), bs.getYear() + 1)
          : days(bs.toLocalDate(), bs.toLocalDate().plusDays(1));
    }
    Integer year = r.year != null ? Integer.valueOf(fullYear(r, bs)) : r.yearRel != null ? bs.getYear() + r.yearRel : null;
    int y = year != null ? year : bs.getYear();
    LocalDate from = null;
    LocalDate to = null;
    if (r.festival != null || r.term != null) {
      LocalDate d = on(r, y);
      if (year == null && d != null) {
        if (c == Convention.NEWS && d.isAfter(bs.toLocalDate())) {
          d = on(r, y - 1);
        } else if (c == Convention.JIONLP && o.future() && d.isBefore(bs.toLocalDate())) {
          d = on(r, y + 1);
        }
      }
      from = d;
      to = d;
    } else if (r.season != null) {
      int s = r.season;
      from = Calendars.solarTerm(y, TimeVocabulary.TERMS.get(6 * s));
      to = Calendars.solarTerm(s == 3 ? y + 1 : y, TimeVocabulary.TERMS.get((6 * s + 6) % 24)).minusDays(1);
    } else if (r.nthYear != null) {
      return years(bs.getYear() + r.nthYear - 1, bs.getYear() + r.nthYear - 1);
    } else if (r.nthDay != null) {
      LocalDate d = year != null ? LocalDate.of(y, 1, 1).plusDays(r.nthDay - 1L) : bs.toLocalDate().plusDays(r.nthDay - 1L);
      from = d;
      to = d;
    } else if (r.quarter != null || r.quarterRel != null) {
      int q = r.quarter != null ? r.quarter : (bs.getMonthValue() - 1) / 3 + 1 + r.quarterRel;
      int qy = year != null ? y : bs.getYear() + Math.floorDiv(q - 1, 4);
      q = Math.floorMod(q - 1, 4) + 1;
      if (q < 1 || q > 4) {
        return null;
      }
      int m1 = 3 * q - 2;
      int m2 = 3 * q;
      if ("末".equals(r.quarterEdge)) {
        m1 = m2;
      } else if ("初".equals(r.quarterEdge)) {
        m2 = m1;
      }
      from = LocalDate.of(qy, m1, 1);
      to = YearMonth.of(qy, m2).atEndOfMonth();
    } else if (r.month != null || r.monthRel != null || r.lunar && r.day != null) {
      LocalDate[] month = month(r, year, y, bs, o);
      if (month == null) {
        return null;
      }
      from = month[0];
      to = month[1];
      if (r.day != null) {
        LocalDate d = r.lunar ? from.plusDays(r.day - 1L) : dayOf(from, r.day);
        if (d == null || d.isAfter(to)) {
          return null;
        }
        from = d;
        to = d;
      } else if (r.nthWeekday != null && r.weekday != null) {
        from = Calendars.nthWeekday(from.getYear(), from.getMonthValue(), r.nthWeekday, r.weekday);
        to = from;
      } else if (r.nthWeek != null) {
        from = Calendars.nthWeek(from, r.nthWeek);
        to = from.plusDays(6);
      } else if ("天".equals(r.firstUnit)) {
        LocalDate end = to;
        from = r.fromEnd ? end.minusDays(r.firstCount - 1L) : from;
        to = r.fromEnd ? end : from.plusDays(r.firstCount - 1L);
      } else if (r.edge != null && monthEdge(r.edge) != null) {
        TimeVocabulary.Edge edge = monthEdge(r.edge);
        LocalDate first = from;
        from = first.withDayOfMonth(edge.first());
        to = edge.last() == 0 ? to : first.withDayOfMonth(edge.last());
      }
    } else if (r.day != null) {
      LocalDate d = dayInBaseMonth(r.day, bs.toLocalDate(), o);
      if (d == null) {
        return null;
      }
      from = d;
      to = d;
    } else if (r.weekRel != null || r.weekday != null || r.weekend) {
      LocalDate monday = bs.toLocalDate().with(DayOfWeek.MONDAY).plusWeeks(r.weekRel == null ? 0 : r.weekRel);
      if (r.weekday != null) {
        from = monday.plusDays(r.weekday - 1L);
        if (r.weekRel == null && c == Convention.NEWS && from.isAfter(bs.toLocalDate())) {
          from = from.minusWeeks(1);
        } else if (r.weekRel == null && o.future() && from.isBefore(bs.toLocalDate())) {
          from = from.plusWeeks(1);
        }
        to = from;
      } else if (r.weekend) {
        from = monday.plusDays(5);
        to = monday.plusDays(6);
      } else {
        from = monday;
        to = monday.plusDays(6);
      }
    } else if (r.dayRel != null) {
      LocalDate d = (r.dayAfterPrevious && previous != null ? previous : bs.toLocalDate()).plusDays(r.dayRel);
      from = d;
      to = d;
    } else if (r.nthWeek != null) {
      from = Calendars.nthWeek(LocalDate.of(y, 1, 1), r.nthWeek);
      to = from.plusDays(6);
    } else if (r.firstUnit != null && !r.firstUnit.equals("天")) {
      int months = r.firstUnit.equals("季度") ? 3 * r.firstCount : r.firstCount;
      if (months < 1 || months > 12) {
        return null;
      }
      from = LocalDate.of(y, r.fromEnd ? 13 - months : 1, 1);
      to = r.fromEnd ? LocalDate.of(y, 12, 31) : YearMonth.of(y, months).atEndOfMonth();
    } else if (r.edge != null && r.edge.unit().equals("year")) {
      from = LocalDate.of(y, r.edge.first(), 1);
      to = YearMonth.of(y, r.edge.last()).atEndOfMonth();
    } else if (year != null) {
      from = LocalDate.of(y, 1, 1);
      to = LocalDate.of(y, 12, 31);
    } else if (r.hasClock() || r.dayPeriod != null) {
      from = bs.toLocalDate();
      to = from;
    }
    if (from == null || to == null) {
      return null;
    }
    if (r.edge != null && r.edge.unit().equals("month") && r.month == null && r.monthRel == null && r.day == null) {
      YearMonth ym = YearMonth.from(from);
      from = ym.atDay(r.edge.first());
      to = r.edge.last() == 0 ? ym.atEndOfMonth() : ym.atDay(r.edge.last());
    }
    return clock(r, from, to, bs, o);
  }

  /** The edge of a month a word names: 月底 itself, or 底 written after a month (10月底). */
  private static TimeVocabulary.Edge monthEdge(TimeVocabulary.Edge edge) {
    return edge.unit().equals("month") ? edge : TimeVocabulary.EDGES.get("月" + edge.word());
  }

  private static LocalDateTime[] clock(Reading r, LocalDate from, LocalDate to, LocalDateTime bs, TimeOptions o) {
    if (!r.hasClock() && r.dayPeriod == null) {
      return days(from, to);
    }
    LocalDate day = to;
    if (!r.hasDate() && o.future()) {
      LocalDateTime[] today = clock(r, day, day, bs, TimeOptions.JIONLP);
      if (today != null && today[0].isBefore(bs)) {
        day = day.plusDays(1);
      }
    }
    if (!r.hasClock()) {
      return new LocalDateTime[] {day.atTime(r.dayPeriod.firstHour(), 0), day.atTime(r.dayPeriod.lastHour(), 59, 59)};
    }
    int h = r.hour;
    if (r.dayPeriod != null && r.dayPeriod.firstHour() >= 12 && h < 12) {
      h += 12;
    }
    if (h > 24 || r.minute != null && r.minute > 59 || r.second != null && r.second > 59) {
      return null;
    }
    LocalDateTime at = day.atStartOfDay().plusHours(h).plusMinutes(r.minute == null ? 0 : r.minute)
        .plusSeconds(r.second == null ? 0 : r.second);
    LocalDateTime end = r.second != null ? at : r.minute != null ? at.plusSeconds(59) : at.plusMinutes(59).plusSeconds(59);
    return new LocalDateTime[] {at, end};
  }

  private static LocalDate on(Reading r, int year) {
    return r.festival != null ? Calendars.festival(year, r.festival) : Calendars.solarTerm(year, r.term);
  }

  private static int fullYear(Reading r, LocalDateTime bs) {
    if (!r.shortYear) {
      return r.year;
    }
    int century = bs.getYear() / 100 * 100;
    return r.year <= bs.getYear() % 100 + 10 ? century + r.year : century - 100 + r.year;
  }

  /** The first and last day of the month the reading names, placing a month without a year by the convention. */
  private static LocalDate[] month(Reading r, Integer year, int y, LocalDateTime bs, TimeOptions o) {
    if (r.monthRel != null) {
      YearMonth ym = YearMonth.from(bs).plusMonths(r.monthRel);
      return new LocalDate[] {ym.atDay(1), ym.atEndOfMonth()};
    }
    int m = r.month != null ? r.month : bs.getMonthValue();
    if (m < 1 || m > 12) {
      return null;
    }
    if (r.lunar) {
      LocalDate[] lm = Calendars.lunarMonth(y, m, r.leap);
      if (year == null && lm != null) {
        LocalDate probe = r.day == null ? lm[0] : lm[0].plusDays(r.day - 1L);
        if (o.convention() == Convention.NEWS && probe.isAfter(bs.toLocalDate())) {
          lm = Calendars.lunarMonth(y - 1, m, r.leap);
        } else if (o.future() && probe.isBefore(bs.toLocalDate())) {
          lm = Calendars.lunarMonth(y + 1, m, r.leap);
        }
      }
      return lm;
    }
    YearMonth ym = YearMonth.of(y, m);
    if (year == null) {
      LocalDate probe = r.day != null && r.day >= 1 && r.day <= ym.lengthOfMonth() ? ym.atDay(r.day) : ym.atDay(1);
      if (o.convention() == Convention.NEWS && probe.isAfter(bs.toLocalDate())) {
        ym = ym.minusYears(1);
      } else if (o.future() && (r.day != null ? probe : ym.atEndOfMonth()).isBefore(bs.toLocalDate())) {
        ym = ym.plusYears(1);
      }
    }
    return new LocalDate[] {ym.atDay(1), ym.atEndOfMonth()};
  }

  private static LocalDate dayOf(LocalDate monthStart, int day) {
    return day < 1 || day > monthStart.lengthOfMonth() ? null : monthStart.withDayOfMonth(day);
  }

  /** A day of the month with no month named: the base's month, or the one before or after by the convention. */
  private static LocalDate dayInBaseMonth(int day, LocalDate base, TimeOptions o) {
    YearMonth ym = YearMonth.from(base);
    if (o.convention() == Convention.NEWS && day > base.getDayOfMonth()) {
      ym = ym.minusMonths(1);
    } else if (o.future() && day < base.getDayOfMonth()) {
      ym = ym.plusMonths(1);
    }
    return day < 1 || day > ym.lengthOfMonth() ? null : ym.atDay(day);
  }

  static LocalDateTime[] years(int first, int last) {
    return new LocalDateTime[] {LocalDate.of(first, 1, 1).atStartOfDay(), LocalDate.of(last, 12, 31).atTime(23, 59, 59)};
  }

  static LocalDateTime[] days(LocalDate first, LocalDate last) {
    return new LocalDateTime[] {first.atStartOfDay(), last.atTime(23, 59, 59)};
  }
}
