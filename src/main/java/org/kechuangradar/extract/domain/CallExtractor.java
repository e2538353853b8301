package org.kechuangradar.extract.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kechuangradar.extract.Cues;
import org.kechuangradar.extract.SentenceFacts;
import org.kechuangradar.lexicon.Tsv;
import org.kechuangradar.model.Call;
import org.kechuangradar.model.Document;
import org.kechuangradar.model.Evidence;
import org.kechuangradar.model.Mention;
import org.kechuangradar.pipeline.Stage;
import org.kechuangradar.segment.Sentences;
import org.kechuangradar.time.DateBase;
import org.kechuangradar.time.DateResolver;

/**
 * Finds project calls and competitions: a sentence that publishes or opens one (张榜公布, 发布, 启动, 征集 with
 * 揭榜挂帅, 专项, 大赛 …), its name as written, the issuing body, date and batch (第二批), the number of projects
 * by category from it and the next sentences (共有9项，其中…类7项), who may apply (面向…) and the deadline.
 */
public final class CallExtractor implements Stage {
  private static final Pattern OPENING = Pattern.compile(
      "(张榜公布了?|张榜|发布了?|公布了?|启动了?|开展了?|举办了?|组织了?|印发了?)([^，。；,;]{2,60}?(项目|榜单|大赛|挑战赛|竞赛|指南|通知))");
  // 第九届“…创新创业大赛”启动报名: a competition named before the verb that opens it.
  private static final Pattern COMPETITION = Pattern.compile(
      "((?:第[一二三四五六七八九十\\d]+届)?“?[\\p{IsHan}A-Za-z0-9]{2,30}?(?:大赛|挑战赛|竞赛)”?)(?:正式)?(?:启动|开幕|开赛|报名|举行|举办|共吸引|吸引)");
  private static final Pattern KIND = Pattern.compile(String.join("|", Tsv.wordsLongestFirst("call-kinds")));
  private static final String OPENING_FIRST_CHARS = "张发公启开举组印";
  // The words a call is named by; checking them first spares the patterns on most sentences.
  private static final Cues CUES = new Cues(java.util.stream.Stream.concat(Tsv.words("call-kinds").stream(),
      java.util.stream.Stream.of("遴选")).toList());
  private static final String OBJECTS = String.join("|", Tsv.wordsLongestFirst("call-objects"));
  // 征集算力应用创新项目已超过5000个, 遴选不少于100个平台资源开放场景试点项目.
  private static final Pattern SOLICIT = Pattern.compile("(征集|遴选)(?:了)?(?:不少于|超过|近|约)?(?:(\\d+)[多余]?[个项件])?"
      + "([\\p{IsHan}A-Za-z]{2,20}?(?:" + OBJECTS + "))(?![\\p{IsHan}]{0,2}(?:意见|建议))"
      + "(?:[^，。；\\d]{0,6}?(?:超过|达到?|共|近)(\\d+)[多余]?[个项件])?");
  // 创业大赛共吸引…7406个创业项目…参赛: the entries a competition drew.
  private static final Pattern ENTRIES = Pattern.compile("(?:吸引|收到|征集到?)[^。；]{0,30}?(\\d+)[多余]?个[\\p{IsHan}]{0,6}项目[^。；]{0,20}?(?:参赛|报名|参加)");
  private static final Pattern BATCH = Pattern.compile("第([一二三四五六七八九十\\d]+)批");
  private static final Pattern TOTAL = Pattern.compile("(?:共有|共计|合计|共)(\\d+)(?:项|个)");
  private static final Pattern CATEGORY = Pattern.compile("([\\p{IsHan}]{2,20}?类)(\\d+)(?:项|个)");
  private static final Pattern ELIGIBLE = Pattern.compile("面向([^，。；]{2,20}?)(?:广泛|公开)?(?:征集|遴选|招募|发布)");
  private static final Pattern DEADLINE = Pattern.compile("(?:截止|截至)(?:日期|时间)?(?:为|到)?((?:\\d{4}年)?\\d{1,2}月\\d{1,2}日)");

