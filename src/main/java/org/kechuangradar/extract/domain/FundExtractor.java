package org.kechuangradar.extract.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kechuangradar.extract.SentenceFacts;
import org.kechuangradar.lexicon.Industries;
import org.kechuangradar.lexicon.Tsv;
import org.kechuangradar.model.Amount;
import org.kechuangradar.model.Document;
import org.kechuangradar.model.Evidence;
import org.kechuangradar.model.Fund;
import org.kechuangradar.model.Mention;
import org.kechuangradar.model.Quantity;
import org.kechuangradar.pipeline.Stage;
import org.kechuangradar.segment.Sentences;
import org.kechuangradar.segment.SpanIndex;

/**
 * Finds investment and guidance funds: a name ending in 基金 (or 基金群, 基金集群, …体系), its size (the amount in
 * yuan of its sentence), its sponsor (the body or organization before it), its structure ({@code “1+1+100”},
 * {@code 3+N}), the industries its sentence names. A foundation (基金会) or a fund manager is not a fund; a bare
 * 基金 without size, structure or a name of its own is not reported.
 *
 * <p>The rule for what a fund is: a named pool of money that is set up, raised, managed or invests. So a phrase
 * ending in 基金 counts when its own name says it invests (a word of {@code lexicon/fund-name-words.tsv}: 产业投资基金,
 * 天使基金) or when its sentence says it is set up, raised or invests (a word of {@code lexicon/fund-acts.tsv}:
 * 设立, 总规模, 投向). Insurance and social-security pools (基本医疗保险基金总收入…) and grant sources named in
 * passing (获得国家自然科学基金资助) are neither, and are left out.
 */
public final class FundExtractor implements Stage {
  private static final Pattern FUND = Pattern.compile("基金(?:集群|群|招商伙伴体系|体系|矩阵)?(?!会|组织|管理|公司|经理|业|份额|招商(?!伙伴))");
  private static final List<String> ACTS = Tsv.words("fund-acts");
  private static final List<String> NAME_WORDS = Tsv.words("fund-name-words");
  private static final Pattern STRUCTURE = Pattern.compile("[“\"]?((?:\\d+|N)(?:[+＋](?:\\d+|N))+)[”\"]?");

  @Override
  public Document process(Document d) {
    Map<String, Fund> funds = new LinkedHashMap<>();
    SpanIndex<Quantity> amounts = new SpanIndex<>(d.extraction().quantities(), Quantity::start, Quantity::end);
    for (Sentences.Sentence s : SentenceFacts.sentences(d.text())) {
      if (!s.text().contains("基金")) {
        continue;
      }
      Matcher m = FUND.matcher(s.text());
      while (m.find()) {
        // 《广东省科技创新基金体系建设方案》 names a policy; a fund someone proposes does not exist yet.
        if (insideTitle(s.text(), m.start()) || SentenceFacts.proposed(d, s.text().substring(
            NamePhrase.start(s.text(), m.start(), 16), m.end()))) {
          continue;
        }
        int nameStart = NamePhrase.start(s.text(), m.start(), 16);
        String head = s.text().substring(nameStart, m.start());
        Matcher structure = STRUCTURE.matcher(head);
        String shape = null;
        if (structure.find()) {
          shape = structure.group(1);
          head = head.substring(structure.end());
        }
        String name = (head + m.group()).replaceAll("^[“”\"]+", "");
        // “投资浙里”基金招商伙伴专项行动 is a campaign that uses funds, not a fund.
        String rest = s.text().substring(m.end(), Math.min(s.text().length(), m.end() + 10));
        if (rest.matches("^[\\p{IsHan}]{0,8}(行动|活动|计划|工作).*")) {
          continue;
        }
        Amount size = size(d, amounts, s);
        boolean unbalanced = name.chars().filter(c -> c == '“').count() != name.chars().filter(c -> c == '”').count();
        if (GenericNames.isFundKindAlone(name) && shape == null && (size == null || !funds.isEmpty()) || name.length() > 30
            || unbalanced) {
          continue;
        }
        if (!investing(name, s.text())) {
          continue;
        }
        List<String> sponsors = SentenceFacts.mentions(d, s.start(), s.start() + m.start(), Mention.Type.GOVERNMENT,
            Mention.Type.ORGANIZATION, Mention.Type.COMPANY);
        // A fund is surer named in its own words (not its kind alone), by a name that says it invests, with a size
        // and a sponsor of its own.
        double confidence = Evidence.confidence(Evidence.of(2, !GenericNames.isFundKindAlone(name)),
            Evidence.of(1, namedInvesting(name)), Evidence.of(1, size != null), Evidence.of(1, !sponsors.isEmpty()));
        funds.putIfAbsent(name, new Fund(name, size, SentenceFacts.region(d, s.start(), s.end()),
            sponsors.isEmpty() ? null : sponsors.get(0), Industries.of(s.text()), shape, confidence));
      }
    }
    return d.withExtraction(d.extraction().withDomain(d.extraction().domain().withFunds(List.copyOf(funds.values()))));
  }

  /** The fund's name says it invests, or its sentence says it is set up, raised, managed or invests. */
  static boolean investing(String name, String sentence) {
    if (namedInvesting(name)) {
      return true;
    }
    String rest = sentence.replace(name, "");
    for (String w : ACTS) {
      if (rest.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** The fund's own name says it invests (产业投资基金, 天使基金). */
  private static boolean namedInvesting(String name) {
    return NAME_WORDS.stream().anyMatch(name::contains);
  }

  private static boolean insideTitle(String sentence, int at) {
    return sentence.lastIndexOf('《', at) > sentence.lastIndexOf('》', at);
  }

  /**
   * The fund's size: the amount in yuan of the sentence whose subject says 总规模, else 规模, else the first one;
   * investment it is to draw in (带动…投资超过600亿元) is not its size.
   */
  private static Amount size(Document d, SpanIndex<Quantity> amounts, Sentences.Sentence s) {
    Quantity best = null;
    int bestRank = -1;
    for (Quantity q : amounts.inside(s.start(), s.end())) {
      if (!q.unit().endsWith("元")) {
        continue;
      }
      String lead = d.text().substring(Math.max(s.start(), q.start() - 12), q.start());
      if (lead.matches(".*(带动|撬动|吸引|拉动|引导)[^，。；]*")) {
        continue;
      }
      String subject = q.subject() == null ? "" : q.subject();
      int rank = subject.contains("总规模") ? 2 : subject.contains("规模") ? 1 : 0;
      if (rank > bestRank) {
        best = q;
        bestRank = rank;
      }
    }
    return best == null ? null : new Amount(best.value(), best.unit(), null);
  }
}
