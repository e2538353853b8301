package org.kechuangradar.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kechuangradar.lexicon.GatheringNouns;
import org.kechuangradar.lexicon.HappeningNouns;
import org.kechuangradar.lexicon.PlanCues;
import org.kechuangradar.lexicon.PolicyKinds;
import org.kechuangradar.lexicon.RegionGazetteer;
import org.kechuangradar.lexicon.StageVerbs;
import org.kechuangradar.lexicon.VagueDates;
import org.kechuangradar.lexicon.VerbBlockers;
import org.kechuangradar.model.Document;
import org.kechuangradar.model.Evidence;
import org.kechuangradar.model.Event;
import org.kechuangradar.model.EventStatus;
import org.kechuangradar.model.EventType;
import org.kechuangradar.model.Mention;
import org.kechuangradar.model.Region;
import org.kechuangradar.model.RegionLevel;
import org.kechuangradar.pipeline.Stage;
import org.kechuangradar.segment.Sentences;
import org.kechuangradar.time.DateBase;
import org.kechuangradar.time.DateResolver;
import org.kechuangradar.time.PartialDate;

/**
 * Finds dated happenings: a sentence with a verb of the field or of news (发布, 印发, 审议通过, 开工, 揭牌, 召开,
 * 举行, 调研, 会见 …, from {@code lexicon/stage-verbs.tsv}) and a date that resolves ({@code 同一日} takes the date
 * before it). One event per happening: a clause gives one (its most telling verb: 举行签约仪式 is a signing), and a
 * sentence gives one per kind of happening (会见 A，并出席 B is two). A verb inside 《》 is part of a title, not a
 * happening. The date is the last one before the verb in the sentence; 日前, 近日 and 近期 give a range ending on the
 * publication day ({@code 2024-03-05/2024-03-12}). An expected milestone (预计2026年建成, 将于9月8日举办; words in
 * {@code lexicon/plan-cues.tsv}) or a date after publication makes the event planned, which may be dated by a year
 * alone; an event done needs a month or a day. The region is where it happened: the division after 在, 赴 or 于 in
 * the verb's clause, else the most specific one named before the verb; the actors are its bodies, and for meetings
 * and visits its people.
 */
