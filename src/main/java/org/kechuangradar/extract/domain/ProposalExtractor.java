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
import org.kechuangradar.model.Evidence;
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
  // 带来的建议之一: a verb of proposing after 的 or before 之一 is a noun, and proposes nothing in itself.
  private static final Pattern PROPOSING = Pattern.compile("^(?:[^，。；“”,]{0,30}?)(?<!的)("
      + SpeechVerbs.alternation(SpeechVerbs.Kind.PROPOSE, SpeechVerbs.Kind.OPINE, SpeechVerbs.Kind.FRAME)
      + ")(?!之一)[，：:,]?");
  // 她建议: a pronoun before a verb of proposing stands for the last person named.
  private static final Pattern PRONOUN = Pattern.compile("[他她](?="
      + SpeechVerbs.alternation(SpeechVerbs.Kind.PROPOSE, SpeechVerbs.Kind.OPINE) + ")");
  private static final Pattern SAID = Pattern.compile("[^，。,]{0,12}?("
      + SpeechVerbs.alternation(SpeechVerbs.Kind.SAY, SpeechVerbs.Kind.OPINE) + ")[。，,]");
  private static final Pattern SAID_THEN_PROPOSED = Pattern.compile("^(说|表示)[，,](?=建议|呼吁|提出)");
  private static final Pattern EDGES = Pattern.compile("^[，,：:]+|[；;。，,]+$");
  private static final Pattern ENUMERATION = Pattern.compile("(?:首先|其次|再次|最后|[一二三四五六七八九十]是)[，,]?");
  // A quotation right before the speaker, or before the speaker's titles: “…”全国人大代表、…顾明轩说.
  private static final Pattern QUOTE_BEFORE = Pattern.compile("“([^“”]{4,})”[^“”。，,]{0,40}$");
  private static final Pattern MODAL = Pattern.compile("(?<![响相反适供效])应(?![用对急])|(?<![主重必])要|需|建议|加快|推动|加强|"
      + "完善|优化|支持|鼓励|探索|构建|建立|提高|严控|规范");

  private static final Pattern MEASURE_AFTER_COMMA = Pattern.compile("[，,](?=(?:要|应|应当|并)?(?:"
      + String.join("|", Tsv.wordsLongestFirst("measure-verbs")) + "))");
  private static final Pattern OUGHT_MEASURE = Pattern.compile("(?<!更|更加|越发|越来越)(?:应当|应该|(?<![响相反适供效])应|(?<![主重必需])要|需要|必须|亟需)"
      + "(?:进一步|持续|继续|更加|大力|着力|尽快)?(?:" + String.join("|", Tsv.wordsLongestFirst("measure-verbs")) + ")");
  private static final Pattern SHOULD = Pattern.compile("(?<![主重必需都也更])要|(?<![响相反适供效])应(?![用对急])|必须");
  private static final Pattern OTHERS_LEAD = Pattern.compile("表示|说|大家|他们|代表们|委员们|与会");
  private static final List<String> EXPERT_TITLES = Tsv.words("expert-titles");
  // 秘书长, 发言人, 部长, 总统, 主席 …: a title of an office; its holder directs or announces, and proposes nothing.
  private static final Pattern OFFICIAL = Pattern.compile("秘书长|发言人|部长|总统|主席|官员|总理|首相|大使|专员|委员长|书记|"
      + "省长|市长|州长|县长|局长|厅长|司长|署长|特使|代表团团长|国务卿|外长");
  // 民建中央主席 or 全国工商联主席 at a consultation of the CPPCC: what they put forward (就…提出建议) is a proposal.
  private static final Pattern PARTY_LEADER =
      Pattern.compile(String.join("|", Tsv.wordsLongestFirst("consultative-parties")));
  // 欧盟委员会委员: 委员 of a commission's name is an office, not a member of the CPPCC.
  private static final Pattern COMMISSION_MEMBER = Pattern.compile("委员会(?:[^，。、；]{0,6})?委员[^，。、；]{0,4}$");
  // 郝明金、何维…在座谈会上介绍调研成果，并就强化源头创新、推动低空经济高质量发展等，提出务实中肯的政策建议: what is
  // proposed is the list after 就, for every speaker of the list before it.
  private static final Pattern ABOUT = Pattern.compile("就([^。；“”]{4,240}?)等?[，,]?提出[^。，；]{0,12}建议");

  /**
   * A speaker's proposal while it is read: {@code spans} cover all of it, {@code proposed} what follows the verbs;
   * {@code explicit} per turn that proposed, whether a verb of proposing said so (建议, 呼吁, 就…提出建议) rather than
   * what ought to be done.
   */
  private record Draft(String capacity, List<String> recommendations, List<String> quotes, List<int[]> spans,
      List<int[]> proposed, List<Boolean> explicit) {}

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
          n -> new Draft(capacity(person), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
              new ArrayList<>()));
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
      if (draft.capacity().equals("member") && commissionMember(text, turn)) {
        continue;
      }
      boolean partyLeader = PARTY_LEADER.matcher(String.join("|", person.positions())).find();
      if (draft.capacity().equals("office") && !partyLeader) {
        continue;
      }
      Matcher about = ABOUT.matcher(sentence.length() > 400 ? sentence.substring(0, 400) : sentence);
      if (about.find()) {
        List<String> items = new ArrayList<>();
        // 大家就…提出了意见建议: others proposed, not the speaker; 就这个问题: a reference holds no proposal.
        String lead = sentence.substring(0, about.start());
        for (String item : OTHERS_LEAD.matcher(lead).find() ? new String[0] : about.group(1).split("、")) {
          if (!item.isEmpty() && "这该此".indexOf(item.charAt(0)) < 0) {
            add(items, item);
          }
        }
        if (!items.isEmpty()) {
          draft.recommendations().addAll(items);
          draft.spans().add(new int[] {turn.start(), turn.end() + about.end()});
          draft.proposed().add(new int[] {turn.end(), turn.end() + about.end()});
          draft.explicit().add(true);
          continue;
        }
      }
      Matcher verb = PROPOSING.matcher(after);
      if (!verb.find()) {
        continue;
      }
      String body = after.substring(verb.end());
      String v = verb.group(1);
      // A holder of an office (部长, 总统) directs, asks or announces; what is proposed comes from deputies, members and
      // experts, so an office's 建议 or 呼吁 is no proposal (their 就…提出建议 at a forum is read above).
      if (draft.capacity().equals("office")) {
        continue;
      }
      boolean explicit = v.equals("建议") || v.equals("呼吁") || v.equals("提议") || v.equals("提出");
      // 认为 or 表示 proposes when what follows says a measure ought to be taken (认为，应加快…); 认为…更加需要合作 (a
      // comparison) or …需要心无旁骛 comments on the world.
      // A deputy or member who says what should be done (高校要走融合创新之路) proposes it; 都要纯手工完成 (all take) and 需要
      // 心无旁骛 (it takes) describe.
      String head = body.length() > 300 ? body.substring(0, 300) : body;
      boolean proposes = explicit || OUGHT_MEASURE.matcher(head).find()
          || !draft.capacity().equals("expert") && SHOULD.matcher(head).find();
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
        draft.explicit().add(explicit);
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
      // A proposal is surer said with a verb of proposing, by a deputy or a member, to bodies it names.
      double confidence = Evidence.confidence(Evidence.of(2, draft.explicit().contains(true)),
          Evidence.of(1, draft.capacity().equals("deputy") || draft.capacity().equals("member")),
          Evidence.of(1, !named.isEmpty()));
      out.add(new Proposal(e.getKey(), draft.capacity(), named, Industries.of(String.join("", draft.recommendations())),
          draft.recommendations().stream().distinct().toList(), draft.quotes().stream().distinct().toList(), start, end,
          confidence));
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
    // 委员 or 常委 alone before a name, as at a session of the CPPCC, is a member (政治局常委 is an office).
    if (all.contains("政协委员") || all.equals("委员") || all.equals("常委")) {
      return "member";
    }
    if (p.positions().isEmpty()) {
      return null;
    }
    // 联合国秘书长, 外交部发言人, 欧盟委员会委员 …: a title of an office outweighs any other, so that 秘书长 is no expert.
    if (OFFICIAL.matcher(all).find()) {
      return "office";
    }
    for (String title : EXPERT_TITLES) {
      if (all.contains(title)) {
        return "expert";
      }
    }
    return "office";
  }

  /**
   * 欧盟委员会委员 or 委员会委员 before the name, in a story that never names the CPPCC (政协): the bare 委员 is a
   * commission's, not a member's.
   */
  private static boolean commissionMember(String text, Turn turn) {
    if (text.contains("政协")) {
      return false;
    }
    String before = text.substring(Math.max(0, turn.start() - 20), turn.start());
    return COMMISSION_MEMBER.matcher(before).find() || before.endsWith("委员会委员");
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
        // 加快建设算力枢纽，完善数据市场规则: each clause a verb of a measure opens is a recommendation of its own.
        for (String one : MEASURE_AFTER_COMMA.split(item)) {
          add(items, one);
        }
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
