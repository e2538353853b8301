package org.kechuangradar.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.kechuangradar.lexicon.FunctionWords;
import org.kechuangradar.lexicon.Industries;
import org.kechuangradar.lexicon.Tsv;
import org.kechuangradar.lexicon.WordBoundaries;
import org.kechuangradar.model.Document;
import org.kechuangradar.model.IndustryFocus;
import org.kechuangradar.pipeline.Stage;
import org.kechuangradar.segment.Sentences;

/**
 * Finds the industries a region backs: an enumeration of two or more items after 聚焦, 重点布局, 围绕, 支持, 培育
 * … ({@code 重点布局第三代半导体、量子信息、生物制造、低空经济、氢能和元宇宙六大赛道}), each item as written, the
 * region being the most specific division the sentence names. Items are mapped to {@link Industries}.
 */
public final class IndustryFocusExtractor implements Stage {
  private static final List<String> VERBS = Tsv.wordsLongestFirst("focus-verbs");
  private static final Pattern LIST = Pattern.compile("(?:" + String.join("|", VERBS) + ")(?<list>[^，。；：！？“”《》]{4,120})");
  private static final Cues CUES = new Cues(VERBS);
  // Longest first, so that 产业集群 goes whole and not as 产业 of 集群.
  private static final List<String> TAIL_WORDS = Tsv.wordsLongestFirst("industry-heads");
  private static final Cues HEADS = new Cues(TAIL_WORDS);
  private static final String COUNT_DIGITS = "一二三四五六七八九十两0123456789";
  // A list whose items open with a verb is a list of measures (加速开放政务应用场景), not of industries.
  private static final Pattern ACTION = Pattern.compile(String.join("|", Tsv.wordsLongestFirst("measure-verbs")));
  // A size class before what it qualifies (更多千亿级, 万亿级): no part of an industry's name.
  private static final Pattern SIZE_CLASS = Pattern.compile("^(?:更多|一批|多个)?[\\d一二三四五六七八九十百千万亿]+级");
  private static final Pattern ITEM_SPLIT = Pattern.compile("、|和|及|以及|与");
  // An enumeration closed by a word for the whole (纺织服装、食品饮料、家电家居等传统产业), wherever the verb of focus
  // stands; the last item as short as it can be, so that the head is the first such word (…等重点产业方向: 重点产业).
  private static final Pattern HEADED = Pattern.compile("(?<list>[^，。；：！？“”《》、]{2,14}(?:、[^，。；：！？“”《》、]{2,14}?)+)"
      + "(?:等(?:[一二三四五六七八九十两\\d]+[大个])?[\\p{IsHan}]{0,2}?|[一二三四五六七八九十两\\d]+[大个])?(?<head>" + String.join("|", TAIL_WORDS) + ")");
  // The heads that say their items are industries; after the others (领域, 环节) only items of the taxonomy count.
  private static final Set<String> INDUSTRY_HEADS = Tsv.rows("industry-heads").stream()
      .filter(r -> r[1].strip().equals("industry")).map(r -> r[0].strip()).collect(Collectors.toUnmodifiableSet());

  @Override
  public Document process(Document d) {
    List<IndustryFocus> out = new ArrayList<>();
    // The sentences of the focuses found so far, so that a sentence is not compared with each of them.
    Set<String> withFocus = new HashSet<>();
    int noted = 0;
    for (Sentences.Sentence s : SentenceFacts.sentences(d.text())) {
      String text = s.text();
      // Most sentences hold none of the verbs; finding one first keeps the patterns off them.
      if (!CUES.anyIn(text)) {
        continue;
      }
      Matcher m = LIST.matcher(text);
      // The pattern is tried only where a verb starts, which is much cheaper than letting it scan.
      for (int i = 0; i < text.length(); i++) {
        if (!CUES.mayStartWith(text.charAt(i)) || !m.region(i, text.length()).lookingAt()) {
          continue;
        }
        i = m.end() - 1;
        String whole = m.group("list").strip();
        add(d, s, withoutTail(whole), INDUSTRY_HEADS.stream().anyMatch(whole::endsWith), out);
      }
      out.subList(noted, out.size()).forEach(f -> withFocus.add(f.sentence()));
      noted = out.size();
      // An enumeration needs a 、 and a word for the whole; most sentences lack one or the other.
      if (text.indexOf('、') >= 0 && HEADS.anyIn(text) && !withFocus.contains(text)) {
        headedList(d, s, out);
      }
    }
    return d.withExtraction(d.extraction().withIndustryFocus(out));
  }