public final class EventExtractor implements Stage {
  private static final List<StageVerbs.Verb> VERBS = StageVerbs.get().eventVerbs();
  private static final Pattern VERB = Pattern.compile(String.join("|", VERBS.stream().map(StageVerbs.Verb::word).toList()));
  private static final Cues CUES = new Cues(VERBS.stream().map(StageVerbs.Verb::word).toList());
  private static final Map<String, EventType> TYPE_OF = new HashMap<>();
  private static final Pattern POLICY_KIND = Pattern.compile(PolicyKinds.alternation());
  /**
   * The kinds that a more telling verb of the same clause overrides (签约仪式在京举行, 举办开工仪式); among
   * themselves the last verb of the clause tells (调研座谈会在京召开).
   */
  private static final Set<EventType> GENERIC = EnumSet.of(EventType.MEETING, EventType.VISIT, EventType.ANNOUNCED);
  private static final Set<EventType> WITH_PEOPLE = EnumSet.of(EventType.MEETING, EventType.VISIT);
  /** The words after which a division says where a happening took place. */
  private static final String PLACE_MARKS = "在赴于到抵";
  /** 公布施行40周年, 成立75周年: the verbs name what an anniversary remembers, not a happening of the date. */
  private static final Pattern ANNIVERSARY = Pattern.compile("(?:" + VERB.pattern() + ")?[0-9一二三四五六七八九十百]+周年");
  /** 与到访的伊朗外长…会谈: the visitor's country is not where the talks are held. */
  private static final List<String> VISITOR_MARKS = List.of("到访的", "来访的", "访华的");
  /** 举办12场…, 召开3次…: the verb counts happenings (场, 次 count occurrences), it tells none of them. */
  private static final Pattern COUNTED_HAPPENINGS = Pattern.compile("了?[0-9一二三四五六七八九十百千多余]+[场次]");
  /** A name in quotes ending in 季, 周, 节 or 月 (“服务消费季”, “科技活动周”) names a season of happenings. */
  private static final Pattern QUOTED_SEASON = Pattern.compile("“[^“”]{1,20}[季周节月]”");
  /** 发布2022年度审计整改报告, 发布白皮书: a report a body writes is a document it issues, not a figure made public. */
  private static final Pattern ISSUED_REPORT = Pattern.compile("(?:报告|白皮书)(?:[，。；,;]|$)");
  /** A span of days with one 日 (27至28日): the first day before the mark. */
  private static final Pattern DAY_SPAN_START = Pattern.compile("(?<![0-9月])(\\d{1,2})[至到—–-]$");
  /** A month and day alone (9月8日, 8日), which a plan may mean in the year after. */
  private static final Pattern BARE_DAY = Pattern.compile("(?:\\d{1,2}月)?\\d{1,2}[日号]");
  /** 1—11月, 1至11月: a period a figure counts over. */
  private static final Pattern REPORTING_PERIOD = Pattern.compile("\\d[—–\\-~～至到]");
  /** A verb of the field or of speech: what a date before it dates. */
  private static final Pattern VERB_OR_SPEECH = Pattern.compile(VERB.pattern() + "|称|表示|说");
  /** The marks between the ends of a route: 西安至重庆, 京沪. */
  private static final String ROUTE_MARKS = "至到";
  /** 来华出席…, 来京参加…: the verb after them says what a visitor came for. */
  private static final List<String> VISITOR_PURPOSE = List.of("来华", "来京", "访华期间");
  private static final Set<String> CUT_OFF = Set.of("截至", "截止");
  /** What joins the two ends of a span of days: 至, —, or 夜至 (21日夜至22日凌晨). */
  private static final Pattern SPAN_BETWEEN = Pattern.compile("(?:上午|下午|晚间|晚上|夜间|夜|晚|凌晨)?[—–\\-~～至到]");
  private static final String CLAUSE_ENDS = "，。；,;！？：:";

  static {
    for (StageVerbs.Verb v : VERBS) {
      TYPE_OF.put(v.word(), v.event());
    }
  }

  @Override
  public Document process(Document d) {
    DateBase base = SentenceFacts.dateBase(d);
    LocalDate published = base.published();
    List<Event> events = new ArrayList<>();
    String lastDate = null;
    String lastDay = null;
    for (Sentences.Sentence s : SentenceFacts.sentences(d.text())) {
      String text = s.text();
      // Only a sentence with a verb of the field can hold an event; checking that first spares date parsing.
      if (!CUES.anyIn(text)) {
        continue;
      }
      List<Hit> hits = hits(text);
      if (hits.isEmpty()) {
        continue;
      }
      Map<DateResolver.Found, String> spanEnds = new HashMap<>();
      List<DateResolver.Found> dates = dates(text, base, lastDate, lastDay, spanEnds);
      if (dates.isEmpty() && lastDay != null && (text.startsWith("会议") || text.startsWith("会上"))) {
        // 会议表决通过了…, 会上签署了…: what the meeting reported before did, on its day.
        dates = List.of(new DateResolver.Found("", lastDay, 0, 0));
      }
      if (dates.isEmpty()) {
        continue;
      }
      Set<EventType> seen = EnumSet.noneOf(EventType.class);
      String visited = null;
      for (Hit h : hits) {
        if (!seen.add(h.type)) {
          continue;
        }
        boolean cued = PlanCues.anyIn(text, h.clauseStart, h.first);
        DateResolver.Found found = dateOf(text, dates, h, cued, base);
        if (found == null) {
          continue;
        }
        String date = cued ? ahead(found, base) : found.iso();
        boolean planned = cued || SentenceFacts.isFuture(date, published);
        if (!planned && found.iso().length() == 4) {
          continue;
        }
        int back = VagueDates.daysBack(found.text());
        if (back >= 0 && published != null) {
          date = published.minusDays(back) + "/" + published;
        } else if (!cued && spanEnds.containsKey(found) && date.equals(found.iso())) {
          // 8月27日至29日, 8月28—30日: a span of days is kept whole, as an interval.
          date = found.iso() + "/" + spanEnds.get(found);
        }
        if (!planned) {
          lastDate = found.iso();
          lastDay = found.iso().length() >= 10 ? found.iso() : lastDay;
        }
        List<String> actors = WITH_PEOPLE.contains(h.type) ? bodiesAndPeople(d, s.start(), s.end())
            : new ArrayList<>(SentenceFacts.mentions(d, s.start(), s.end(), Mention.Type.GOVERNMENT,
                Mention.Type.ORGANIZATION, Mention.Type.COMPANY));
        String region = region(d, s.start(), h, visited);
        visited = h.type == EventType.VISIT && region != null ? region : visited;
        boolean ownClause = !found.text().isEmpty() && found.start() >= h.clauseStart && found.start() < h.clauseEnd;
        boolean day = back < 0 && found.iso().length() >= 10;
        events.add(new Event(h.type, date, region, actors, summary(text, h.at), text, s.start(),
            s.end(), planned ? EventStatus.PLANNED : EventStatus.DONE,
            confidence(h, day ? ownClause ? 1 : 0.75 : 0, region != null)));
      }
    }
    return d.withExtraction(d.extraction().withEvents(events));
  }

