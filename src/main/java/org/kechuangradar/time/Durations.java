package org.kechuangradar.time;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lengths of time ({@code 两年半}, {@code 3个多月}, {@code 15个工作日}) and times reached by them from the base
 * ({@code 3年后}, {@code 近30天}, {@code 半小时以内}).
 */
final class Durations {
  /** One length: an amount of a unit, with 半 (a half more) and 多 (some more) as written. */
  record Term(double amount, Unit unit, boolean half, boolean more) {}

  /** The units of a length, coarsest first; each knows the unit a half of it is counted in. */
  enum Unit {
    YEAR("year"), QUARTER("month"), MONTH("month"), WEEK("day"), WORKDAY("workday"), DAY("day"), HOUR("hour"),
    QUARTER_HOUR("minute"), MINUTE("minute"), SECOND("second");

    /** The key JioNLP's deltas use for this unit. */
    final String key;

    Unit(String key) {
      this.key = key;
    }

    /** The unit a half of this one is counted in: half a year is months, half a day hours. */
    Unit finer() {
      return switch (this) {
        case YEAR -> MONTH;
        case QUARTER, MONTH, WEEK, WORKDAY -> DAY;
        case DAY -> HOUR;
        case HOUR, QUARTER_HOUR -> MINUTE;
        default -> SECOND;
      };
    }

    static Unit of(String word) {
      return switch (word) {
        case "年", "载" -> YEAR;
        case "季度" -> QUARTER;
        case "月" -> MONTH;
        case "周", "星期", "礼拜" -> WEEK;
        case "工作日" -> WORKDAY;
        case "天", "日", "晚", "夜" -> DAY;
        case "小时", "钟头" -> HOUR;
        case "刻钟", "刻" -> QUARTER_HOUR;
        case "分钟", "分" -> MINUTE;
        default -> SECOND;
      };
    }
  }

  static final String TERM = "(\\d+(?:\\.\\d+)?万?|半)(多)?(个)?(半)?(多)?(年|载|季度|月|周|星期|礼拜|工作日|天|日|晚|夜|小时|钟头|刻钟|刻|分钟|秒钟|秒|分)(半)?(多)?(钟)?";
  private static final Pattern ONE = Pattern.compile(TERM);
  private static final Pattern LENGTH = Pattern.compile("(?:" + TERM + ")+");
  private static final Pattern RELATIVE = Pattern.compile(
      "(近|最近|过去的?|未来的?|今后|再过|过)?((?:" + TERM + ")+)(以前|之前|前|以后|之后|后|以来|来|以内|之内|内|里)?");

  private Durations() {}

  /** The terms of a length written whole in {@code t} ({@code 四年六个月}), or null. */
  static Term[] length(String t) {
    return length(t, false);
  }

  /**
   * As {@link #length(String)}; {@code bareMonths} lets 3月 and 1季度 be lengths (as in 近三月), which alone name
   * a month or quarter of the year.
   */
  static Term[] length(String t, boolean bareMonths) {
    String s = t.replaceAll("(春秋|光阴|时间|之久)$", "");
    if (!LENGTH.matcher(s).matches()) {
      return null;
    }
    Matcher m = ONE.matcher(s);
    java.util.List<Term> terms = new java.util.ArrayList<>();
    while (m.find()) {
      String amount = m.group(1);
      double v = amount.equals("半") ? 0.5
          : Double.parseDouble(amount.replace("万", "")) * (amount.endsWith("万") ? 10_000 : 1);
      boolean half = m.group(4) != null || m.group(7) != null;
      boolean more = m.group(2) != null || m.group(5) != null || m.group(8) != null;
      String unit = m.group(6);
      boolean plain = m.group(3) == null && !half && !more;
      // 3月 and 1季度 with no 个 name a month and a quarter of the year; 2015年 is a year, not 2015 years.
      if (plain && !bareMonths && (unit.equals("月") || unit.equals("季度"))
          || plain && unit.equals("年") && v >= 1000 || plain && unit.equals("日") && m.start() > 0) {
        return null;
      }
      if (!m.group(6).equals("晚") && !m.group(6).equals("夜")) {
        terms.add(new Term(v, Unit.of(m.group(6)), half, more));
      }
    }
    return terms.toArray(Term[]::new);
  }