  /** An enumeration closed by a word for the whole, in a sentence with a verb of focus that led to no list. */
  private static void headedList(Document d, Sentences.Sentence s, List<IndustryFocus> out) {
    Matcher m = HEADED.matcher(s.text());
    while (m.find()) {
      add(d, s, m.group("list"), INDUSTRY_HEADS.contains(m.group("head")), out);
    }
  }

  /**
   * Adds the focus a list names: two or more items, in a sentence with a region, that are no measures, and that are
   * industries by the word that closes them ({@code headed}) or by the taxonomy.
   */
  private static void add(Document d, Sentences.Sentence s, String list, boolean headed, List<IndustryFocus> out) {
    List<String> items = new ArrayList<>();
    for (String item : ITEM_SPLIT.split(list)) {
      String it = item(items.isEmpty() ? withoutLeadingVerbs(item.strip()) : item);
      if (it != null) {
        items.add(it);
      }
    }
    String region = SentenceFacts.region(d, s.start(), s.end());
    boolean measures = items.stream().anyMatch(it -> ACTION.matcher(it).lookingAt());
    List<String> industries = new ArrayList<>();
    items.forEach(it -> Industries.of(it).stream().filter(x -> !industries.contains(x)).forEach(industries::add));
    if (items.size() >= 2 && region != null && !measures && (headed || !industries.isEmpty())) {
      out.add(new IndustryFocus(region, items, industries, s.text()));
    }
  }

  /**
   * An item as it names an industry: up to the 等 that closes the list, after the verb of focus or the 的 that end
   * what comes before it (今年重点培育电动化 → 电动化, 优势互补的新型显示 → 新型显示), without a size class (千亿级);
   * null when what is left is too short or too long to name one.
   */
  private static String item(String raw) {
    String s = raw.strip();
    for (int at = s.indexOf('等'); at >= 0; at = s.indexOf('等', at + 1)) {
      // 等 as a word of its own, not of 等离子体.
      if (WordBoundaries.segmentsAt(s, at) && WordBoundaries.segmentsAt(s, at + 1)) {
        s = s.substring(0, at);
        break;
      }
    }
    int from = 0;
    for (String verb : VERBS) {
      int at = s.lastIndexOf(verb);
      if (at >= 0 && at + verb.length() < s.length()) {
        from = Math.max(from, at + verb.length());
      }
    }
    s = s.substring(Math.max(from, s.lastIndexOf('的') + 1));
    // A function word inside (先进制造业为支柱, 以…为) makes a clause of it, not the name of an industry.
    if (s.chars().anyMatch(c -> FunctionWords.is((char) c))) {
      return null;
    }
    s = SIZE_CLASS.matcher(s).replaceFirst("");
    return s.length() >= 2 && s.length() <= 12 ? s : null;
  }

  /**
   * The first item without the verbs, adverbs, places and times before it (正在推动纺织服装 → 纺织服装, 安徽加快具身智能 →
   * 具身智能), read by HanLP's dictionary.
   */
  private static String withoutLeadingVerbs(String item) {
    String s = item;
    boolean cut = true;
    while (cut && s.length() > 2) {
      cut = false;
      for (int len = Math.min(4, s.length() - 2); len >= 1; len--) {
        com.hankcs.hanlp.dictionary.CoreDictionary.Attribute a =
            com.hankcs.hanlp.dictionary.CoreDictionary.get(s.substring(0, len));
        if (a != null) {
          String n = a.nature[0].toString();
          // A single character is read as a word only as a preposition or a conjunction (在, 和): 具 of 具身智能 is none.
          if (len == 1 && !n.startsWith("p") && !n.equals("c")) {
            break;
          }
          // Verbs, adverbs, prepositions, pronouns, conjunctions, and the region and the time the sentence names.
          if (n.startsWith("v") || n.equals("d") || n.startsWith("p") || n.startsWith("r") || n.equals("c")
              || n.equals("ns") || n.equals("t")) {
            s = s.substring(len);
            cut = true;
          }
          break;
        }
      }
    }
    return s;
  }

  /** The list without what closes it: 等, a count (五大, 六个) and a word for the whole (产业, 领域, 赛道 …). */
  private static String withoutTail(String list) {
    String s = list;
    for (String word : TAIL_WORDS) {
      if (s.endsWith(word)) {
        s = s.substring(0, s.length() - word.length());
        break;
      }
    }
    if (s.endsWith("大") || s.endsWith("个")) {
      int k = s.length() - 1;
      while (k > 0 && COUNT_DIGITS.indexOf(s.charAt(k - 1)) >= 0) {
        k--;
      }
      s = k < s.length() - 1 ? s.substring(0, k) : s;
    }
    return s.endsWith("等") ? s.substring(0, s.length() - 1) : s;
  }

}
