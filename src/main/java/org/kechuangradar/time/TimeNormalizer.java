package org.kechuangradar.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises one time expression against a base: a point or span ({@code 明天下午3点}, {@code 2021年前两个季度},
 * {@code 从去年9月起}) as the first and last second it covers, a length ({@code 两年半}) as a delta, and a period
 * ({@code 每周六上午9点}) as a delta with its first occurrences. Stages: {@link TimeText} rewrites the text,
 * {@link TimeGrammar} reads and resolves points, {@link Durations} lengths; this class splits ranges and periods.
 */
public final class TimeNormalizer {
  /** The kinds of answer, named as JioNLP names them. */
  public enum Type {
    POINT("time_point"), SPAN("time_span"), DELTA("time_delta"), PERIOD("time_period");

    private final String label;

    Type(String label) {
      this.label = label;
    }

    @Override
    public String toString() {
      return label;
    }
  }

  /**
   * A normalised expression. Points and spans have {@code from} and {@code to} ({@link LocalDateTime#MIN} and
   * {@link LocalDateTime#MAX} for an open end); deltas have one length or two (a range of lengths, the second
   * empty for "or more"); periods have their delta and the occurrences asked for (the first alone by default).
   */
  public record Normalized(Type type, boolean blur, LocalDateTime from, LocalDateTime to,
      List<Map<String, Double>> delta, List<Normalized> occurrences) {
    public Normalized {
      delta = List.copyOf(delta);
      occurrences = List.copyOf(occurrences);
      if (from != null && to != null && to.isBefore(from)) {
        throw new IllegalArgumentException("ends before it starts: " + from + " … " + to);
      }
    }

    Normalized(Type type, boolean blur, LocalDateTime from, LocalDateTime to) {
      this(type, blur, from, to, List.of(), List.of());
    }

    /** The first second as {@code yyyy-MM-dd HH:mm:ss} ({@code -inf} when open), or null for a delta. */
    public String start() {
      return format(from);
    }

    /** The last second as {@code yyyy-MM-dd HH:mm:ss} ({@code inf} when open), or null for a delta. */
    public String end() {
      return format(to);
    }

    /** JioNLP's word for how exact the expression is. */
    public String definition() {
      return blur ? "blur" : "accurate";
    }
  }

  private static final DateTimeFormatter OUT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final Pattern RANGE_WORD = Pattern.compile("(?:起)?(?:至|到|~|—+|–|－)");
  private static final Pattern RANGE_DASH = Pattern.compile("-");
  private static final Pattern LIST = Pattern.compile("[,、]");
  private static final Pattern OPENING = Pattern.compile("^(?:从|自|由|截至|截止到?|于|在)");
  private static final Pattern CLOSING = Pattern.compile("(?:为止|止|之间|期间)$");
  private static final Pattern UNIT_AFTER = Pattern.compile("^\\d+(?:\\.\\d+)?([年月日号点时])");
  private static final Pattern BARE_END = Pattern.compile("(?:^|([年月日号点时]))\\d{1,2}$");
  private static final String UNITS = "年月日号点时";
  private static final Pattern PERIOD = Pattern.compile("^每(?:隔)?(?:个)?(.+)$");
  private static final Pattern PERIOD_UNIT = Pattern.compile("^(年|月|天|日|周|星期|礼拜|小时|分钟|秒)");
  private static final Pattern LENGTH_RANGE = Pattern.compile("^(.+?)(?:以上)?(?:,|至|到|~|—+|–|-)(.+?)(?:以下|之间)?$");
  private static final Pattern BARE_AMOUNT = Pattern.compile("^\\d+(?:\\.\\d+)?万?$");
  private static final Pattern NOT_A_LENGTH = Pattern.compile("^(?:\\d{1,2}[日号]|\\d{2}年|\\d{4}年|\\d{1,2}月)$");

  private TimeNormalizer() {}

  private static String format(LocalDateTime t) {
    return t == null ? null : t.equals(LocalDateTime.MIN) ? "-inf" : t.equals(LocalDateTime.MAX) ? "inf" : OUT.format(t);
  }

