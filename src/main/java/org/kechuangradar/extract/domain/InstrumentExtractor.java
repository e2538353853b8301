package org.kechuangradar.extract.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kechuangradar.extract.SentenceFacts;
import org.kechuangradar.lexicon.Tsv;
import org.kechuangradar.lexicon.WordBoundaries;
import org.kechuangradar.model.Amount;
import org.kechuangradar.model.Document;
import org.kechuangradar.model.Evidence;
import org.kechuangradar.model.Mention;
import org.kechuangradar.model.Instrument;
import org.kechuangradar.model.InstrumentKind;
import org.kechuangradar.model.Policy;
import org.kechuangradar.model.Quantity;
import org.kechuangradar.pipeline.Stage;
import org.kechuangradar.segment.Occurrences;
import org.kechuangradar.segment.Sentences;
import org.kechuangradar.segment.SpanIndex;

/**
 * Finds policy instruments by the words that name them (算力券, 补贴, 奖励, 首台套, 绿色通道, 负面清单, 开放…场景 …)
 * with their terms from the same clause: an amount or a cap (最高可达1亿元), the target group (对…企业), conditions
 * (符合…, 经认定…), the policy the sentence or paragraph names and its region. What deputies and experts propose
 * is a proposal, not an instrument, so their recommendations and quotes are skipped.
 */
public final class InstrumentExtractor implements Stage {
  // The instrument words of lexicon/instrument-words.tsv, one named group per kind.
  private static final List<String[]> WORDS = Tsv.rows("instrument-words");
  private static final Pattern INSTRUMENT = Pattern.compile(String.join("|", java.util.stream.IntStream
      .range(0, WORDS.size()).mapToObj(k -> "(?<row" + k + ">" + WORDS.get(k)[1] + ")").toList()));
  // Words every instrument contains; most sentences have none and skip the large expression.
  private static final List<String> CUES = WORDS.stream().flatMap(w -> java.util.Arrays.stream(w[2].split(","))).toList();
  // The characters the cues contain: a clause with none of them holds no instrument.
  private static final java.util.BitSet CUE_CHARS = new java.util.BitSet(0x10000);

  static {
    CUES.forEach(cue -> cue.chars().forEach(CUE_CHARS::set));
  }
  // The longest modifier a name takes before its instrument word.
  private static final int MODIFIER = 10;
  private static final java.util.Set<String> VERBS = java.util.Set.copyOf(Tsv.words("instrument-verbs"));
  // Quotes, a count (77项) and the particle 的 at the edges of a name are no part of it.
  private static final Pattern NAME_EDGES = Pattern.compile("^(?:[“”\"]|\\d+[多余]?[项个类条种批]|一系列|一批|多项|各项)+|[“”\"]+$");
  private static final Pattern NAMED_BY = Pattern.compile("大会|会议|委员会|办公室|典礼");
  // The bare words that say only that money is given, not which money.
  private static final java.util.Set<String> GENERIC = java.util.Set.of("补贴", "补助", "资助", "奖励", "奖补");
  // 一是扩大…基金规模: the recommendation is the words after the marker.
  private static final Pattern ENUMERATED = Pattern.compile("^(?:[一二三四五六七八九十]是|首先|其次|再次|最后)[，,]?");
  private static final Pattern COMMA_EDGES = Pattern.compile("^[，,]|[，,]$");
  private static final Pattern CAPPING = Pattern.compile("最高|不超过|最多");
  private static final Pattern TARGET = Pattern.compile("对([^，。；]{2,30}?(?:企业|单位|机构|团队|项目|人才|高校))");
  // 为小微企业提供贴息, 消费者购买新能源汽车可获补贴: who the measure is for, when no 对… names it.
  private static final Pattern BENEFICIARY = Pattern.compile("(?:[^，。；、为向给对的]{0,6}?)(?:"
      + String.join("|", Tsv.wordsLongestFirst("beneficiaries")) + ")");
  // 全国, 各地, 多省: a measure of the nation or of many provinces is pinned to no one region.
  private static final Pattern NATIONWIDE = Pattern.compile("全国|国家|中央|各地|多地|各省|多省|国务院|财政部|商务部|发展改革委");
  private static final Pattern CONDITION = Pattern.compile("((?:符合|经认定|经评审|通过认定|达到)[^，。；]{2,30})");
  private static final Pattern CAP = Pattern.compile("(最高|最多|不超过|上限为?|封顶)[^，。；]{0,6}$");
  // 按实际支出的30%给予补贴，单个主体每年最高可获500万元: the cap often stands in the next clause.
  private static final Pattern NEXT_CAP = Pattern.compile("^[，,](?:单个|每个|每家|每年|单家|单项|累计)?[^，。；]{0,10}?(?:最高|最多|不超过)");

