package org.kechuangradar.extract.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.kechuangradar.extract.SentenceFacts;
import org.kechuangradar.lexicon.Tsv;
import org.kechuangradar.model.Document;
import org.kechuangradar.model.Indicator;
import org.kechuangradar.model.Quantity;
import org.kechuangradar.pipeline.Stage;
import org.kechuangradar.segment.Sentences;
import org.kechuangradar.time.DateResolver;
import org.kechuangradar.time.PartialDate;

/**
 * Reads indicators from the amounts: a metric and a verb of level or change before the number (占…比重已达43.9%,
 * 增加值同比增长26.9%, 年均增长3.1%, 规模达1.6万亿元), the period and region of the sentence, and targets
 * (到2027年…不少于10个). {@code 分别} hands each number its own metric (A、B增加值同比分别增长x和y).
 */
public final class IndicatorExtractor implements Stage {
  private static final Pattern VERB = Pattern.compile(
      "(已经|已)?(?:分别(?=同比|环比))?(同比|环比)?(分别)?(增长|下降|提高|提升|降至|降低|增加|减少)?(了)?(已经|已)?(达到|达|超过|超|突破|接近|约|近|为|至|不少于|不低于|超出|达至|(?<build>建设|培育|打造|建成|引进|新增|形成))?(约)?$");
  // The last characters of the verbs above: a number after any other character has no verb before it.
  private static final String VERB_LAST = "到达过超破近约为至于出设育造成进增长降高升低加少了经已比别";
  private static final List<String> METRIC_HEADS = Tsv.wordsLongestFirst("metric-heads");
  // The last characters of the words for a sum and of the metric heads: an amount right after one needs no verb.
  private static final String SUM_LAST = "资额模值入收" + METRIC_HEADS.stream().map(h -> h.substring(h.length() - 1))
      .collect(Collectors.joining());
  // 截至2024年7月 is the date of a measurement, not a goal's year.
  private static final Pattern TARGET = Pattern.compile("(?<![截])(到|至|力争到|力争|预计到)(20\\d{2})年");
  // 将达到, 预计增长, 有望突破: a verb of level or change after a word of the future gives a goal (将从30亿立方米提升至
  // 45亿立方米: the amount after 从 is where it starts, today's level).
  private static final Pattern FUTURE_VERB = Pattern.compile("(将|预计|有望|力争|争取|计划)(?:[^，。；,;从]{0,4}|从[^，。；,;]{0,14})$");
  private static final Pattern FROM = Pattern.compile("将?从[\\d.]+[多余]?[万亿千]*[\\p{IsHan}%]{0,4}$");
  // 比上年同期, 较去年12月, 比2022年: what a change is measured against ends a clause but is not its metric.
  private static final Pattern COMPARISON = Pattern.compile(
      "(?:比|较|与)(?:上|去|前|同期|\\d|本)[\\p{IsHan}\\d（）()]{0,8}?(?:同期|年|月|届|季度|底|末)?(?:相比)?$");
  // 生产总值82553亿元、增长6%: a clause that ends in an amount hands its metric to the change that follows.
  private static final Pattern AMOUNT_THEN = Pattern.compile("^(.+?)(?:达到|达|为|超过|实现)?[\\d.]+[多余]?[万亿千]*[\\p{IsHan}%]{0,3}[、和]$");
  private static final Pattern YEAR = Pattern.compile("(20\\d{2})年");
  private static final Pattern SUM_WORD = Pattern.compile("(总投资额?|投资总额|总规模|总产值|营业收入|年营收)$");
  private static final Pattern ENDS_IN_VERB = Pattern.compile("(" + String.join("|", Tsv.words("goal-verbs")) + ")$");
  // An indicator is measured in any unit but time (a duration is no level of anything).
  private static final java.util.Set<String> TIME_UNITS = java.util.Set.copyOf(Tsv.words("time-units"));
  private static final Pattern TRAILING_WORDS = Pattern.compile("(年均|同比|环比|分别|力争|预计|将|可|最高可|有望|\\d{1,2}月份?)+$");
  // 胜利油田2023年原油产量: the year a figure is of is its period, no part of its metric.
  private static final Pattern YEAR_INSIDE = Pattern.compile("(?<=[\\p{IsHan}])(?:19|20)\\d{2}年(?=[\\p{IsHan}])");
  // 较现图增加233列, 较上月: 较 says what a change is measured against, whatever follows it.
  private static final Pattern COMPARED_WITH = Pattern.compile("较[\\p{IsHan}\\d]{1,8}$");
  private static final Pattern CAPPED = Pattern.compile("(最高|不超过|最多)[^，。；,;]{0,4}$");
  // 培育算力服务企业50家以上: a goal's verb and what it counts, before the number.
  private static final Pattern COUNTED_GOAL = Pattern.compile("^(" + String.join("|", Tsv.rows("goal-verbs").stream()
      .filter(r -> r[1].strip().equals("yes")).map(r -> r[0].strip()).toList()) + ")[\\p{IsHan}]{2,}");
  private static final Pattern LEADING = Pattern.compile("^(其中|特别是|此外|同时|而|且|并|但|以及|可以说|数据显示|去年|今年|"
      + "前年|明年|全年|上半年|我国|全国|全市|全省|提出|明确|力争|预计|(?:到|至)?20\\d{2}年(?:底|末)?|\\d{1,2}月份?|[\\p{IsHan}]{2,4}(省|市|区|县))+[，,]?");