  @Override
  public Document process(Document d) {
    DateBase base = SentenceFacts.dateBase(d);
    List<Sentences.Sentence> sentences = SentenceFacts.sentences(d.text());
    List<Call> out = new ArrayList<>();
    for (int k = 0; k < sentences.size(); k++) {
      Sentences.Sentence s = sentences.get(k);
      if (!CUES.anyIn(s.text())) {
        continue;
      }
      Matcher kind = KIND.matcher(s.text());
      Matcher opening = OPENING.matcher(s.text());
      Matcher competition = COMPETITION.matcher(s.text());
      String name;
      int nameAt;
      List<Call.ProjectCount> projects = null;
      if (kind.find() && opensAt(opening, s.text()) && KIND.matcher(opening.group(2)).find()) {
        name = opening.group(2);
        nameAt = opening.start();
      } else if ((s.text().contains("大赛") || s.text().contains("挑战赛") || s.text().contains("竞赛"))
          && competition.find()) {
        name = competition.group(1).replaceAll("^[“”]|[“”]$", "");
        nameAt = competition.start();
      } else if ((s.text().contains("征集") || s.text().contains("遴选")) && solicited(s.text()) != null) {
        Matcher solicit = solicited(s.text());
        name = solicit.group(3);
        nameAt = solicit.start();
        String count = solicit.group(2) != null ? solicit.group(2) : solicit.group(4);
        projects = count == null ? List.of() : List.of(new Call.ProjectCount(null, Integer.parseInt(count)));
      } else {
        continue;
      }
      List<String> issuers = SentenceFacts.mentions(d, s.start(), s.start() + nameAt, Mention.Type.GOVERNMENT,
          Mention.Type.ORGANIZATION);
      Matcher batch = BATCH.matcher(name);
      String following = s.text() + (k + 1 < sentences.size() ? sentences.get(k + 1).text() : "")
          + (k + 2 < sentences.size() ? sentences.get(k + 2).text() : "");
      Matcher eligible = ELIGIBLE.matcher(following);
      Matcher deadline = DEADLINE.matcher(following);
      String due = deadline.find() ? dateOf(deadline.group(1), base) : null;
      String date = SentenceFacts.date(s.text(), base, null);
      List<Call.ProjectCount> counted = projects != null ? projects : entries(name, following);
      // A call is surer named by a kind of call (揭榜挂帅, 专项, 大赛), with an issuer, a date and projects of its own.
      double confidence = Evidence.confidence(Evidence.of(2, KIND.matcher(name).find()),
          Evidence.of(1, !issuers.isEmpty()), Evidence.of(1, date != null), Evidence.of(1, !counted.isEmpty()));
      out.add(new Call(name, kindOf(name), issuers.isEmpty() ? null : issuers.get(0), date,
          batch.find() ? batch.group() : null, counted, eligible.find() ? eligible.group(1) : null, due, confidence));
    }
    return d.withExtraction(d.extraction().withDomain(d.extraction().domain().withCalls(out)));
  }

  /** The object a sentence solicits or selects, with a count before it (不少于100个) or after it (已超过5000个). */
  private static Matcher solicited(String sentence) {
    Matcher m = SOLICIT.matcher(sentence);
    return m.find() ? m : null;
  }

  /**
   * The projects of a competition, when the next words count its entries (共吸引…7406个创业项目…参赛), else those
   * {@link #projects} finds.
   */
  private static List<Call.ProjectCount> entries(String name, String text) {
    if (kindOf(name).equals("competition")) {
      Matcher e = ENTRIES.matcher(text);
      if (e.find()) {
        return List.of(new Call.ProjectCount(null, Integer.parseInt(e.group(1))));
      }
    }
    return projects(text);
  }

  /** Whether the opening pattern matches at some verb of the sentence; tried only where such a verb starts. */
  private static boolean opensAt(Matcher opening, String sentence) {
    for (int i = 0; i < sentence.length(); i++) {
      if (OPENING_FIRST_CHARS.indexOf(sentence.charAt(i)) >= 0 && opening.region(i, sentence.length()).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  private static String dateOf(String written, DateBase base) {
    List<DateResolver.Found> found = DateResolver.find(written, base);
    return found.isEmpty() ? null : found.get(0).iso();
  }

  private static String kindOf(String name) {
    if (name.contains("揭榜挂帅") || name.contains("揭榜")) {
      return "揭榜挂帅";
    }
    if (name.contains("大赛") || name.contains("挑战赛") || name.contains("竞赛")) {
      return "competition";
    }
    return name.contains("专项") ? "major_project" : "call";
  }

  /** Projects by category (…类7项) when the text breaks them down, else the total (共有9项). */
  private static List<Call.ProjectCount> projects(String text) {
    List<Call.ProjectCount> out = new ArrayList<>();
    Matcher c = CATEGORY.matcher(text);
    while (c.find()) {
      String category = c.group(1).replaceFirst("^(其中|包括|分别为|含)", "");
      out.add(new Call.ProjectCount(category, Integer.parseInt(c.group(2))));
    }
    if (out.isEmpty()) {
      Matcher t = TOTAL.matcher(text);
      if (t.find()) {
        out.add(new Call.ProjectCount(null, Integer.parseInt(t.group(1))));
      }
    }
    return out;
  }
}