  /**
   * How sure the event is right in every field: its date names a day ({@code day}: 1 when the day stands in the verb's
   * own clause, less when elsewhere in the sentence, 0 for a month, a year or 日前), it has a region of its own, and
   * its trigger told its kind alone (the clause's only verb, typed as the verb list types it). Its actors are no
   * evidence: on the studied stories an event with actors was right less often (meetings and visits, whose type or
   * place most often misfire, are the ones with people).
   */
  private static double confidence(Hit h, double day, boolean region) {
    return Evidence.confidence(new Evidence(2, day), Evidence.of(2, region), Evidence.of(1, h.plain));
  }

  /**
   * The bodies and then the people of a meeting or a visit. A body named just before an office (国务院副总理丁薛祥,
   * 福建省委书记周祖翼) is part of a person's title: the person, not the body, takes part.
   */
  private static List<String> bodiesAndPeople(Document d, int start, int end) {
    List<Mention> inside = SentenceFacts.inside(d, start, end);
    Set<Integer> offices = new java.util.HashSet<>();
    for (Mention m : inside) {
      if (m.type() == Mention.Type.POSITION) {
        offices.add(m.start());
      }
    }
    Set<Mention.Type> bodies = EnumSet.of(Mention.Type.GOVERNMENT, Mention.Type.ORGANIZATION, Mention.Type.COMPANY);
    List<Mention> sorted = inside.stream().sorted((x, y) -> Integer.compare(x.start(), y.start())).toList();
    List<String> out = new ArrayList<>();
    sorted.stream().filter(m -> bodies.contains(m.type()) && !offices.contains(m.end())).map(Mention::canonical)
        .distinct().forEach(out::add);
    sorted.stream().filter(m -> m.type() == Mention.Type.PERSON).map(Mention::canonical)
        .filter(n -> !out.contains(n)).distinct().forEach(out::add);
    return out;
  }

  /**
   * A verb of a sentence: where it is, its clause and the kind of happening it tells. {@code first} is the clause's
   * first verb: what comes before it (a date, 预计, 在…) speaks of the happening. {@code plain}: the verb is the clause's
   * only one and tells the kind the verb list gives it.
   */
  private record Hit(int at, int first, int clauseStart, int clauseEnd, EventType type, boolean plain) {}

