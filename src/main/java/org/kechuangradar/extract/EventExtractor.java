package org.kechuangradar.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kechuangradar.model.Document;
import org.kechuangradar.model.Event;
import org.kechuangradar.model.Mention;
import org.kechuangradar.pipeline.Stage;
import org.kechuangradar.segment.Sentences;
import org.kechuangradar.time.Dates;

/**
 * Finds dated happenings: a sentence with a verb of the field (发布, 印发, 审议通过, 开工, 揭牌, 张榜, 召开, 举行 …)
 * and a date that resolves ({@code 同一日} takes the date before it). Dates after publication are targets,
 * not events. The region is the most specific division the sentence names; the actors are its bodies.
 */
public final class EventExtractor implements Stage {
  private static final String VERB_LIST = "审议通过|印发|发布|出台|公布|开始实施|施行|揭牌|挂牌|开工|上线|获批|批复|"
      + "通过验收|验收|签署|签约|召开|举行|举办|到访|考察|调研|设立|成立|张榜|揭榜|征集|入驻|启动|开幕|投产|投运|建成|审议|参加";
  private static final Pattern VERB = Pattern.compile(VERB_LIST);
  private static final List<String> VERBS = List.of(VERB_LIST.split("\\|"));
  private static final Cues CUES = new Cues(VERBS);

  @Override
  public Document process(Document d) {
    LocalDate published = Dates.day(d.published());
    List<Event> events = new ArrayList<>();
    String lastDate = null;
    String lastDay = null;
    for (Sentences.Sentence s : SentenceFacts.sentences(d.text())) {
      // Only a sentence with a verb of the field can hold an event; checking that first spares date parsing.
      if (!CUES.anyIn(s.text())) {
        continue;
      }
      String date = SentenceFacts.date(s.text(), published, lastDate, lastDay);
      Matcher verb = VERB.matcher(s.text());
      if (date == null || !verb.find()) {
        continue;
      }
      lastDate = date;
      lastDay = date.length() >= 10 ? date : lastDay;
      List<String> actors = SentenceFacts.mentions(d, s.start(), s.end(), Mention.Type.GOVERNMENT,
          Mention.Type.ORGANIZATION, Mention.Type.COMPANY);
      events.add(new Event(type(verb.group()), date, SentenceFacts.region(d, s.start(), s.end()), actors,
          summary(s.text(), verb.start()), s.text(), s.start(), s.end()));
    }
    return d.withExtraction(d.extraction().withEvents(events));
  }


  private static String type(String verb) {
    return switch (verb) {
      case "审议通过", "审议" -> "adopted";
      case "印发", "发布", "出台", "公布" -> "issued";
      case "开始实施", "施行" -> "in_force";
      case "揭牌", "挂牌", "上线", "开幕", "投运" -> "opened";
      case "开工" -> "started";
      case "获批", "批复" -> "approved";
      case "通过验收", "验收" -> "accepted";
      case "签署", "签约" -> "signed";
      case "召开", "举行", "举办", "参加" -> "meeting";
      case "到访", "考察", "调研" -> "visit";
      case "设立", "成立", "启动" -> "established";
      case "张榜", "揭榜", "征集" -> "call";
      case "入驻" -> "settled";
      default -> "built";
    };
  }

  /** The clause around the verb, as a one-line summary. */
  private static String summary(String sentence, int verbAt) {
    int start = verbAt;
    while (start > 0 && "，。；,;".indexOf(sentence.charAt(start - 1)) < 0) {
      start--;
    }
    int end = verbAt;
    while (end < sentence.length() && "，。；,;".indexOf(sentence.charAt(end)) < 0) {
      end++;
    }
    String clause = sentence.substring(start, end).strip();
    return clause.length() > 80 ? clause.substring(0, 80) + "…" : clause;
  }
}