  /** As {@link #normalize(String, TimeBase, TimeOptions)} with a base known to the second and the news convention. */
  public static Normalized normalize(String text, LocalDateTime base) {
    return normalize(text, TimeBase.at(base), TimeOptions.NEWS);
  }

  /** The normalised expression, or null when the text holds no time this reads. */
  public static Normalized normalize(String text, TimeBase base, TimeOptions options) {
    try {
      return read(text, base, options);
    } catch (DateTimeException | ArithmeticException | NumberFormatException e) {
      // Numbers that parse but name no date (2月30日, 99点, a year past 999999999) are no time.
      return null;
    }
  }

  private static Normalized read(String text, TimeBase base, TimeOptions options) {
    String t = TimeText.prepare(text, options.lunarDate());
    if (t.isEmpty()) {
      return null;
    }
    Matcher p = PERIOD.matcher(t);
    if (p.matches()) {
      return period(p.group(1), base, options);
    }
    Normalized length = length(t);
    if (length != null) {
      return length;
    }
    Normalized relative = Durations.relative(t, base);
    if (relative != null) {
      return relative;
    }
    return point(t, base, options);
  }

  /** A length or a range of lengths ({@code 两年半}, {@code 30~90日}, {@code 三十年以上}), or null. */
  private static Normalized length(String t) {
    if (NOT_A_LENGTH.matcher(t).matches()) {
      return null;
    }
    Durations.Term[] whole = Durations.length(t);
    if (whole != null && whole.length > 0) {
      return delta(Durations.blur(whole), Durations.delta(whole));
    }
    if (t.endsWith("以上") && !t.contains(",")) {
      Durations.Term[] low = Durations.length(t.substring(0, t.length() - 2));
      return low == null || low.length == 0 ? null : delta(true, Durations.delta(low), Map.of());
    }
    Matcher m = LENGTH_RANGE.matcher(t);
    if (!m.matches()) {
      return null;
    }
    Durations.Term[] high = Durations.length(m.group(2));
    if (high == null || high.length == 0) {
      return null;
    }
    Durations.Term[] low = BARE_AMOUNT.matcher(m.group(1)).matches()
        ? Durations.length(m.group(1) + unitWord(m.group(2))) : Durations.length(m.group(1));
    return low == null || low.length == 0 ? null : delta(true, Durations.delta(low), Durations.delta(high));
  }

  /** The unit word a length ends with (个小时 → 小时), for the bare number before it in 100到200个小时. */
  private static String unitWord(String length) {
    Matcher m = Pattern.compile(Durations.TERM + "$").matcher(length);
    return m.find() ? m.group(6) : "";
  }

  @SafeVarargs
  private static Normalized delta(boolean blur, Map<String, Double>... deltas) {
    return new Normalized(Type.DELTA, blur, null, null, List.of(deltas), List.of());
  }

  /** A point or span: read whole, or as a range of two, or as a list whose first and last items bound it. */
  private static Normalized point(String raw, TimeBase base, TimeOptions o) {
    String t = CLOSING.matcher(OPENING.matcher(raw).replaceFirst("")).replaceFirst("");
    TimeGrammar.Reading whole = TimeGrammar.read(t, true);
    if (whole != null) {
      return single(whole, base, o);
    }
    for (Pattern separator : new Pattern[] {RANGE_WORD, LIST, RANGE_DASH}) {
      Matcher m = separator.matcher(t);
      while (m.find()) {
        String left = t.substring(0, m.start());
        String right = t.substring(m.end());
        if (separator == LIST) {
          String[] items = LIST.split(t);
          right = items.length < 2 ? right : items[items.length - 1];
        }
        Normalized range = range(left, right, base, o);
        if (range != null) {
          return range;
        }
      }
    }
    TimeGrammar.Reading some = TimeGrammar.read(t, false);
    return some == null ? null : single(some, base, o);
  }