  @Override
  public Document process(Document d) {
    List<Instrument> out = new ArrayList<>();
    // Where each kind and name first went in out, so that a later mention finds it at once.
    Map<List<Object>, Integer> byName = new HashMap<>();
    // The instrument word of each record of out.
    List<String> words = new ArrayList<>();
    SpanIndex<Quantity> amounts = new SpanIndex<>(d.extraction().quantities(), Quantity::start, Quantity::end);
    PolicyTitles titles = null;
    for (Sentences.Sentence s : SentenceFacts.sentences(d.text())) {
      if (!mayHoldInstrument(s.text())) {
        continue;
      }
      Matcher m = INSTRUMENT.matcher(s.text());
      int from = 0;
      // The large expression runs only over the clauses that hold a cue, not over the whole sentence.
      while (from < s.text().length()) {
        int clauseEnd = clauseEnd(s.text(), from);
        if (!m.region(Math.min(clauseStart(s.text(), from), clauseEnd), clauseEnd).find()) {
          from = clauseEnd + 1;
          continue;
        }
        from = m.end();
        InstrumentKind kind = kind(m);
        // 最高补贴300万元 states another instrument's cap; it is not one of its own.
        if (kind == InstrumentKind.SUBSIDY && CAPPING.matcher(s.text().substring(Math.max(0, m.start() - 4), m.start())).find()) {
          continue;
        }
        String clause = clause(s.text(), m.start(), m.end());
        if (SentenceFacts.proposed(d, ENUMERATED.matcher(COMMA_EDGES.matcher(clause).replaceAll("")).replaceFirst(""))) {
          continue;
        }
        // 国家科学技术奖励大会: the word is part of a meeting's or a body's name.
        if (NAMED_BY.matcher(s.text()).region(m.end(), s.text().length()).lookingAt()) {
          continue;
        }
        String name = nameOf(s.text(), m.start(), m.end());
        Matcher target = TARGET.matcher(s.text());
        String whom = target.find() ? target.group(1) : null;
        if (whom == null) {
          Matcher beneficiary = BENEFICIARY.matcher(s.text());
          whom = beneficiary.find() ? beneficiary.group() : null;
        }
        Amount amount = amount(d, amounts, s, clause);
        // 扩大补贴范围, 对手机等产品的补贴: a bare 补贴 or 奖励 with no amount and no one it is for names no instrument.
        if (name.equals(m.group()) && GENERIC.contains(name) && amount == null && whom == null) {
          continue;
        }
        Matcher condition = CONDITION.matcher(clause);
        titles = titles == null ? new PolicyTitles(d) : titles;
        Policy policy = titles.named(d, s);
        String region = policy != null && policy.region() != null ? policy.region()
            : NATIONWIDE.matcher(s.text()).find()
                || SentenceFacts.mentions(d, s.start(), s.end(), Mention.Type.REGION).size() > 1 ? null
            : SentenceFacts.region(d, s.start(), s.end());
        if (region == null && !NATIONWIDE.matcher(s.text()).find()) {
          region = paragraphSubject(d, s);
        }
        Instrument found = new Instrument(kind, name, amount, whom, condition.find() ? condition.group(1) : null,
            policy == null ? null : policy.title(), region, s.text(), 0);
        add(out, byName, words, found.withConfidence(confidence(found, m.group())), m.group());
      }
    }
    return d.withExtraction(d.extraction().withDomain(d.extraction().domain().withInstruments(out)));
  }