  @Override
  public Document process(Document d) {
    LocalDate published = PartialDate.dayOf(d.published());
    List<Indicator> out = new ArrayList<>();
    List<Sentences.Sentence> sentences = SentenceFacts.sentences(d.text());
    int si = 0;
    List<String> respective = new ArrayList<>();
    Indicator last = null;
    // The period of the sentence last asked for: a sentence often holds several figures.
    String[] periodOf = null;
    Set<Double> fundSizes = fundSizes(d);
    List<String> fundNames = d.extraction().domain().funds().stream().map(f -> f.name()).toList();
    for (Quantity q : d.extraction().quantities()) {
      if (q.unit().isEmpty() ? q.value() < 1e4 : TIME_UNITS.contains(q.unit())) {
        continue;
      }
      while (si < sentences.size() && sentences.get(si).end() <= q.start()) {
        si++;
      }
      if (si == sentences.size()) {
        break;
      }
      Sentences.Sentence s = sentences.get(si);
      char previous = q.start() > 0 ? d.text().charAt(q.start() - 1) : ' ';
      // Most amounts follow no verb and no word for a sum; one character tells, before any string is built.
      if (VERB_LAST.indexOf(previous) < 0 && SUM_LAST.indexOf(previous) < 0 && "和、及".indexOf(previous) < 0
          && !d.text().startsWith("以上", q.end())) {
        continue;
      }
      String before = d.text().substring(s.start(), q.start());
      // 分别增长26.9%和21.7%: the second number takes the next metric of the list, on the same terms.
      if (last != null && !respective.isEmpty() && last.sentence().equals(s.text())
          && (before.endsWith("和") || before.endsWith("、") || before.endsWith("及"))) {
        last = new Indicator(respective.remove(0), last.region(), last.period(), q.value(), q.unit(), last.basis(),
            last.target(), s.text());
        out.add(last);
        continue;
      }
      respective.clear();
      if (fundSizes.contains(q.value())) {
        continue;
      }
      // The verb stands right before the number; matching on a short tail keeps the anchored search cheap.
      String tail = before.substring(Math.max(0, before.length() - 16));
      Matcher verb = VERB.matcher(tail.isEmpty() || VERB_LAST.indexOf(tail.charAt(tail.length() - 1)) < 0 ? "" : tail);
      // 总投资120亿元: a sum right after the word for it needs no verb; nor does a goal's count (培育…企业50家以上).
      if (!verb.find() || verb.end() == verb.start() && !SUM_WORD.matcher(tail).find() && !endsInMetricHead(tail)
          && !(d.text().startsWith("以上", q.end()) && COUNTED_GOAL.matcher(lastClause(before)).find())) {
        continue;
      }
      // 设立…母基金，首期规模50亿元: an amount named without a verb in a fund's sentence is the fund's term.
      if (verb.end() == verb.start() && fundNames.stream().anyMatch(s.text()::contains)) {
        continue;
      }
      int verbStart = before.length() - (verb.end() - verb.start());
      String clause = TRAILING_WORDS.matcher(lastClause(before.substring(0, verbStart))).replaceFirst("");
      clause = FROM.matcher(clause).replaceFirst("");
      Matcher amountThen = AMOUNT_THEN.matcher(clause);
      if (amountThen.matches()) {
        clause = amountThen.group(1);
      }
      clause = YEAR_INSIDE.matcher(clause).replaceAll("");
      String compared = COMPARED_WITH.matcher(COMPARISON.matcher(clause).replaceFirst("")).replaceFirst("");
      if (compared.length() < clause.length()) {
        // 营业收入59357亿元，比上年同期增长7.3%: with no metric left, the change is of the figure just named.
        clause = compared.length() >= 2 ? TRAILING_WORDS.matcher(compared).replaceFirst("")
            : last != null && last.sentence().equals(s.text()) ? last.metric() : "";
      }
      if (verb.group("build") != null && clause.length() < 2) {
        // 到2028年…建设10个以上未来产业先导区: a count of things to build, named after the number.
        clause = verb.group("build");
      }
      // 该指标, 其规模: a metric named only by reference is left out rather than guessed.
      // 单个项目最高可获1亿元 is the cap of an instrument, not a measure of anything.
      if (clause.length() < 2 || "该其这此".indexOf(clause.charAt(0)) >= 0 || CAPPED.matcher(tail).find()) {
        continue;
      }
      if (verb.group(3) != null || tail.contains("分别同比") || tail.contains("分别环比")) {
        respective.addAll(respectiveMetrics(clause));
      }
      String metric = respective.isEmpty() ? clause : respective.remove(0);
      // 年营收超10亿元的企业: an amount before 的 qualifies what follows; it measures nothing itself.
      if (d.text().startsWith("的", q.end())) {
        continue;
      }
      if (metric.length() <= 3 || ENDS_IN_VERB.matcher(metric).find()) {
        // 建设不少于10个高质量科学数据库: after a verb, the thing counted follows the number.
        metric += object(d.text(), q.end());
      }
      Matcher target = TARGET.matcher(before);
      // 到2022年已降至0.45%: a year before publication is the past, not a goal.
      boolean toYear = before.contains("20") && target.find() && (published == null || Integer.parseInt(target.group(2)) >= published.getYear());
      boolean isTarget = toYear || before.contains("目标") || before.contains("力争")
          || FUTURE_VERB.matcher(tail).find() && !tail.endsWith("从");
      if (periodOf == null || !periodOf[0].equals(s.text())) {
        periodOf = new String[] {s.text(), period(s.text(), published)};
      }
      String period = toYear ? target.group(2) : periodOf[1];
      last = new Indicator(metric, SentenceFacts.region(d, s.start(), q.start()), period, q.value(), q.unit(),
          basis(before, clause, verb.group(4), q.unit()), isTarget, s.text());
      out.add(last);
    }
    return d.withExtraction(d.extraction().withDomain(d.extraction().domain().withIndicators(out)));
  }