  /** The telling verb of each clause, outside 《》, in order. */
  private static List<Hit> hits(String text) {
    List<Hit> out = new ArrayList<>();
    Matcher m = VERB.matcher(text);
    while (m.find()) {
      if (insideTitle(text, m.start()) || VerbBlockers.startsAt(text, m.end())
          || ANNIVERSARY.matcher(text).region(m.end(), text.length()).lookingAt()
          // 考察调研成果: a verb run straight into another is one compound, told (and blocked) by its last part.
          || VERB.matcher(text).region(m.end(), text.length()).lookingAt()
          // 来华出席…的智利总统: what a visitor came for is not a happening of the sentence.
          || VISITOR_PURPOSE.stream().anyMatch(w -> text.startsWith(w, m.start() - w.length()))
          // 到访的伊朗外长, 计划新开工的项目, 发射的无人机: a verb before 的 describes a noun; when a verb follows, that
          // verb tells the happening.
          || attributive(text, m.end()) && laterVerb(text, m.end())) {
        continue;
      }
      int clauseStart = clauseStart(text, m.start());
      int clauseEnd = clauseEnd(text, m.end());
      EventType type = type(m.group(), text, m.end(), clauseEnd);
      if (type == null) {
        continue;
      }
      Hit h = new Hit(m.start(), m.start(), clauseStart, clauseEnd, type, type == TYPE_OF.get(m.group()));
      Hit last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && last.clauseStart == clauseStart) {
        // One happening a clause, told by its last verb (a verb before it modifies the subject: 调研座谈会…召开);
        // a generic verb (举行, 宣布) gives way to a telling one (签约仪式在京举行).
        // Either way the clause had more than one verb to choose from.
        out.set(out.size() - 1, GENERIC.contains(last.type) || !GENERIC.contains(type)
            ? new Hit(h.at, last.first, clauseStart, clauseEnd, type, false)
            : new Hit(last.at, last.first, last.clauseStart, last.clauseEnd, last.type, false));
        continue;
      }
      out.add(h);
    }
    return out;
  }

  /** Whether the verb ending at {@code end} modifies a noun: 到访的伊朗外长, 召开的会议. */
  private static boolean attributive(String text, int end) {
    return end < text.length() && text.charAt(end) == '的';
  }

  /** Whether another verb of the list, not blocked, follows {@code from} in the sentence. */
  private static boolean laterVerb(String text, int from) {
    Matcher later = VERB.matcher(text);
    int at = from;
    while (later.find(at)) {
      if (!VerbBlockers.startsAt(text, later.end()) && !insideTitle(text, later.start())) {
        return true;
      }
      at = later.end();
    }
    return false;
  }

  /**
   * The kind the verb tells. 发布 and 公布 issue a policy only when a document follows in the clause (a title in 《》
   * or a kind word such as 方案 or 意见); otherwise they make a figure or a decision public.
   */
  private static EventType type(String verb, String text, int verbEnd, int clauseEnd) {
    EventType type = TYPE_OF.get(verb);
    if (verb.equals("通过了")) {
      // 通过了新修订的野生动物保护法 adopts a document; 通过了72小时试运行, 通过了考核 pass a test.
      String object = text.substring(verbEnd, clauseEnd);
      return object.indexOf('《') >= 0 || POLICY_KIND.matcher(object).find() ? type : null;
    }
    if (type == EventType.MEETING && (verb.equals("举行") || verb.equals("举办"))
        && HappeningNouns.anyIn(text.substring(verbEnd, clauseEnd))) {
      // 举行抗议活动, 举行登陆演习: held, but no meeting.
      return EventType.OTHER;
    }
    if (type == EventType.MEETING && COUNTED_HAPPENINGS.matcher(text).region(verbEnd, clauseEnd).lookingAt()) {
      // 举办12场全国性重点活动: a count of happenings, none of them dated.
      return null;
    }
    if (verb.equals("启动")) {
      // “中非儿童手拉手”活动在京启动, “服务消费季”在上海启动: a gathering opens, as with 开幕.
      String subject = text.substring(clauseStart(text, verbEnd - verb.length()), verbEnd - verb.length());
      if (GatheringNouns.anyIn(subject) || QUOTED_SEASON.matcher(subject).find()) {
        return EventType.MEETING;
      }
    }
    if (type == EventType.ISSUED && (verb.equals("发布") || verb.equals("公布"))) {
      String object = text.substring(verbEnd, clauseEnd);
      if (object.indexOf('《') < 0 && !POLICY_KIND.matcher(object).find() && !ISSUED_REPORT.matcher(object).find()) {
        return EventType.ANNOUNCED;
      }
    }
    return type;
  }

  /**
   * The dates of a sentence that can date a happening: not those inside a title in 《》 (行动计划（2024—2026年）), nor
   * the end of a span (8月23日—25日 is dated by its start), nor the end of a period a figure counts to (截至2月底).
   */
  private static List<DateResolver.Found> dates(String text, DateBase base, String lastDate, String lastDay,
      Map<DateResolver.Found, String> spanEnds) {
    List<DateResolver.Found> out = new ArrayList<>();
    DateResolver.Found previous = null;
    DateResolver.Found previousKept = null;
    for (DateResolver.Found f : DateResolver.find(text, base, lastDate, lastDay)) {
      boolean spanEnd = previous != null && f.start() > 0 && f.start() > previous.end()
          && SPAN_BETWEEN.matcher(text.substring(previous.end(), f.start())).matches();
      boolean cutOff = f.start() >= 2 && CUT_OFF.contains(text.substring(f.start() - 2, f.start()));
      if (spanEnd && previousKept == previous && !cutOff) {
        String end = spanEndDay(previous, f);
        if (end != null) {
          spanEnds.put(previous, end);
        }
      }
      if (!spanEnd && !cutOff && !insideTitle(text, f.start()) && !presentDay(text, f)) {
        DateResolver.Found start = spanStart(text, f);
        if (start != f && !cutOff) {
          spanEnds.put(start, f.iso());
        }
        out.add(start);
        previousKept = f;
        if (start != f) {
          previousKept = null;
        }
      } else {
        previousKept = null;
      }
      previous = f;
    }
    return out;
  }

  /** The last day of a span whose first day is {@code start} (8月27日至29日, 21日夜至22日凌晨), or null. */
  private static String spanEndDay(DateResolver.Found start, DateResolver.Found end) {
    if (start.iso().length() != 10 || end.iso().length() != 10) {
      return null;
    }
    String iso = end.text().matches("\\d{1,2}[日号](?:凌晨|上午|下午|晚|夜)?") ? start.iso().substring(0, 8) + end.iso().substring(8)
        : end.iso();
    return iso.compareTo(start.iso()) > 0 ? iso : null;
  }

  /** 今天的中国, 今日的世界: the present time of a place, not a day. */
  private static boolean presentDay(String text, DateResolver.Found f) {
    return (f.text().equals("今天") || f.text().equals("今日")) && text.startsWith("的", f.end())
        && RegionGazetteer.get().longestAt(text, f.end() + 1) != null;
  }

  /** 27至28日, 15—16日: a span of days written with one 日 is dated by its first day. */
  private static DateResolver.Found spanStart(String text, DateResolver.Found f) {
    Matcher m = DAY_SPAN_START.matcher(text.substring(Math.max(0, f.start() - 3), f.start()));
    if (f.iso().length() != 10 || !f.text().matches("\\d{1,2}[日号]") || !m.find()) {
      return f;
    }
    int day = Integer.parseInt(m.group(1));
    int last = Integer.parseInt(f.iso().substring(8));
    if (day < 1 || day >= last) {
      return f;
    }
    return new DateResolver.Found(f.text(), f.iso().substring(0, 8) + String.format("%02d", day), f.start(), f.end());
  }

  /**
   * The date of an expected happening: a month and day without a year (将于4月9日启用) that the resolver put in the
   * year before publication, as it does for what is past, is in the year after. In a review, a plan the year told
   * of (9月宣布将于12月举办) is of that year, where the resolver put it.
   */
  private static String ahead(DateResolver.Found f, DateBase base) {
    if (base.reviewedYear().isPresent()) {
      return f.iso();
    }
    LocalDate published = base.published();
    PartialDate date = PartialDate.parse(f.iso());
    // 将于11月举行, told on 2024-10-26: a bare month the resolver put in the past is the coming one.
    if (published != null && date != null && date.isMonth() && f.text().matches("\\d{1,2}月(?:份|上旬|中旬|下旬|底|初)?")
        && date.last().isBefore(published.withDayOfMonth(1))) {
      return date.first().plusYears(1).toString().substring(0, 7);
    }
    // Only a bare month and day: 上月28日, 昨天 and 今天 are past whatever the sentence plans.
    if (published == null || date == null || !date.isDay() || !BARE_DAY.matcher(f.text()).matches()
        || !date.first().isBefore(published)) {
      return f.iso();
    }
    return date.first().plusYears(1).toString();
  }

  private static boolean insideTitle(String text, int at) {
    int open = text.lastIndexOf('《', at);
    return open >= 0 && text.lastIndexOf('》', at) < open && text.indexOf('》', at) >= 0;
  }

  /**
   * The date of the happening: the last date before the verb in the sentence, else the first after it in its clause
   * (于9月8日举办 and 到2050年，…将建成 are before).
   */
  private static DateResolver.Found dateOf(String text, List<DateResolver.Found> dates, Hit h, boolean cued,
      DateBase base) {
    DateResolver.Found before = null;
    DateResolver.Found after = null;
    for (DateResolver.Found f : dates) {
      if (h.type == EventType.ANNOUNCED && REPORTING_PERIOD.matcher(text.substring(Math.max(0, f.start() - 2), f.end())).find()) {
        // 今年1—11月…总收入…，国家医保局公布: the period a figure counts over, not the day it was made public.
        continue;
      }
      if (f.start() < h.first) {
        before = f;
      } else if (after == null && f.start() < h.clauseEnd) {
        after = f;
      }
    }
    if (before != null && cued && before.end() <= h.clauseStart
        && VERB_OR_SPEECH.matcher(text.substring(before.end(), h.clauseStart)).find()) {
      // 上月28日公布一项提案称，计划成立…: the date is of what was said; the plan names none of its own.
      before = null;
      after = after != null && after.start() >= h.clauseStart ? after : null;
    }
    if (before != null && before.end() <= h.clauseStart
        && SentenceFacts.unresolvedDate(text.substring(h.clauseStart, h.first), base)) {
      // 于2023年5月获批，…去年12月通过验收 with no publication date: the clause's own date is unknown, not the one before.
      return null;
    }
    if (h.type == EventType.ANNOUNCED || attributive(text, h.at + verbLength(text, h.at))) {
      // 宣布10月继续增产: a date after 宣布 is of what is announced; 召开的会议…明年: of the main clause.
      return before;
    }
    return before != null ? before : after;
  }

  private static int verbLength(String text, int at) {
    Matcher m = VERB.matcher(text).region(at, text.length());
    return m.lookingAt() ? m.end() - at : 0;
  }

  /**
   * Where it happened: the division after 在, 赴 or 于 before the verb in its clause (the last of a run such as
   * 福建省厦门市), else the most specific division named before the verb in its clause, else in the sentence.
   */
  private static String region(Document d, int sentenceStart, Hit h, String carried) {
    int from = sentenceStart + h.clauseStart;
    int verb = sentenceStart + h.at;
    String text = d.text();
    List<Mention> regions = SentenceFacts.inside(d, sentenceStart, verb).stream()
        .filter(m -> (m.type() == Mention.Type.REGION || m.type() == Mention.Type.ADDRESS && newArea(m))
            && !passedThrough(d, m))
        .sorted((a, b) -> Integer.compare(a.start(), b.start())).toList();
    for (int i = regions.size() - 1; i >= 0; i--) {
      Mention m = regions.get(i);
      if (m.start() < from) {
        break;
      }
      int first = i;
      while (first > 0 && regions.get(first - 1).end() == regions.get(first).start()) {
        first--;
      }
      Mention head = regions.get(first);
      if (head.start() > 0 && PLACE_MARKS.indexOf(text.charAt(head.start() - 1)) >= 0 && rank(d, m) >= 0) {
        return m.canonical();
      }
      i = first;
    }
    if (h.type == EventType.VISIT) {
      // 访问哈萨克斯坦, 考察沈阳: the place a visit goes to follows its verb (unless 在厦门考察 said where).
      for (Mention m : SentenceFacts.inside(d, verb, sentenceStart + h.clauseEnd)) {
        if (m.type() == Mention.Type.REGION && m.start() <= verb + 3 && rank(d, m) >= 0) {
          return m.canonical();
        }
      }
    }
    regions = regions.stream().filter(m -> VISITOR_MARKS.stream().noneMatch(w -> text.startsWith(w, m.start() - w.length())))
        .toList();
    String best = mostSpecific(d, regions, from);
    if (best == null && carried != null) {
      // 访问越南，并出席…庆祝活动: what the visit's clause joins happens where the visit went.
      return carried;
    }
    best = best != null ? best : mostSpecific(d, regions, sentenceStart);
    return best != null ? best : subjectCountry(text, from, verb);
  }

  /**
   * A place named only as a direction or as an end of a route: 从也门方向发射, 西安至重庆高铁, 重庆至黔江段. What
   * comes from or goes through it does not happen there.
   */
  private static boolean passedThrough(Document d, Mention m) {
    String text = d.text();
    if (text.startsWith("方向", m.end())) {
      return true;
    }
    boolean toNext = m.end() < text.length() && ROUTE_MARKS.indexOf(text.charAt(m.end())) >= 0
        && RegionGazetteer.get().longestAt(text, m.end() + 1) != null;
    boolean fromLast = m.start() > 0 && ROUTE_MARKS.indexOf(text.charAt(m.start() - 1)) >= 0
        && SentenceFacts.inside(d, Math.max(0, m.start() - 12), m.start() - 1).stream()
            .anyMatch(o -> o.type() == Mention.Type.REGION && o.end() == m.start() - 1);
    return toNext || fromLast;
  }

  /**
   * The country a clause's subject is named by (匈牙利国家银行27日宣布加息, 英国人工智能安全研究所4日发布): a body of a
   * country acts in it. Only a country: 中国 and the divisions are named as places when they are meant.
   */
  private static String subjectCountry(String text, int from, int verb) {
    while (from < verb && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    RegionGazetteer.Form f = RegionGazetteer.get().longestAt(text, from);
    if (f == null || f.divisions().size() != 1 || from + f.text().length() > verb) {
      return null;
    }
    RegionGazetteer.Division division = f.divisions().get(0);
    return division.level() == RegionLevel.COUNTRY && !division.name().equals("中国") ? division.name() : null;
  }

  private static String mostSpecific(Document d, List<Mention> regions, int from) {
    String best = null;
    int bestRank = -1;
    for (Mention m : regions) {
      int rank = rank(d, m);
      if (m.start() >= from && rank > bestRank) {
        best = m.canonical();
        bestRank = rank;
      }
    }
    return best;
  }

  /**
   * 3 for a county, 2 a city or a new area (雄安新区), 1 a province, 0 a country; -1 for another named area (长三角),
   * which is not where things happen.
   */
  private static int rank(Document d, Mention m) {
    for (Region r : d.extraction().regions()) {
      if (r.name().equals(m.canonical())) {
        return switch (r.level()) {
          case COUNTY -> 3;
          case CITY -> 2;
          case PROVINCE -> 1;
          case COUNTRY -> 0;
          default -> -1;
        };
      }
    }
    return newArea(m) ? 2 : -1;
  }

  /** 雄安新区: a new area of the state has a territory and a government of its own, as a city has. */
  private static boolean newArea(Mention m) {
    if (!m.canonical().endsWith("新区")) {
      return false;
    }
    RegionGazetteer.Form f = RegionGazetteer.get().longestAt(m.canonical(), 0);
    return f != null && f.text().equals(m.canonical()) && f.divisions().size() == 1
        && f.divisions().get(0).level() == RegionLevel.AREA;
  }

  private static int clauseStart(String text, int at) {
    int start = at;
    while (start > 0 && CLAUSE_ENDS.indexOf(text.charAt(start - 1)) < 0) {
      start--;
    }
    return start;
  }

  private static int clauseEnd(String text, int at) {
    int end = at;
    while (end < text.length() && CLAUSE_ENDS.indexOf(text.charAt(end)) < 0) {
      end++;
    }
    return end;
  }

  /** The clause around the verb, as a one-line summary. */
  private static String summary(String sentence, int verbAt) {
    String clause = sentence.substring(clauseStart(sentence, verbAt), clauseEnd(sentence, verbAt)).strip();
    return clause.length() > 80 ? clause.substring(0, 80) + "…" : clause;
  }
}