  private static Normalized range(String left, String right, TimeBase base, TimeOptions o) {
    Matcher unit = UNIT_AFTER.matcher(right);
    Matcher bare = BARE_END.matcher(left);
    // 12-19日 and 1-5月: the start borrows the unit written once after the end, finer than the unit before it.
    String l = unit.find() && bare.find()
        && (bare.group(1) == null || UNITS.indexOf(bare.group(1)) < UNITS.indexOf(unit.group(1))) ? left + unit.group(1) : left;
    TimeGrammar.Reading a = TimeGrammar.read(OPENING.matcher(l).replaceFirst(""), true);
    TimeGrammar.Reading b = TimeGrammar.read(right, true);
    if (a == null || b == null || a.relation != null && !a.relation.equals("起")) {
      return null;
    }
    inherit(b, a);
    LocalDateTime[] sa = TimeGrammar.resolve(a, base, o, null);
    LocalDateTime[] sb = sa == null ? null : TimeGrammar.resolve(b, base, o, sa[0].toLocalDate());
    if (sb == null) {
      return null;
    }
    // A range of clock hours ends as the last hour strikes: 3点至8点 ends at 8:00.
    LocalDateTime end = b.hour != null && b.minute == null && b.second == null ? sb[0] : sb[1];
    if ("前".equals(b.relation) || "以前".equals(b.relation) || "之前".equals(b.relation)) {
      end = sb[1];
    }
    return end.isBefore(sa[0]) ? null : new Normalized(Type.SPAN, a.blur || b.blur, sa[0], end);
  }

  /** The end of a range takes from its start what it leaves out: the day for a clock time, the year for a month. */
  private static void inherit(TimeGrammar.Reading b, TimeGrammar.Reading a) {
    if (!b.hasDate()) {
      b.year = a.year;
      b.shortYear = a.shortYear;
      b.yearRel = a.yearRel;
      b.month = a.month;
      b.monthRel = a.monthRel;
      b.lunar = a.lunar;
      b.leap = a.leap;
      b.day = a.day;
      b.dayRel = a.dayRel;
      b.weekRel = a.weekRel;
      b.weekday = a.weekday;
      b.festival = a.festival;
      b.term = a.term;
      b.nthDay = a.nthDay;
      if (b.dayPeriod == null && a.dayPeriod != null && a.dayPeriod.firstHour() >= 12 && b.hour != null && b.hour < 12) {
        b.dayPeriod = a.dayPeriod;
      }
      return;
    }
    boolean anchored = b.year != null || b.yearRel != null || b.monthRel != null || b.weekRel != null || b.now
        || b.dayRel != null || b.plan != null || b.century != null || b.decade != null;
    if (anchored) {
      return;
    }
    b.year = a.year;
    b.shortYear = a.shortYear;
    b.yearRel = a.yearRel;
    if (b.day != null && b.month == null) {
      b.month = a.month;
      b.monthRel = a.monthRel;
      b.lunar |= a.lunar;
    }
  }

  private static Normalized single(TimeGrammar.Reading r, TimeBase base, TimeOptions o) {
    LocalDateTime[] s = TimeGrammar.resolve(r, base, o, null);
    if (s == null) {
      return null;
    }
    LocalDateTime bs = base.start();
    boolean blur = r.blur || r.edge != null || r.century != null || r.decade != null
        || r.dayPeriod != null && !r.hasClock() || r.weekRel != null && r.weekday == null && !r.weekend;
    if (r.relation != null) {
      LocalDateTime[] out = switch (r.relation) {
        case "前", "之前", "以前" -> s[1].isAfter(bs) ? new LocalDateTime[] {bs, s[1]}
            : new LocalDateTime[] {LocalDateTime.MIN, s[0].minusSeconds(1)};
        case "后", "之后", "以后" -> new LocalDateTime[] {s[0], LocalDateTime.MAX};
        case "起", "开始", "以来" -> s[0].isAfter(bs) ? new LocalDateTime[] {s[0], LocalDateTime.MAX}
            : new LocalDateTime[] {s[0], base.end()};
        case "止", "为止" -> s[1].isAfter(bs) ? new LocalDateTime[] {bs, s[1]} : s;
        default -> s;
      };
      return new Normalized(Type.SPAN, blur, out[0], out[1]);
    }
    boolean yearOnly = r.month == null && r.monthRel == null && r.day == null && r.dayRel == null && r.weekRel == null
        && r.weekday == null && r.festival == null && r.term == null && r.season == null && r.edge == null
        && r.quarter == null && r.quarterRel == null && r.firstUnit == null && r.nthWeek == null && r.nthDay == null
        && !r.hasClock() && r.dayPeriod == null && !r.lunar;
    boolean span = r.plan != null || r.century != null || r.decade != null || r.quarter != null || r.quarterRel != null
        || r.firstUnit != null && !r.firstUnit.equals("天") || r.nthWeek != null || r.edge != null || r.season != null
        || r.thisAndNext || r.nthYear != null || yearOnly && (r.bareYear || r.yearRel != null);
    return new Normalized(span ? Type.SPAN : Type.POINT, blur, s[0], s[1]);
  }