  /** 生产总值82553亿元: an amount right after the word of what it measures. */
  private static boolean endsInMetricHead(String tail) {
    for (String h : METRIC_HEADS) {
      if (tail.endsWith(h)) {
        return true;
      }
    }
    return false;
  }

  /** The year or month the sentence is about: its first date, else the year of publication for 今年. */
  private static String period(String sentence, LocalDate published) {
    List<DateResolver.Found> dates = DateResolver.find(sentence, published);
    for (DateResolver.Found f : dates) {
      if (!SentenceFacts.YEAR_ONLY.matcher(f.text()).matches() && !SentenceFacts.isFuture(f.iso(), published)) {
        PartialDate date = PartialDate.parse(f.iso());
        return date.yearMonth() != null ? date.yearMonth() : date.iso();
      }
    }
    for (DateResolver.Found f : dates) {
      return String.valueOf(PartialDate.parse(f.iso()).year());
    }
    Matcher y = YEAR.matcher(sentence);
    return y.find() ? y.group(1) : null;
  }

  private static String basis(String before, String clause, String change, String unit) {
    if (before.endsWith("年均增长") || before.contains("年均增长") && change != null) {
      return "avg_annual_growth";
    }
    if (change != null && (before.contains("同比") || before.contains("比上年") || before.contains("增长"))) {
      return before.contains("同比") || before.contains("比上年") ? "yoy_growth" : "growth";
    }
    if (unit.equals("%") && (clause.contains("比重") || clause.contains("占比") || clause.contains("占"))) {
      return "share";
    }
    return "level";
  }

  /** The text of the clause that ends at the verb, without connectives, time words and regions before the metric. */
  private static String lastClause(String before) {
    int from = -1;
    for (int k = before.length() - 1; k >= 0 && from < 0; k--) {
      from = "，。；：,;:—".indexOf(before.charAt(k)) >= 0 ? k : -1;
    }
    String clause = before.substring(from + 1).replace("“", "").replace("”", "");
    String previous;
    do {
      previous = clause;
      clause = LEADING.matcher(clause).replaceFirst("");
    } while (!clause.equals(previous) && !clause.isEmpty());
    return clause;
  }

  /** 设立总规模30亿元的基金: the size of a fund found in the text is the fund's, not an indicator. */
  private static Set<Double> fundSizes(Document d) {
    return d.extraction().domain().funds().stream().filter(f -> f.size() != null && f.size().value() != null)
        .map(f -> f.size().value()).collect(Collectors.toSet());
  }

  private static String object(String text, int from) {
    if (text.startsWith("以上", from) || text.startsWith("左右", from)) {
      from += 2;
    }
    int end = from;
    while (end < text.length() && end - from < 20 && "，。；、,;（(\n".indexOf(text.charAt(end)) < 0) {
      end++;
    }
    return text.substring(from, end);
  }

  /** A、B增加值 → A增加值, B增加值: each item of the list with the head noun the last one carries. */
  private static List<String> respectiveMetrics(String clause) {
    String[] parts = clause.split("、");
    String last = parts[parts.length - 1];
    String head = "";
    for (String h : METRIC_HEADS) {
      int at = last.indexOf(h);
      if (at > 0) {
        head = last.substring(at);
        break;
      }
    }
    List<String> metrics = new ArrayList<>();
    for (int k = 0; k < parts.length; k++) {
      metrics.add(k == parts.length - 1 || parts[k].endsWith(head) ? parts[k] : parts[k] + head);
    }
    return metrics;
  }
}
