package org.kechuangradar.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kechuangradar.lexicon.StageVerbs;
import org.kechuangradar.model.Document;
import org.kechuangradar.model.Event;
import org.kechuangradar.model.EventType;
import org.kechuangradar.model.Mention;
import org.kechuangradar.pipeline.Stage;
import org.kechuangradar.segment.Sentences;
import org.kechuangradar.time.PartialDate;

/**
 * Finds dated happenings: a sentence with a verb of the field (发布, 印发, 审议通过, 开工, 揭牌, 张榜, 召开, 举行 …)
 * and a date that resolves ({@code 同一日} takes the date before it). Dates after publication are targets,
 * not events. The region is the most specific division the sentence names; the actors are its bodies.
 */
public final class EventExtractor implements Stage {
  private static final List<StageVerbs.Verb> VERBS = StageVerbs.get().eventVerbs();
  private static final Pattern VERB = Pattern.compile(String.join("|", VERBS.stream().map(StageVerbs.Verb::word).toList()));
  private static final Cues CUES = new Cues(VERBS.stream().map(StageVerbs.Verb::word).toList());

  @Override
  public Document process(Document d) {
    LocalDate published = PartialDate.dayOf(d.published());
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


  private static EventType type(String verb) {
    return VERBS.stream().filter(v -> v.word().equals(verb)).findFirst().orElseThrow().event();
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
