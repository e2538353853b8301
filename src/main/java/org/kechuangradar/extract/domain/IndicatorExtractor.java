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
import org.kechuangradar.model.Evidence;
import org.kechuangradar.model.Indicator;
import org.kechuangradar.model.Quantity;
import org.kechuangradar.pipeline.Stage;
import org.kechuangradar.segment.Sentences;
import org.kechuangradar.time.DateBase;
import org.kechuangradar.time.DateResolver;
import org.kechuangradar.time.PartialDate;

/**
 * Reads indicators from the amounts: a metric and a verb of level or change before the number (占…比重已达43.9%,
 * 增加值同比增长26.9%, 年均增长3.1%, 规模达1.6万亿元), the period and region of the sentence, and targets
 * (到2027年…不少于10个). {@code 分别} hands each number its own metric (A、B增加值同比分别增长x和y).
 */
public final class IndicatorExtractor implements Stage {
  private static final Pattern VERB = Pattern.compile(
      "(已经|已)?(?:分别(?=同比|环比))?(同比|环比)?(分别)?(增长|下降|上涨|下跌|提高|提升|降至|降低|增加|减少|扩大|压缩|缩短|增(?=至))?(了)?(已经|已)?(达到|达|超过|超|突破|接近|约|近|为|至|到|保持在|稳定在|不少于|不低于|超出|达至|(?<build>建设|培育|打造|建成|引进|新增|形成))?(约)?$");
  // The last characters of the verbs above: a number after any other character has no verb before it.
  private static final String VERB_LAST = "到达过超破近约为至于出设育造成进增长降高升低加少了经已比别大缩短在涨跌";
  private static final List<String> METRIC_HEADS = Tsv.wordsLongestFirst("metric-heads");
  // A metric that ends in a word of what is measured (营业收入, 产量, 比重), perhaps with the change it underwent.
  private static final Pattern MEASURED = Pattern.compile("(?:" + String.join("|", METRIC_HEADS)
      + ")(?:同比|环比)?(?:增长|下降|上涨|下跌|提高|提升|降低|增加|减少|扩大|压缩|缩短)?$");
  // The last characters of the words for a sum and of the metric heads: an amount right after one needs no verb.
  private static final String SUM_LAST = "资额模值入收" + METRIC_HEADS.stream().map(h -> h.substring(h.length() - 1))
      .collect(Collectors.joining());
  // 截至2024年7月 is the date of a measurement, not a goal's year.
  private static final Pattern TARGET = Pattern.compile("(?<![截])(到|至|力争到|力争|预计到)(20\\d{2})年");
  // 将达到, 预计增长, 有望突破: a verb of level or change after a word of the future gives a goal (将从30亿立方米提升至
  // 45亿立方米: the amount after 从 is where it starts, today's level).
  private static final Pattern FUTURE_VERB = Pattern.compile("(将|预计|有望|力争|争取|计划)(?:[^，。；,;从]{0,4}|从[^，。；,;]{0,14})$");
  private static final Pattern FROM = Pattern.compile("将?[从由][\\d.]+[多余]?[万亿千]*[\\p{IsHan}%]{0,4}$");
  // 比上年同期, 较去年12月, 比2022年: what a change is measured against ends a clause but is not its metric.
  private static final Pattern COMPARISON = Pattern.compile(
      "(?:比|较|与)(?:上|去|前|往|同期|\\d|本)[\\p{IsHan}\\d（）()]{0,8}?(?:同期|年|月|届|季度|底|末)?(?:相比)?$");
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
      + "前年|明年|全年|上半年|我国|全国|全市|全省|提出|明确|力争|预计|(?:到|至)?20\\d{2}年(?:底|末)?|\\d{1,2}月份?)+[，,]?");
  // A province named where the tagger named none (浙江省): 省 ends few other words, unlike 市 (超市, 城市) and 区 (跨区,
  // 园区); 省级 is a rank.
  private static final Pattern PROVINCE = Pattern.compile("[\\p{IsHan}]{2,3}省(?!级)");
  // 约1500人出席, 超过200个市镇举行抗议活动: who came to an event, or where it was held, in the clause after the amount.
  private static final Pattern GATHERING = Pattern.compile("^[^，。；,;：:]{0,8}?(" + String.join("|", Tsv.words("gathering-verbs")) + ")");
  private static final Set<String> SPEC_UNITS = Set.copyOf(Tsv.words("spec-units"));
  private static final Pattern LIST_NEXT = Pattern.compile("[、和及](?:超过|超|近|约)?$");
  private static final List<String> COUNT_VERBS = Tsv.rows("goal-verbs").stream()
      .filter(r -> r[1].strip().equals("yes")).map(r -> r[0].strip()).toList();
  // The last characters of the words a count may follow: no other character before an amount starts one.
  private static final String COUNT_LAST = "有、和及超近约共了" + COUNT_VERBS.stream().map(v -> v.substring(v.length() - 1))
      .collect(Collectors.joining());
  // 选树112名大国工匠, 我国有2亿多技术工人: a verb of making or having, then the amount, then what it counts.
  private static final Pattern COUNT_BEFORE = Pattern.compile("(?:" + String.join("|", COUNT_VERBS)
      + "|(?<=[国省市区县])有|共有|拥有)(?:了)?(?:超过|超|近|约|多达|共)?$");
  // What an amount counts, when named right after it: up to a stop, a list's next count (100个玉米、100个小麦) or the
  // adverb that opens the predicate (…改造项目已全部开工).
  private static final Pattern COUNTED_NOUN = Pattern.compile("^(?:以上|左右|多|余)?([\\p{IsHan}“”A-Za-z0-9]{2,16}?)"
      + "(?=[，。；、,;：:（(\\n]|$|[和及](?:超过|近|约)?\\d|" + String.join("|", Tsv.wordsLongestFirst("predicate-adverbs")) + ")");
  // 大桥全长约10公里: the size of one thing measures no indicator.
  private static final Pattern DIMENSION = Pattern.compile("(" + String.join("|", Tsv.words("dimension-words"))
      + ")(?:约|近|超过|达)?$");
  // 将达到, 计划开工, 预计提供: a word of the future earlier in the sentence; 将近 is "nearly".
  private static final Pattern FUTURE_WORD = Pattern.compile("将(?!近)|预计|有望|力争|争取|计划|确保");


  @Override
  public Document process(Document d) {
    DateBase base = SentenceFacts.dateBase(d);
    List<Indicator> out = new ArrayList<>();
    List<Sentences.Sentence> sentences = SentenceFacts.sentences(d.text());
    int si = 0;
    List<String> respective = new ArrayList<>();
    Indicator last = null;
    Set<Double> fundSizes = fundSizes(d);
    List<String> fundNames = d.extraction().domain().funds().stream().map(f -> f.name()).toList();
    Set<String> places = places(d);
    boolean lastCounted = false;
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
      boolean countedBefore = lastCounted;
      lastCounted = false;
      // 选树112名大国工匠、9200多名省级工匠: an amount after a verb of making or having counts the noun after it.
      if (COUNT_LAST.indexOf(previous) >= 0 && !SPEC_UNITS.contains(q.unit()) && !fundSizes.contains(q.value())
          && !gathering(d, q, s)) {
        String before = d.text().substring(Math.max(s.start(), q.start() - 16), q.start());
        String after = d.text().substring(q.end(), Math.min(s.end(), q.end() + 24));
        Matcher noun = COUNTED_NOUN.matcher(after);
        boolean listed = countedBefore && last != null && last.sentence().equals(s.text()) && LIST_NEXT.matcher(before).find();
        if (!after.startsWith("的") && noun.find() && (listed || COUNT_BEFORE.matcher(before).find())
            && !Character.isDigit(noun.group(1).charAt(0))) {
          String whole = d.text().substring(s.start(), q.start());
          last = indicator(d, s, q, noun.group(1), whole, before, "level", base, true);
          out.add(last);
          lastCounted = true;
          continue;
        }
      }
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
            last.target(), s.text(), last.confidence());
        out.add(last);
        continue;
      }
      respective.clear();
      if (fundSizes.contains(q.value()) || gathering(d, q, s)) {
        continue;
      }
      // The verb stands right before the number; matching on a short tail keeps the anchored search cheap.
      String tail = before.substring(Math.max(0, before.length() - 16));
      Matcher verb = VERB.matcher(tail.isEmpty() || VERB_LAST.indexOf(tail.charAt(tail.length() - 1)) < 0 ? "" : tail);
      // 总投资120亿元: a sum right after the word for it needs no verb; nor does a goal's count (培育…企业50家以上).
      if (!verb.find() || verb.end() == verb.start() && !SUM_WORD.matcher(tail).find() && !endsInMetricHead(tail)
          && !(d.text().startsWith("以上", q.end()) && COUNTED_GOAL.matcher(lastClause(before, places)).find())) {
        continue;
      }
      // 设立…母基金，首期规模50亿元: an amount named without a verb in a fund's sentence is the fund's term.
      if (verb.end() == verb.start() && fundNames.stream().anyMatch(s.text()::contains)) {
        continue;
      }
      int verbStart = before.length() - (verb.end() - verb.start());
      String clause = TRAILING_WORDS.matcher(lastClause(before.substring(0, verbStart), places)).replaceFirst("");
      clause = FROM.matcher(clause).replaceFirst("");
      Matcher amountThen = AMOUNT_THEN.matcher(clause);
      if (amountThen.matches()) {
        clause = amountThen.group(1);
      }
      clause = YEAR_INSIDE.matcher(clause).replaceAll("");
      // Whether the metric is named by words of the amount's own clause, not taken from the figure before or the verb.
      boolean ownMetric = true;
      String compared = COMPARED_WITH.matcher(COMPARISON.matcher(clause).replaceFirst("")).replaceFirst("");
      if (compared.length() < clause.length()) {
        // 营业收入59357亿元，比上年同期增长7.3%: with no metric left, the change is of the figure just named.
        // 同比增长34.5%: the change of the figure before is named by its metric and the change.
        ownMetric = compared.length() >= 2;
        clause = compared.length() >= 2 ? TRAILING_WORDS.matcher(compared).replaceFirst("")
            : last != null && last.sentence().equals(s.text()) ? last.metric() + changeWords(verb) : "";
      }
      if (verb.group("build") != null && clause.length() < 2) {
        // 到2028年…建设10个以上未来产业先导区: a count of things to build, named after the number.
        clause = verb.group("build");
        ownMetric = false;
      }
      // 该指标, 其规模: a metric named only by reference is left out rather than guessed.
      // 单个项目最高可获1亿元 is the cap of an instrument, not a measure of anything.
      if (clause.length() < 2 || "该其这此".indexOf(clause.charAt(0)) >= 0 || CAPPED.matcher(tail).find()) {
        continue;
      }
      // 大桥全长约10公里: a length of one thing.
      if ((q.unit().endsWith("米") || q.unit().equals("公里")) && DIMENSION.matcher(clause).find()) {
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
      last = indicator(d, s, q, metric, before, tail, basis(before, clause, verb.group(4), q.unit()), base, ownMetric);
      out.add(last);
    }
    return d.withExtraction(d.extraction().withDomain(d.extraction().domain().withIndicators(once(out))));
  }

  private static boolean gathering(Document d, Quantity q, Sentences.Sentence s) {
    return GATHERING.matcher(d.text()).region(q.end(), Math.max(q.end(), s.end())).lookingAt();
  }

  /**
   * An indicator of the amount with its period, region and whether it is a goal; {@code ownMetric}: the metric is
   * named by the amount's own clause.
   */
  private static Indicator indicator(Document d, Sentences.Sentence s, Quantity q, String metric, String before,
      String tail, String basis, DateBase base, boolean ownMetric) {
    LocalDate published = base.published();
    Matcher target = TARGET.matcher(before);
    // 到2022年已降至0.45%: a year before publication is the past, not a goal.
    boolean toYear = before.contains("20") && target.find() && (published == null || Integer.parseInt(target.group(2)) >= published.getYear());
    boolean isTarget = toYear || before.contains("目标") || before.contains("力争") || future(before)
        || FUTURE_VERB.matcher(tail).find() && !tail.endsWith("从");
    String period = toYear ? target.group(2) : periodOf(s.text(), base);
    String region = SentenceFacts.region(d, s.start(), q.start());
    return new Indicator(metric, region, period, q.value(), q.unit(), basis, isTarget, s.text(),
        confidence(metric, ownMetric, basis));
  }

  /**
   * How sure the indicator is right: its metric ends in a word of what is measured (营业收入, 产量, 比重) rather than in
   * whatever words stood before the amount, the amount's own clause names it (not the figure before, nor the verb),
   * and it is a level: a change or a share needs the metric it changes carried from before, and is more often wrong.
   * Whether a verb stood before the amount, its period and its region said nothing on the studied stories.
   */
  private static double confidence(String metric, boolean ownMetric, String basis) {
    return Evidence.confidence(Evidence.of(2, MEASURED.matcher(metric).find()), Evidence.of(2, ownMetric),
        Evidence.of(1, basis.equals("level")));
  }

  /**
   * 将建成…，累计建成…超过4亿亩; 计划开展…超50场: a word of the future before the amount in its sentence, with no 已
   * (what is done) and no 的 (计划新开工的320个项目: the plan only qualifies the noun) between.
   */
  private static boolean future(String before) {
    Matcher m = FUTURE_WORD.matcher(before);
    int at = -1;
    while (m.find()) {
      at = m.end();
    }
    if (at < 0) {
      return false;
    }
    String between = before.substring(at);
    return between.indexOf('已') < 0 && between.indexOf('的') < 0;
  }

  /** 同比增长, 增长: the words of change before the amount, to name a change by. */
  private static String changeWords(Matcher verb) {
    return (verb.group(2) == null ? "" : verb.group(2)) + (verb.group(4) == null ? "" : verb.group(4));
  }

  /**
   * A headline and the story under it often give the same figure: one indicator per value, unit, goal and period, when
   * the metrics share a word (a share or rate only when one metric holds the other).
   */
  private static List<Indicator> once(List<Indicator> all) {
    List<Indicator> kept = new ArrayList<>();
    for (Indicator i : all) {
      boolean seen = false;
      for (Indicator k : kept) {
        if (k.value() == i.value() && k.unit().equals(i.unit()) && k.target() == i.target()
            && (k.period() == null || i.period() == null || k.period().startsWith(i.period()) || i.period().startsWith(k.period()))
            && (i.unit().equals("%") ? k.metric().contains(i.metric()) || i.metric().contains(k.metric())
                : shareAWord(k.metric(), i.metric()))) {
          seen = true;
          break;
        }
      }
      if (!seen) {
        kept.add(i);
      }
    }
    return kept;
  }

  private static boolean shareAWord(String a, String b) {
    for (int k = 0; k + 2 <= a.length(); k++) {
      if (b.contains(a.substring(k, k + 2))) {
        return true;
      }
    }
    return false;
  }

  /** The names of the provinces, cities, districts and counties named in the document, as written. */
  private static Set<String> places(Document d) {
    Set<String> out = new java.util.HashSet<>();
    for (var m : d.extraction().entities()) {
      if (m.type() == org.kechuangradar.model.Mention.Type.REGION && m.end() <= d.text().length()) {
        String w = d.text().substring(m.start(), m.end());
        if (w.length() >= 3 && "省市区县".indexOf(w.charAt(w.length() - 1)) >= 0) {
          out.add(w);
        }
      }
    }
    return out;
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

  // The period of the sentence last asked for: a sentence often holds several figures.
  private static final ThreadLocal<String[]> LAST_PERIOD = new ThreadLocal<>();

  private static String periodOf(String sentence, DateBase base) {
    String[] last = LAST_PERIOD.get();
    String key = base.toString();
    if (last == null || !last[0].equals(sentence) || !last[1].equals(key)) {
      last = new String[] {sentence, key, period(sentence, base)};
      LAST_PERIOD.set(last);
    }
    return last[2];
  }

  /** The year or month the sentence is about: its first date, else the year of publication for 今年. */
  private static String period(String sentence, DateBase base) {
    LocalDate published = base.published();
    // 上半年 is half a year, not the whole of it: 2024-H1.
    Matcher half = HALF_YEAR.matcher(sentence);
    if (half.find()) {
      // A bare 上半年 in a review is of the year reviewed; 今年 and 去年 count from publication, as DateResolver's do.
      Integer year = half.group(1) != null ? Integer.valueOf(half.group(1)) : published == null ? null
          : half.group(2) == null && base.reviewedYear().isPresent() ? base.reviewedYear().getAsInt()
          : "去年".equals(half.group(2)) ? published.getYear() - 1 : published.getYear();
      if (year != null) {
        return year + (half.group(3).equals("上") ? "-H1" : "-H2");
      }
    }
    // 2020年以来累计: a total since a year is not that year's figure.
    sentence = SINCE_YEAR.matcher(sentence).replaceAll("");
    List<DateResolver.Found> dates = DateResolver.find(sentence, base);
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

  private static final Pattern LEVEL_REACHED = Pattern.compile("(?:至|到)(?:约)?$");
  private static final Pattern HALF_YEAR = Pattern.compile("(?:((?:19|20)\\d{2})年|(今年|去年))?([上下])半年");
  private static final Pattern SINCE_YEAR = Pattern.compile("(?:19|20)\\d{2}年(?:以来|至今)");

  private static String basis(String before, String clause, String change, String unit) {
    if (before.endsWith("年均增长") || before.contains("年均增长") && change != null) {
      return "avg_annual_growth";
    }
    // 下降8.5%, 较往年增加: a decrease or an increase is a change like growth; 降至, 增长到 reach a level.
    if (change != null && !LEVEL_REACHED.matcher(before).find()) {
      return before.contains("同比") || before.contains("比上年") ? "yoy_growth" : "growth";
    }
    if (unit.equals("%") && (clause.contains("比重") || clause.contains("占比") || clause.contains("占"))) {
      return "share";
    }
    return "level";
  }

  /** The text of the clause that ends at the verb, without connectives, time words and regions before the metric. */
  private static String lastClause(String before, Set<String> places) {
    int from = -1;
    for (int k = before.length() - 1; k >= 0 && from < 0; k--) {
      from = "，。；：,;:—".indexOf(before.charAt(k)) >= 0 ? k : -1;
    }
    String clause = before.substring(from + 1);
    String previous;
    do {
      previous = clause;
      clause = LEADING.matcher(clause).replaceFirst("");
      // 江苏省集成电路产业规模: a province, city or county the tagger found, named first; 西班牙超市 is a shop.
      for (String p : places) {
        if (clause.startsWith(p)) {
          clause = clause.substring(p.length());
        }
      }
      Matcher province = PROVINCE.matcher(clause);
      if (clause.equals(previous) && province.lookingAt()) {
        clause = clause.substring(province.end());
      }
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
