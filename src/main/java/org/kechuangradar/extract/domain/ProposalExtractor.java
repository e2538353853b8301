package org.kechuangradar.extract.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.kechuangradar.extract.SentenceFacts;
import org.kechuangradar.lexicon.Industries;
import org.kechuangradar.lexicon.SpeechVerbs;
import org.kechuangradar.lexicon.Tsv;
import org.kechuangradar.model.Document;
import org.kechuangradar.model.Mention;
import org.kechuangradar.model.Person;
import org.kechuangradar.model.Proposal;
import org.kechuangradar.pipeline.Stage;

/**
 * Finds what deputies, members and experts propose: a person of the story before 建议, 呼吁 or 提出 (or before
 * 认为/表示 with an enumeration 一是…二是…), each recommendation split at 一是/二是 or at semicolons and full stops,
 * and their quoted words ({@code “…”宋向清说}) kept apart as quotes. One proposal per speaker and document.
 */
public final class ProposalExtractor implements Stage {
  private static final Pattern PROPOSING = Pattern.compile("^(?:[^，。；“”,]{0,30}?)("
      + SpeechVerbs.alternation(SpeechVerbs.Kind.PROPOSE, SpeechVerbs.Kind.OPINE, SpeechVerbs.Kind.FRAME) + ")[，：:,]?");
  // 她建议: a pronoun before a verb of proposing stands for the last person named.
  private static final Pattern PRONOUN = Pattern.compile("[他她](?="
      + SpeechVerbs.alternation(SpeechVerbs.Kind.PROPOSE, SpeechVerbs.Kind.OPINE) + ")");
  private static final Pattern SAID = Pattern.compile("[^，。,]{0,12}?("
      + SpeechVerbs.alternation(SpeechVerbs.Kind.SAY, SpeechVerbs.Kind.OPINE) + ")[。，,]");
  private static final Pattern SAID_THEN_PROPOSED = Pattern.compile("^(说|表示)[，,](?=建议|呼吁|提出)");
  private static final Pattern EDGES = Pattern.compile("^[，,：:]+|[；;。，,]+$");
  private static final Pattern OUGHT = Pattern.compile("(?<![主重必])要|(?<![响相反适供效])应(?![用对急])|需要|必须");
  private static final Pattern ENUMERATION = Pattern.compile("(?:首先|其次|再次|最后|[一二三四五六七八九十]是)[，,]?");
  // A quotation right before the speaker, or before the speaker's titles: “…”全国人大代表、…顾明轩说.
  private static final Pattern QUOTE_BEFORE = Pattern.compile("“([^“”]{4,})”[^“”。，,]{0,40}$");
  private static final Pattern MODAL = Pattern.compile("(?<![响相反适供效])应(?![用对急])|(?<![主重必])要|需|建议|加快|推动|加强|"
      + "完善|优化|支持|鼓励|探索|构建|建立|提高|严控|规范");

  private static final List<String> EXPERT_TITLES = Tsv.words("expert-titles");
  // 郝明金、何维…在座谈会上介绍调研成果，并就强化源头创新、推动低空经济高质量发展等，提出务实中肯的政策建议: what is
  // proposed is the list after 就, for every speaker of the list before it.
  private static final Pattern ABOUT = Pattern.compile("就([^。；“”]{4,240}?)等?[，,]?提出[^。，；]{0,12}建议");

  /** A speaker's proposal while it is read: {@code spans} cover all of it, {@code proposed} what follows the verbs. */
  private record Draft(String capacity, List<String> recommendations, List<String> quotes, List<int[]> spans,
      List<int[]> proposed) {}

  private record Turn(Person person, int start, int end) {}

