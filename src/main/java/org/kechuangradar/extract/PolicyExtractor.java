package org.kechuangradar.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.kechuangradar.lexicon.Industries;
import org.kechuangradar.lexicon.LawNames;
import org.kechuangradar.lexicon.PolicyKinds;
import org.kechuangradar.lexicon.RegionGazetteer;
import org.kechuangradar.lexicon.StageVerbs;
import org.kechuangradar.lexicon.WorkNouns;
import org.kechuangradar.model.Document;
import org.kechuangradar.model.Evidence;
import org.kechuangradar.model.Mention;
import org.kechuangradar.model.Policy;
import org.kechuangradar.model.PolicyStatus;
import org.kechuangradar.model.RegionLevel;
import org.kechuangradar.pipeline.Stage;
import org.kechuangradar.segment.Sentences;
import org.kechuangradar.time.DateBase;
import org.kechuangradar.time.DateResolver;

/**
 * Finds policy documents named in 《》: tells them from article, book and report titles by their closing
 * word (意见, 方案, 计划, 措施 …; a title with a colon is a headline), and reads the issuers (the bodies in
 * the clause before 发布, 印发, 审议通过 …), the date (the last date before the title in its sentence), the
 * region (of the issuer, else the one the title starts with), the period, the status and the industries.
 */
public final class PolicyExtractor implements Stage {
  private static final Pattern TITLE = Pattern.compile("《([^《》]{2,80})》");
  private static final Pattern KIND = Pattern.compile("(" + PolicyKinds.alternation() + ")$");
  private static final Pattern TRAILING_NOTE = Pattern.compile("[（(][^（()）]*[)）]$");
  private static final Pattern PERIOD = Pattern.compile("((?:19|20)\\d{2})\\s*[—–\\-~至到]+\\s*((?:19|20)\\d{2})");
  private static final int LOOK_BACK = 400;
  /**
   * A meeting's report tells what it did sentence by sentence, each starting with 会议 (会议指出…, 会议研究…,
   * 会议审议通过…): its day may lie many sentences before.
   */
  private static final int MEETING_LOOK_BACK = 3000;
  // （以下简称实施方案） without the title marks.
  private static final Pattern ALIAS = Pattern.compile("[（(]以下简称[“\"]?([^《》（）()“”\"]{2,12})[”\"]?[）)]");
  private static final Map<String, PolicyStatus> STATUS_VERBS = StageVerbs.get().policyVerbs().stream()
      .collect(Collectors.toMap(StageVerbs.Verb::word, StageVerbs.Verb::status));
  private static final Pattern VERB = Pattern.compile(StageVerbs.get().policyVerbs().stream()
      .map(v -> Pattern.quote(v.word())).collect(Collectors.joining("|")));