  /**
   * The instrument's name as written: the word with the words before it that say what it is for (观影补贴,
   * 农机购置与应用补贴, 离岛免税, RCEP其他成员国关税优惠), from after the verb that takes it (发放, 享受, 提高 …), and
   * 政策 after it (税费优惠政策).
   */
  static String nameOf(String sentence, int start, int end) {
    int from = NamePhrase.start(sentence, start, MODIFIER);
    // 购置与应用补贴: a modifier joined by 与, 和 or 及 goes on over the words before the conjunction.
    if (from < start && start - from <= 2 && from > 1 && "与和及".indexOf(sentence.charAt(from - 1)) >= 0) {
      int before = NamePhrase.start(sentence, from - 1, MODIFIER);
      from = before < from - 1 ? before : from;
    }
    for (int at = start; at > from; at--) {
      if (at - 2 >= from && VERBS.contains(sentence.substring(at - 2, at)) || VERBS.contains(sentence.substring(at - 1, at))) {
        from = at;
        break;
      }
    }
    // 进口“零关税”: a quotation opened inside the phrase starts the name.
    int quote = sentence.lastIndexOf('“', start);
    from = quote >= from && quote < start ? quote + 1 : from;
    while (from < start && from > 0 && start - from >= MODIFIER - 1 && !WordBoundaries.segmentsAt(sentence, from)) {
      from++;
    }
    int to = sentence.startsWith("政策", end) ? end + 2 : end;
    return NAME_EDGES.matcher(sentence.substring(from, to)).replaceAll("");
  }

  /** The start of the first clause at or after {@code from} that holds a cue, or the end of the sentence. */
  private static int clauseStart(String sentence, int from) {
    int start = from;
    for (int i = from; i < sentence.length(); i++) {
      char c = sentence.charAt(i);
      if ("，。；,;".indexOf(c) >= 0) {
        start = i + 1;
      } else if (CUE_CHARS.get(c)) {
        return start;
      }
    }
    return sentence.length();
  }

  /** The end of the clause {@link #clauseStart} finds: the pause after its first cue, or the sentence end. */
  private static int clauseEnd(String sentence, int from) {
    int start = clauseStart(sentence, from);
    for (int i = start; i < sentence.length(); i++) {
      if ("，。；,;".indexOf(sentence.charAt(i)) >= 0) {
        return i;
      }
    }
    return sentence.length();
  }

  private static boolean mayHoldInstrument(String sentence) {
    for (String cue : CUES) {
      if (sentence.contains(cue)) {
        return true;
      }
    }
    return false;
  }

  /** One record per instrument and document: a later mention fills in what the first one left open. */
  private static void add(List<Instrument> out, Map<List<Object>, Integer> byName, List<String> words, Instrument found,
      String word) {
    Integer k = byName.putIfAbsent(List.of(found.kind(), found.name()), out.size());
    // 消费品以旧换新 and 以旧换新: a name inside another of its kind names the same instrument, by its longer name; so
    // does a mention by the same word that says nothing of its own (贴息政策 …, 省级贴息贷款300亿元).
    for (int j = 0; k == null && j < out.size(); j++) {
      Instrument o = out.get(j);
      if (o.kind() == found.kind() && (o.name().contains(found.name()) || found.name().contains(o.name())
          || words.get(j).equals(word) && (unspecific(o) || unspecific(found)))) {
        k = j;
        byName.put(List.of(found.kind(), found.name()), j);
      }
    }
    if (k == null) {
      out.add(found);
      words.add(word);
      return;
    }
    Instrument i = out.get(k);
    String name = found.name().length() > i.name().length() ? found.name() : i.name();
    Instrument merged = new Instrument(i.kind(), name, i.amount() != null ? i.amount() : found.amount(),
        i.target() != null ? i.target() : found.target(), i.conditions() != null ? i.conditions() : found.conditions(),
        i.policy() != null ? i.policy() : found.policy(), i.region() != null ? i.region() : found.region(),
        i.sentence(), 0);
    out.set(k, merged.withConfidence(confidence(merged, words.get(k))));
  }

  /**
   * How sure the instrument is right: an amount of its own, a name that says more than its bare word (观影补贴, not
   * 补贴), the policy that grants it and its region.
   */
  private static double confidence(Instrument i, String word) {
    return Evidence.confidence(Evidence.of(2, i.amount() != null), Evidence.of(1, !i.name().equals(word)),
        Evidence.of(1, i.policy() != null), Evidence.of(1, i.region() != null));
  }