  /** A length as JioNLP's delta: weeks become days, a quarter of an hour minutes, halves a decimal of the unit. */
  static Map<String, Double> delta(Term[] terms) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (Term t : terms) {
      double v = t.amount() + (t.half() ? 0.5 : 0);
      double scaled = switch (t.unit()) {
        case WEEK -> v * 7;
        case QUARTER -> v * 3;
        case QUARTER_HOUR -> v * 15;
        default -> v;
      };
      out.merge(t.unit().key, scaled, Double::sum);
    }
    return out;
  }

  /** Whether the length is blurred by 半 or 多. */
  static boolean blur(Term[] terms) {
    for (Term t : terms) {
      if (t.half() || t.more()) {
        return true;
      }
    }
    return false;
  }

  /** A time reached from the base by a length: {@code 3年后}, {@code 近30天}, {@code 半小时以内}; null when none is. */
  static TimeNormalizer.Normalized relative(String t, TimeBase base) {
    Matcher m = RELATIVE.matcher(t);
    if (!m.matches() || m.group(1) == null && m.group(m.groupCount()) == null) {
      return null;
    }
    Term[] terms = length(m.group(2), m.group(1) != null);
    if (terms == null || terms.length == 0) {
      return null;
    }
    String lead = m.group(1);
    String rel = m.group(m.groupCount());
    Term main = terms[terms.length - 1];
    boolean fractional = main.half() || main.amount() != Math.floor(main.amount());
    Unit grain = fractional ? main.unit().finer() : main.unit() == Unit.QUARTER ? Unit.MONTH : main.unit();
    if (grain == Unit.WEEK || grain == Unit.WORKDAY) {
      grain = Unit.DAY;
    }
    LocalDateTime bs = base.start();
    LocalDateTime be = base.end();
    boolean coarse = main.unit().ordinal() <= Unit.MONTH.ordinal();
    boolean blur = coarse || blur(terms);
    if (lead != null && lead.startsWith("过") && !lead.startsWith("过去")) {
      return span(floor(shift(bs, terms, 1), grain), LocalDateTime.MAX, true);
    }
    if (lead != null && (lead.contains("近") || lead.startsWith("过去"))) {
      LocalDateTime from = shift(bs, terms, -1);
      return span(coarse ? from.truncatedTo(ChronoUnit.DAYS) : from, be, blur);
    }
    if (lead != null) {
      LocalDateTime to = shift(be, terms, 1);
      return span(bs, coarse ? to.truncatedTo(ChronoUnit.DAYS).minusSeconds(1) : to, blur);
    }
    boolean fine = grain.ordinal() >= Unit.HOUR.ordinal();
    return switch (rel) {
      case "后" -> after(shift(bs, terms, 1), grain, main, true);
      case "前" -> after(shift(bs, terms, -1), grain, main, false);
      case "以后", "之后" -> span(floor(shift(bs, terms, 1), grain), LocalDateTime.MAX, true);
      case "以前", "之前" -> {
        LocalDateTime at = shift(bs, terms, -1);
        yield span(LocalDateTime.MIN, fine ? at : ceil(at, grain), true);
      }
      case "以来", "来" -> span(floor(shift(bs, terms, -1), grain), be, blur);
      case "以内", "之内", "内", "里" -> span(bs, ceil(shift(bs, terms, 1), grain), blur);
      default -> null;
    };
  }

  /** {@code 3年后} is that year, {@code 20天后} that day, {@code 17分钟后} the minute from then. */
  private static TimeNormalizer.Normalized after(LocalDateTime at, Unit grain, Term main, boolean forward) {
    if (grain.ordinal() <= Unit.MONTH.ordinal()) {
      return span(floor(at, grain), ceil(at, grain), true);
    }
    if (grain == Unit.DAY) {
      return new TimeNormalizer.Normalized(TimeNormalizer.Type.POINT, false, floor(at, grain), ceil(at, grain));
    }
    // The answer lasts one unit of the length, or the length itself when under one unit (半小时后: half an hour).
    long step = Math.round(Math.min(1, main.amount()) * switch (main.unit()) {
      case HOUR -> 3600;
      case QUARTER_HOUR -> 900;
      case MINUTE -> 60;
      default -> 1;
    });
    LocalDateTime a = forward ? at : at.minusSeconds(step);
    LocalDateTime b = forward ? at.plusSeconds(step) : at;
    return new TimeNormalizer.Normalized(TimeNormalizer.Type.POINT, false, a, b);
  }

  private static TimeNormalizer.Normalized span(LocalDateTime a, LocalDateTime b, boolean blur) {
    return new TimeNormalizer.Normalized(TimeNormalizer.Type.SPAN, blur, a, b);
  }

  /** The base moved by the terms; a half year counts as 182.5 days, a half month 15, a half day 12 hours. */
  static LocalDateTime shift(LocalDateTime t, Term[] terms, int sign) {
    LocalDateTime out = t;
    for (Term term : terms) {
      long whole = (long) term.amount();
      double fraction = term.amount() - whole + (term.half() ? 0.5 : 0);
      out = switch (term.unit()) {
        case YEAR -> out.plusYears(sign * whole).plusSeconds(Math.round(sign * fraction * 365 * 86400));
        case QUARTER -> out.plusMonths(sign * 3 * whole).plusSeconds(Math.round(sign * fraction * 91 * 86400));
        case MONTH -> out.plusMonths(sign * whole).plusSeconds(Math.round(sign * fraction * 30 * 86400));
        case WEEK -> out.plusSeconds(Math.round(sign * (whole + fraction) * 7 * 86400));
        case WORKDAY -> workdays(out, sign * whole);
        case DAY -> out.plusSeconds(Math.round(sign * (whole + fraction) * 86400));
        case HOUR -> out.plusSeconds(Math.round(sign * (whole + fraction) * 3600));
        case QUARTER_HOUR -> out.plusSeconds(Math.round(sign * (whole + fraction) * 900));
        case MINUTE -> out.plusSeconds(Math.round(sign * (whole + fraction) * 60));
        case SECOND -> out.plusSeconds(Math.round(sign * (whole + fraction)));
      };
    }
    return out;
  }

  private static LocalDateTime workdays(LocalDateTime t, long n) {
    LocalDateTime out = t;
    long left = Math.abs(n);
    while (left > 0) {
      out = out.plusDays(Long.signum(n));
      if (out.getDayOfWeek() != DayOfWeek.SATURDAY && out.getDayOfWeek() != DayOfWeek.SUNDAY) {
        left--;
      }
    }
    return out;
  }

  static LocalDateTime floor(LocalDateTime t, Unit grain) {
    return switch (grain) {
      case YEAR -> t.toLocalDate().withDayOfYear(1).atStartOfDay();
      case QUARTER, MONTH -> t.toLocalDate().withDayOfMonth(1).atStartOfDay();
      case WEEK, WORKDAY, DAY -> t.truncatedTo(ChronoUnit.DAYS);
      case HOUR -> t.truncatedTo(ChronoUnit.HOURS);
      case QUARTER_HOUR, MINUTE -> t.truncatedTo(ChronoUnit.MINUTES);
      case SECOND -> t;
    };
  }

  static LocalDateTime ceil(LocalDateTime t, Unit grain) {
    LocalDateTime f = floor(t, grain);
    LocalDateTime next = switch (grain) {
      case YEAR -> f.plusYears(1);
      case QUARTER, MONTH -> f.plusMonths(1);
      case WEEK, WORKDAY, DAY -> f.plusDays(1);
      case HOUR -> f.plusHours(1);
      case QUARTER_HOUR, MINUTE -> f.plusMinutes(1);
      case SECOND -> f.plusSeconds(1);
    };
    return next.minusSeconds(1);
  }
}