  /** {@code 每周六上午9点}: the period as a delta, and the point it recurs at with its next occurrences. */
  private static Normalized period(String rest, TimeBase base, TimeOptions o) {
    Map<String, Double> delta;
    String point;
    Matcher length = Pattern.compile("^(?:" + Durations.TERM + ")+").matcher(rest);
    Matcher unit = PERIOD_UNIT.matcher(rest);
    if (length.lookingAt() && Durations.length(length.group()) != null) {
      delta = Durations.delta(Durations.length(length.group()));
      point = rest.substring(length.end());
    } else if (unit.lookingAt()) {
      String u = unit.group(1);
      delta = switch (u) {
        case "年" -> Map.of("year", 1.0);
        case "月" -> Map.of("month", 1.0);
        case "周", "星期", "礼拜" -> Map.of("day", 7.0);
        case "小时" -> Map.of("hour", 1.0);
        case "分钟" -> Map.of("minute", 1.0);
        case "秒" -> Map.of("second", 1.0);
        default -> Map.of("day", 1.0);
      };
      boolean weekdayFollows = delta.equals(Map.of("day", 7.0)) && rest.length() > u.length()
          && "1234567日天末".indexOf(rest.charAt(u.length())) >= 0;
      point = weekdayFollows ? rest : rest.substring(u.length());
    } else {
      return null;
    }
    boolean workdays = point.startsWith("工作日");
    point = workdays ? point.substring(3) : point;
    if (point.isEmpty()) {
      return new Normalized(Type.PERIOD, false, null, null, List.of(delta), List.of());
    }
    TimeOptions jio = new TimeOptions(o.convention(), false, o.lunarDate(), 0);
    Normalized first = point(point, base, jio);
    if (first == null) {
      return new Normalized(Type.PERIOD, false, null, null, List.of(delta), List.of());
    }
    List<Normalized> occurrences = new ArrayList<>();
    occurrences.add(first);
    for (int k = 1; occurrences.size() < Math.max(1, o.occurrences()) && k < 10_000; k++) {
      LocalDateTime a = workdays ? first.from().plusDays(k) : step(first.from(), delta, k);
      LocalDateTime b = workdays ? first.to().plusDays(k) : step(first.to(), delta, k);
      DayOfWeek dow = a.getDayOfWeek();
      if (!workdays || dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY) {
        occurrences.add(new Normalized(first.type(), first.blur(), a, b));
      }
    }
    return new Normalized(Type.PERIOD, false, null, null, List.of(delta), occurrences);
  }

  private static LocalDateTime step(LocalDateTime t, Map<String, Double> delta, int k) {
    LocalDateTime out = t;
    for (Map.Entry<String, Double> e : delta.entrySet()) {
      double v = e.getValue() * k;
      out = switch (e.getKey()) {
        case "year" -> v == Math.rint(v) ? out.plusYears((long) v) : out.plusDays(Math.round(v * 365));
        case "month" -> v == Math.rint(v) ? out.plusMonths((long) v) : out.plusDays(Math.round(v * 30));
        case "hour" -> out.plusSeconds(Math.round(v * 3600));
        case "minute" -> out.plusSeconds(Math.round(v * 60));
        case "second" -> out.plusSeconds(Math.round(v));
        default -> out.plusSeconds(Math.round(v * 86400));
      };
    }
    return out;
  }
}