  @Override
  public Document process(Document d) {
    String text = d.text();
    DateBase base = SentenceFacts.dateBase(d);
    Map<String, Policy> byTitle = new LinkedHashMap<>();
    List<Mention> mentions = new ArrayList<>();
    Matcher m = TITLE.matcher(text);
    String lastFull = null;
    while (m.find()) {
      String title = m.group(1).strip();
      String core = TRAILING_NOTE.matcher(title).replaceAll("").strip();
      Matcher kind = KIND.matcher(core);
      if (!kind.find() || title.contains(":") || title.contains("：") || title.contains("——")
          || namesAWork(text, m.start(), m.end())) {
        continue;
      }
      // 《意见》, 以下简称《实施方案》: a short name of the policy named before it, not a policy of its own.
      boolean shortName = PolicyKinds.isBare(core)
          || text.substring(Math.max(0, m.start() - 6), m.start()).contains("简称");
      if (shortName) {
        if (lastFull != null) {
          mentions.add(new Mention(title, Mention.Type.POLICY, lastFull, m.start() + 1, m.end() - 1));
        }
        continue;
      }
      lastFull = title;
      Matcher alias = ALIAS.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 24));
      if (alias.lookingAt()) {
        mentions.add(new Mention(alias.group(1), Mention.Type.POLICY, title, alias.start(1), alias.end(1)));
      }
      byTitle.merge(title, policy(d, base, title, core, kind.group(1), m.start(), m.end()), PolicyExtractor::fill);
      mentions.add(new Mention(title, Mention.Type.POLICY, title, m.start() + 1, m.end() - 1));
    }
    // Laws and regulations named without 《》: 通过了新修订的野生动物保护法、预备役人员法.
    for (Sentences.Sentence s : SentenceFacts.sentences(text)) {
      for (LawNames.Found f : LawNames.in(s.text())) {
        int start = s.start() + f.start();
        int end = s.start() + f.end();
        // 《中华人民共和国民法典》 named before: 民法典 is its short name.
        if (byTitle.keySet().stream().noneMatch(t -> t.endsWith(f.name()))) {
          byTitle.put(f.name(), policy(d, base, f.name(), f.name(), f.kind(), start, end));
          mentions.add(new Mention(f.name(), Mention.Type.POLICY, f.name(), start, end));
        }
      }
    }
    return d.withExtraction(d.extraction().withPolicies(new ArrayList<>(byTitle.values())).withEntities(mentions));
  }

  /** The policy named at {@code start}–{@code end} (the title with its marks, if any): issuers, date, region … */
  private static Policy policy(Document d, DateBase base, String title, String core, String kindWord,
      int start, int end) {
    String text = d.text();
    int sentenceStart = lastIndexOfAny(text, "。！？\n", start) + 1;
    int clauseStart = lastIndexOfAny(text, "。！？\n，,；", start) + 1;
    String clause = text.substring(clauseStart, start);
    String after = text.substring(end, Math.min(text.length(), end + 6));
    List<String> issuers = SentenceFacts.inside(d, clauseStart, start).stream()
        .filter(b -> b.type() == Mention.Type.GOVERNMENT || b.type() == Mention.Type.ORGANIZATION)
        .map(Mention::canonical).distinct().toList();
    String dateBefore = null;
    String dayBefore = null;
    // 同期 and 同日 refer back to the last date of month precision or finer in the text just before (同日 to
    // the last full day), not to a year such as 2024年度.
    String head = text.substring(sentenceStart, start);
    // A sentence of a meeting's report that starts with 会议 (会议表决通过了…) tells what the meeting did, on its day.
    if (head.indexOf('同') >= 0 || head.indexOf('当') >= 0 || head.startsWith("会议")) {
      int before = Math.max(0, sentenceStart - lookBack(head));
      for (DateResolver.Found f : DateResolver.find(text.substring(before, sentenceStart), base)) {
        dateBefore = f.iso().length() >= 7 ? f.iso() : dateBefore;
        dayBefore = f.iso().length() >= 10 ? f.iso() : dayBefore;
      }
    }
    List<DateResolver.Found> dates = DateResolver.find(text.substring(sentenceStart, start), base,
        dateBefore, dayBefore);
    String date = dates.isEmpty() ? null : dates.get(dates.size() - 1).iso();
    if (date == null && head.startsWith("会议")) {
      // 会议经表决，通过了…: the meeting's day, and its bodies (十三届全国人大常委会第三十八次会议30日闭幕) as issuers.
      date = dayBefore;
      if (issuers.isEmpty() && date != null) {
        issuers = meetingBodies(d, sentenceStart, base);
      }
    }
    String kind = kindWord.endsWith("报告") ? "报告" : kindWord;
    PolicyStatus status = status(clause + "|" + after);
    return new Policy(title, kind, issuers, date, region(issuers, core), period(title), status, Industries.of(title),
        text.substring(sentenceStart, endOfSentence(text, end)), confidence(issuers, date, status));
  }

  /**
   * How sure the title names a policy, with its region and date: an issuer named before it (whose region is the
   * policy's), its own date, and a verb of issue or adoption beside it. How it was named is no evidence: a law named
   * without 《》 is one the law-name list knows, and on the studied stories those were right as often as titles in 《》.
   */
  private static double confidence(List<String> issuers, String date, PolicyStatus status) {
    return Evidence.confidence(Evidence.of(1, !issuers.isEmpty()), Evidence.of(1, date != null),
        Evidence.of(1, status != null));
  }

  private static int lookBack(String head) {
    return head.startsWith("会议") ? MEETING_LOOK_BACK : LOOK_BACK;
  }

  /** The government bodies of the last sentence before {@code sentenceStart} (within reach) that holds a day. */
  private static List<String> meetingBodies(Document d, int sentenceStart, DateBase base) {
    String text = d.text();
    int before = Math.max(0, sentenceStart - MEETING_LOOK_BACK);
    List<DateResolver.Found> days = DateResolver.find(text.substring(before, sentenceStart), base).stream()
        .filter(f -> f.iso().length() >= 10).toList();
    if (days.isEmpty()) {
      return List.of();
    }
    int at = before + days.get(days.size() - 1).start();
    int from = lastIndexOfAny(text, "。！？\n", at) + 1;
    return SentenceFacts.inside(d, from, at).stream().filter(b -> b.type() == Mention.Type.GOVERNMENT)
        .map(Mention::canonical).distinct().toList();
  }

  /**
   * Whether the words around the title say it names a work, not a policy: 电视剧《…》, 纪录片《…》, 出版《…》,
   * 署名文章《…》 (a word of {@code lexicon/work-nouns.tsv} just before it, perhaps with 的 or a quote mark between),
   * or 《…》杂志, 《…》节目 just after it.
   */
  static boolean namesAWork(String text, int open, int close) {
    String before = text.substring(Math.max(0, open - 8), open).replaceAll("[的“”\"\s]+$", "");
    String after = text.substring(close, Math.min(text.length(), close + 4));
    return WorkNouns.endsWithOne(before) || WorkNouns.startsWithOne(after);
  }

  /** The first mention's facts, with gaps filled from a later mention of the same title. */
  private static Policy fill(Policy first, Policy later) {
    List<String> issuers = first.issuers().isEmpty() ? later.issuers() : first.issuers();
    String date = first.date() != null ? first.date() : later.date();
    String region = first.region() != null ? first.region() : later.region();
    PolicyStatus status = first.status() != null ? first.status() : later.status();
    return new Policy(first.title(), first.kind(), issuers, date, region, first.period(), status, first.topics(),
        first.sentence(), confidence(issuers, date, status));
  }

  /** The region whose government issued it: an issuer's region, else the region the title starts with. */
  private static String region(List<String> issuers, String title) {
    RegionGazetteer gazetteer = RegionGazetteer.get();
    for (String candidate : concat(issuers, title)) {
      RegionGazetteer.Form f = gazetteer.longestAt(candidate, 0);
      if (f != null && f.divisions().size() == 1 && f.divisions().get(0).level() != RegionLevel.COUNTRY
          && f.divisions().get(0).level() != RegionLevel.AREA) {
        return f.divisions().get(0).name();
      }
    }
    return null;
  }

  private static List<String> concat(List<String> issuers, String title) {
    List<String> all = new ArrayList<>(issuers);
    all.add(title);
    return all;
  }

  private static Policy.Period period(String title) {
    Matcher m = PERIOD.matcher(title);
    return m.find() ? new Policy.Period(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))) : null;
  }

  private static PolicyStatus status(String around) {
    Matcher m = VERB.matcher(around);
    PolicyStatus status = null;
    while (m.find()) {
      status = STATUS_VERBS.get(m.group());
    }
    return status;
  }

  private static int lastIndexOfAny(String text, String chars, int before) {
    for (int i = before - 1; i >= 0; i--) {
      if (chars.indexOf(text.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  private static int endOfSentence(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      if ("。！？\n".indexOf(text.charAt(i)) >= 0) {
        return i + 1;
      }
    }
    return text.length();
  }
}