  private static boolean unspecific(Instrument i) {
    return i.amount() == null && i.target() == null;
  }

  private static InstrumentKind kind(Matcher m) {
    for (int k = 0; k < WORDS.size(); k++) {
      if (m.group("row" + k) != null) {
        return InstrumentKind.of(WORDS.get(k)[0]);
      }
    }
    return InstrumentKind.OTHER;
  }

  /** The clause around the instrument word: between the pauses that bound it. */
  private static String clause(String sentence, int start, int end) {
    int from = start;
    while (from > 0 && "，。；,;".indexOf(sentence.charAt(from - 1)) < 0) {
      from--;
    }
    int to = end;
    while (to < sentence.length() && "，。；,;".indexOf(sentence.charAt(to)) < 0) {
      to++;
    }
    return sentence.substring(from, to);
  }

  /** The amount in the clause (yuan or a share), a cap when 最高, 不超过 … stand before it. */
  private static Amount amount(Document d, SpanIndex<Quantity> amounts, Sentences.Sentence s, String clause) {
    int clauseStart = s.start() + s.text().indexOf(clause);
    int clauseEnd = clauseStart + clause.length();
    for (Quantity q : amounts.inside(clauseStart, clauseEnd)) {
      if (q.unit().endsWith("元") || q.unit().equals("%")) {
        boolean cap = CAP.matcher(d.text().substring(clauseStart, q.start())).find();
        return cap ? new Amount(null, q.unit(), q.value())
            : new Amount(q.value(), q.unit(), nextCap(d, amounts, clauseEnd));
      }
    }
    Double cap = nextCap(d, amounts, clauseEnd);
    return cap == null ? null : new Amount(null, "元", cap);
  }

  private static Double nextCap(Document d, SpanIndex<Quantity> amounts, int clauseEnd) {
    Matcher next = NEXT_CAP.matcher(d.text()).region(clauseEnd, d.text().length());
    if (!next.lookingAt()) {
      return null;
    }
    for (Quantity q : amounts.starting(next.end(), next.end() + 5)) {
      if (q.unit().endsWith("元")) {
        return q.value();
      }
    }
    return null;
  }

  /** Where the titles of the document's policies stand in its text, found in one pass. */
  /**
   * The one region the sentence's paragraph names before it (苏州将…；对…企业，发放算力券): a measure with no place of its
   * own is the paragraph's subject's. Two regions before it leave the measure unplaced.
   */
  private static String paragraphSubject(Document d, Sentences.Sentence s) {
    int paragraphStart = d.text().lastIndexOf('\n', s.start()) + 1;
    List<String> named = SentenceFacts.mentions(d, paragraphStart, s.start(), Mention.Type.REGION).stream().distinct()
        .toList();
    return named.size() == 1 ? named.get(0) : null;
  }

  private static final class PolicyTitles {
    private record Named(int policy, int start, int end) {}

    private final SpanIndex<Named> named;

    PolicyTitles(Document d) {
      List<Policy> policies = d.extraction().policies();
      Map<String, List<Integer>> at = Occurrences.of(d.text(), policies.stream().map(Policy::title).toList());
      List<Named> all = new ArrayList<>();
      for (int k = 0; k < policies.size(); k++) {
        for (int start : at.get(policies.get(k).title())) {
          all.add(new Named(k, start, start + policies.get(k).title().length()));
        }
      }
      named = new SpanIndex<>(all, Named::start, Named::end);
    }

    /** The policy the sentence names, else the last one named earlier in its paragraph. */
    Policy named(Document d, Sentences.Sentence s) {
      int paragraphStart = d.text().lastIndexOf('\n', s.start()) + 1;
      // The title named last; of two named at one place, the policy found first.
      Named best = null;
      for (Named n : named.inside(paragraphStart, s.end())) {
        if (best == null || n.start() > best.start() || n.start() == best.start() && n.policy() < best.policy()) {
          best = n;
        }
      }
      return best == null ? null : d.extraction().policies().get(best.policy());
    }
  }
}