  @Override
  public Document process(Document d) {
    Map<String, Person> people = new LinkedHashMap<>();
    for (Person p : d.extraction().people()) {
      people.put(p.name(), p);
    }
    Map<String, Draft> drafts = new LinkedHashMap<>();
    String text = d.text();
    List<Turn> turns = turns(d, people);
    // Paragraph ends found once, so that a text of one long paragraph is not scanned again for every turn.
    int[] breaks = IntStream.range(0, text.length()).filter(i -> text.charAt(i) == '\n').toArray();
    for (int t = 0; t < turns.size(); t++) {
      Turn turn = turns.get(t);
      Person person = turn.person();
      int next = Arrays.binarySearch(breaks, turn.end());
      next = next < 0 ? -next - 1 : next;
      int paragraphEnd = next < breaks.length ? breaks[next] : text.length();
      // What one turn says ends where the next one, in the same paragraph, begins.
      if (t + 1 < turns.size() && turns.get(t + 1).start() < paragraphEnd) {
        paragraphEnd = Math.max(turn.end(), turns.get(t + 1).start());
      }
      int previous = Arrays.binarySearch(breaks, turn.start());
      previous = previous < 0 ? -previous - 2 : previous;
      int paragraphStart = (previous < 0 ? -1 : breaks[previous]) + 1;
      // What one turn proposes is read within a page's length after the speaker.
      String after = text.substring(turn.end(), Math.min(paragraphEnd, turn.end() + 800));
      // A quotation is looked for just before the speaker, not across a whole long paragraph.
      paragraphStart = Math.max(paragraphStart, turn.start() - 200);
      Draft draft = drafts.computeIfAbsent(person.name(),
          n -> new Draft(capacity(person), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
      Matcher quote = QUOTE_BEFORE.matcher(text.substring(paragraphStart, turn.start()));
      if (quote.find() && SAID.matcher(after).lookingAt()) {
        draft.quotes().add(quote.group(1));
        draft.spans().add(new int[] {paragraphStart, paragraphEnd});
      }
      // “…”顾明轩说，建议…: what follows the verb of saying may still propose.
      after = SAID_THEN_PROPOSED.matcher(after).replaceFirst("");
      // 郝明金、何维…: a speaker in a list shares the sentence of the list's last speaker.
      int sentenceEnd = text.indexOf('。', turn.end());
      String sentence = after.startsWith("、") || after.startsWith("和")
          ? text.substring(turn.end(), sentenceEnd < 0 ? text.length() : sentenceEnd) : after;
      Matcher about = ABOUT.matcher(sentence.length() > 400 ? sentence.substring(0, 400) : sentence);
      if (about.find()) {
        List<String> items = new ArrayList<>();
        for (String item : about.group(1).split("、")) {
          add(items, item);
        }
        if (!items.isEmpty()) {
          draft.recommendations().addAll(items);
          draft.spans().add(new int[] {turn.start(), turn.end() + about.end()});
          draft.proposed().add(new int[] {turn.end(), turn.end() + about.end()});
          continue;
        }
      }
      Matcher verb = PROPOSING.matcher(after);
      if (!verb.find()) {
        continue;
      }
      String body = after.substring(verb.end());
      String v = verb.group(1);
      boolean office = draft.capacity().equals("office");
      boolean representative = !draft.capacity().equals("expert") && !office;
      boolean explicit = v.equals("建议") || v.equals("呼吁") || v.equals("提议") || v.equals("提出") && !office;
      if (office && !explicit) {
        continue;
      }
      boolean proposes = explicit || representative && OUGHT.matcher(body).find();
      boolean listed = body.contains("一是") || body.contains("首先");
      if (!listed && !proposes) {
        continue;
      }
      List<String> items = listed ? enumerated(body)
          : proposes ? clauses(body, explicit) : List.of();
      if (!items.isEmpty()) {
        draft.recommendations().addAll(items);
        draft.spans().add(new int[] {turn.start(), paragraphEnd});
        draft.proposed().add(new int[] {turn.end(), paragraphEnd});
      }
    }
    List<Proposal> out = new ArrayList<>();
    for (Map.Entry<String, Draft> e : drafts.entrySet()) {
      Draft draft = e.getValue();
      if (draft.recommendations().isEmpty()) {
        continue;
      }
      int start = draft.spans().stream().mapToInt(x -> x[0]).min().orElse(0);
      int end = draft.spans().stream().mapToInt(x -> x[1]).max().orElse(0);
      List<String> named = new ArrayList<>();
      for (int[] span : draft.proposed()) {
        SentenceFacts.mentions(d, span[0], span[1], Mention.Type.GOVERNMENT).stream()
            .filter(a -> !named.contains(a)).forEach(named::add);
      }
      for (String generic : List.of("地方政府", "中央政府", "政府")) {
        if (named.stream().noneMatch(a -> a.contains(generic))
            && draft.recommendations().stream().anyMatch(r -> r.contains(generic))) {
          named.add(generic);
          break;
        }
      }
      out.add(new Proposal(e.getKey(), draft.capacity(), named, Industries.of(String.join("", draft.recommendations())),
          draft.recommendations().stream().distinct().toList(), draft.quotes().stream().distinct().toList(), start, end));
    }
    return d.withExtraction(d.extraction().withDomain(d.extraction().domain().withProposals(out)));
  }

  /** Each place a person with a capacity speaks: their name, or 他/她 standing for the last one named. */
  private static List<Turn> turns(Document d, Map<String, Person> people) {
    List<Turn> turns = new ArrayList<>();
    List<Mention> named = d.extraction().entities().stream()
        .filter(m -> m.type() == Mention.Type.PERSON && people.containsKey(m.canonical())
            && capacity(people.get(m.canonical())) != null)
        .sorted((a, b) -> Integer.compare(a.start(), b.start())).toList();
    // The last one named at each offset, so that a pronoun finds the last one before it by one look-up.
    TreeMap<Integer, Mention> lastAt = new TreeMap<>();
    for (Mention m : named) {
      turns.add(new Turn(people.get(m.canonical()), m.start(), m.end()));
      lastAt.put(m.start(), m);
    }
    String text = d.text();
    for (int at = 0; at < text.length(); at++) {
      char c = text.charAt(at);
      if (c != '他' && c != '她' || !PRONOUN.matcher(text).region(at, text.length()).lookingAt()) {
        continue;
      }
      Map.Entry<Integer, Mention> last = lastAt.lowerEntry(at);
      if (last != null) {
        turns.add(new Turn(people.get(last.getValue().canonical()), at, at + 1));
      }
    }
    turns.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return turns;
  }

  /**
   * {@code deputy} for an NPC deputy, {@code member} for a CPPCC member, {@code expert} for a title of
   * {@code lexicon/expert-titles.tsv}, {@code office} for anyone else with a title (总书记, 部长).
   */
  static String capacity(Person p) {
    String all = String.join("|", p.positions());
    if (all.contains("人大代表") || all.equals("代表") || all.contains("|代表")) {
      return "deputy";
    }
    if (all.contains("政协委员") || all.equals("委员")) {
      return "member";
    }
    if (p.positions().isEmpty()) {
      return null;
    }
    for (String title : EXPERT_TITLES) {
      if (all.contains(title)) {
        return "expert";
      }
    }
    return "office";
  }

  /** 一是…；二是…: one item per marker, to the next marker. */
  private static List<String> enumerated(String body) {
    List<String> items = new ArrayList<>();
    Matcher m = ENUMERATION.matcher(body);
    int from = -1;
    while (m.find()) {
      if (from >= 0) {
        add(items, body.substring(from, m.start()));
      }
      from = m.end();
    }
    if (from >= 0) {
      add(items, body.substring(from));
    }
    return items;
  }

  /**
   * The clauses after the verb, split at semicolons and full stops: all of them after 建议, else those that
   * propose something (要, 应, 加快 …).
   */
  private static List<String> clauses(String body, boolean all) {
    List<String> items = new ArrayList<>();
    for (String part : body.split("[；;。]")) {
      String item = part.replaceFirst("^(同时|此外|另外|具体而言|具体来说)[，,]?", "");
      if (all || MODAL.matcher(item).find()) {
        add(items, item);
      }
    }
    return items;
  }

  private static void add(List<String> items, String raw) {
    String item = EDGES.matcher(raw.strip()).replaceAll("");
    if (item.length() >= 4) {
      items.add(item);
    }
  }
}
