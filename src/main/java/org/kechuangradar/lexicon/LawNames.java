package org.kechuangradar.lexicon;

import java.util.ArrayList;
import java.util.List;

/**
 * Laws and regulations named without 《》 (通过了新修订的野生动物保护法、预备役人员法, 颁布了民法典, 尽快制定华侨权益保护法):
 * a run of Chinese characters ending in a head word ({@code lexicon/law-heads.tsv}: 法, 法典, 条例, 守则), its left
 * end the last word of {@code lexicon/law-name-stops.tsv} before it, in a sentence that speaks of legislation
 * ({@code lexicon/law-acts.tsv}). The name must stand where a law's does: before a list mark, a clause end, 草案,
 * 修订草案, 第…条, 的决定 or 的解释, or right after an act of legislation (制定, 修改). A name ending with a word of
 * {@code lexicon/law-name-negatives.tsv} (方法, 执法, 最高法) is none; a two-character name (刑法) only in a list
 * beside a longer one. 关于修改对外贸易法的决定 is named whole: the decision is the document.
 */
public final class LawNames {
  private static final class Holder {
    static final List<String> HEADS = Tsv.wordsLongestFirst("law-heads");
    static final List<String[]> STOPS = Tsv.rows("law-name-stops").stream()
        .sorted((a, b) -> Integer.compare(b[0].strip().length(), a[0].strip().length())).toList();
    static final List<String> NEGATIVES = Tsv.wordsLongestFirst("law-name-negatives");
    static final List<String> ACTS = Tsv.wordsLongestFirst("law-acts");
  }

  private static final List<String> FOLLOWERS = List.of("、", "，", "。", "；", "和", "及", "等", "的决定", "的解释",
      "修订草案", "修正草案", "草案", "修正案", "第", "（");
  /** The second characters of the words that 法 begins: 法律, 法规, 法院, 法治, 法官, 法庭, 法制, 法学, 法理, 法则, 法人. */
  private static final String WORD_STARTS = "律规院治官庭制学理则人务";
  private static final List<String> AMENDING = List.of("关于修改", "关于修正", "关于废止");

  /** A law's name found in a text: the name and where it stands (the whole title for a decision to amend). */
  public record Found(String name, String kind, int start, int end) {}

  private LawNames() {}

  /** The law names of one sentence, in order, each once. */
  public static List<Found> in(String sentence) {
    List<Found> out = new ArrayList<>();
    if (Holder.ACTS.stream().noneMatch(sentence::contains)) {
      return out;
    }
    List<Found> shorts = new ArrayList<>();
    for (int at = 0; at < sentence.length(); at++) {
      String head = headAt(sentence, at);
      if (head == null || insideTitle(sentence, at)) {
        continue;
      }
      int end = at + head.length();
      int start = at;
      String stop = null;
      while (start > 0 && isHan(sentence.charAt(start - 1))) {
        String word = stopEndingAt(sentence, start);
        // 中华人民共和国民法典: the 和 of 共和国 is no stop.
        if (word != null && !(word.equals("和") && start >= 2 && sentence.charAt(start - 2) == '共')) {
          stop = word;
          break;
        }
        start--;
      }
      boolean afterAct = stop != null && isAct(stop);
      String name = sentence.substring(start, end);
      at = end - 1;
      if (name.length() <= head.length() || negative(name) || !(afterAct || followed(sentence, end))) {
        continue;
      }
      if (name.length() == 2) {
        shorts.add(new Found(name, head, start, end));
        continue;
      }
      int left = start;
      if (sentence.startsWith("的决定", end) && AMENDING.stream().anyMatch(w -> sentence.startsWith(w, left - w.length()))) {
        int from = start - 4;
        out.add(new Found(sentence.substring(from, end + 3), "决定", from, end + 3));
        continue;
      }
      out.add(new Found(name, head, start, end));
    }
    // 刑法、农村土地承包法: a two-character name is a law's only in a list beside a longer one.
    for (Found s : shorts) {
      for (Found f : out) {
        if (f.start() == s.end() + 1 && sentence.charAt(s.end()) == '、'
            || s.start() == f.end() + 1 && sentence.charAt(f.end()) == '、') {
          out.add(s);
          break;
        }
      }
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    List<Found> once = new ArrayList<>();
    for (Found f : out) {
      if (once.stream().noneMatch(o -> o.name().equals(f.name()))) {
        once.add(f);
      }
    }
    return once;
  }

  private static String headAt(String s, int at) {
    for (String h : Holder.HEADS) {
      if (s.startsWith(h, at)) {
        // 法 as the first half of a word (法律, 法规, 法院, 法治 …) ends no name.
        int end = at + h.length();
        if (h.equals("法") && end < s.length() && WORD_STARTS.indexOf(s.charAt(end)) >= 0) {
          return null;
        }
        return h;
      }
    }
    return null;
  }

  private static String stopEndingAt(String s, int at) {
    for (String[] row : Holder.STOPS) {
      String w = row[0].strip();
      if (at >= w.length() && s.startsWith(w, at - w.length())) {
        return w;
      }
    }
    return null;
  }

  private static boolean isAct(String stop) {
    for (String[] row : Holder.STOPS) {
      if (row[0].strip().equals(stop)) {
        return row.length > 1 && row[1].strip().equals("act");
      }
    }
    return false;
  }

  private static boolean followed(String s, int end) {
    if (end >= s.length()) {
      return true;
    }
    for (String f : FOLLOWERS) {
      if (s.startsWith(f, end)) {
        return true;
      }
    }
    return false;
  }

  private static boolean negative(String name) {
    for (String n : Holder.NEGATIVES) {
      if (name.endsWith(n)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  private static boolean insideTitle(String text, int at) {
    int open = Math.max(text.lastIndexOf('《', at), text.lastIndexOf('“', at));
    int close = Math.max(text.lastIndexOf('》', at), text.lastIndexOf('”', at));
    return open >= 0 && close < open;
  }
}
