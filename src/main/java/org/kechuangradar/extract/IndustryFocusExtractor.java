package org.kechuangradar.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kechuangradar.lexicon.Industries;
import org.kechuangradar.lexicon.Tsv;
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
  private static final String COUNT_DIGITS = "一二三四五六七八九十两0123456789";
  // A list whose items open with a verb is a list of measures (加速开放政务应用场景), not of industries.
  private static final Pattern ACTION = Pattern.compile(String.join("|", Tsv.wordsLongestFirst("measure-verbs")));
  private static final Pattern ITEM_SPLIT = Pattern.compile("、|和|及|以及|与");
  // An enumeration closed by a word for the whole (纺织服装、食品饮料、家电家居等传统产业): its items are industries
  // whatever verb, if any, stands before it.
  private static final Pattern HEADED = Pattern.compile("(?<list>[^，。；：！？“”《》、]{2,14}(?:、[^，。；：！？“”《》、]{2,14})+)"
      + "等?(?:[一二三四五六七八九十两\\d]+[大个])?[\\p{IsHan}]{0,2}?(?:" + String.join("|", Tsv.wordsLongestFirst("industry-heads"))
      + ")");

  @Override
  public Document process(Document d) {
    List<IndustryFocus> out = new ArrayList<>();
    for (Sentences.Sentence s : SentenceFacts.sentences(d.text())) {
      // Most sentences hold none of the verbs; finding one first keeps the pattern off them.
      if (!CUES.anyIn(s.text())) {
        continue;
      }
      Matcher m = LIST.matcher(s.text());
      String text = s.text();
      // The pattern is tried only where a verb starts, which is much cheaper than letting it scan.
      for (int i = 0; i < text.length(); i++) {
        if (!CUES.mayStartWith(text.charAt(i)) || !m.region(i, text.length()).lookingAt()) {
          continue;
        }
        i = m.end() - 1;
        String list = withoutTail(m.group("list").strip());
        List<String> items = new ArrayList<>();
        for (String item : ITEM_SPLIT.split(list)) {
          String it = item.strip();
          if (it.length() >= 2 && it.length() <= 12) {
            items.add(it);
          }
        }
        String region = SentenceFacts.region(d, s.start(), s.end());
        List<String> industries = new ArrayList<>();
        for (String item : items) {
          for (String industry : Industries.of(item)) {
            if (!industries.contains(industry)) {
              industries.add(industry);
            }
          }
        }
        boolean measures = items.stream().anyMatch(it -> ACTION.matcher(it).lookingAt());
        boolean headed = !list.equals(m.group("list").strip());
        if (items.size() >= 2 && region != null && (headed || !industries.isEmpty()) && !measures) {
          out.add(new IndustryFocus(region, items, industries, s.text()));
        }
      }
      if (out.stream().noneMatch(f -> f.sentence().equals(text))) {
        headedList(d, s, out);
      }
    }
    return d.withExtraction(d.extraction().withIndustryFocus(out));
  }

  /** An enumeration closed by a word for the whole, in a sentence no verb of focus led to one. */
  private static void headedList(Document d, Sentences.Sentence s, List<IndustryFocus> out) {
    Matcher m = HEADED.matcher(s.text());
    while (m.find()) {
      List<String> items = new ArrayList<>();
      for (String item : ITEM_SPLIT.split(m.group("list"))) {
        String it = item.strip();
        if (items.isEmpty()) {
          it = withoutLeadingVerbs(it);
        }
        if (it.length() >= 2 && it.length() <= 12) {
          items.add(it);
        }
      }
      String region = SentenceFacts.region(d, s.start(), s.end());
      boolean measures = items.stream().anyMatch(it -> ACTION.matcher(it).lookingAt());
      if (items.size() >= 2 && region != null && !measures) {
        List<String> industries = new ArrayList<>();
        items.forEach(it -> Industries.of(it).stream().filter(x -> !industries.contains(x)).forEach(industries::add));
        out.add(new IndustryFocus(region, items, industries, s.text()));
      }
    }
  }

  /** The first item without the verbs and adverbs before it (正在推动纺织服装 → 纺织服装), read by HanLP's dictionary. */
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
          if (n.startsWith("v") || n.equals("d") || n.startsWith("p") || n.startsWith("r") || n.equals("c")) {
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
