package org.kechuangradar.extract;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.kechuangradar.lexicon.Tsv;
import org.kechuangradar.lexicon.WordBoundaries;
import org.kechuangradar.model.Document;
import org.kechuangradar.model.Mention;
import org.kechuangradar.model.Quantity;
import org.kechuangradar.pipeline.Stage;
import org.kechuangradar.time.ChineseNumerals;

/**
 * Finds amounts: a number (Arabic or Chinese numerals), a multiplier (千, 万, 亿, 万亿) and a unit (元, 美元,
 * %, 家, 个, 项 …), with the value as a number ({@code 114亿元} → 11400000000 元) and the words before it as the
 * subject it measures. Years, dates and ordinals are not amounts.
 */
public final class QuantityExtractor implements Stage {
  private static final java.util.Set<String> TIME_UNITS = java.util.Set.copyOf(Tsv.words("time-units"));
  private static final String NUMERALS = "零〇一二两三四五六七八九十百千";
  private static final List<String> MULTIPLIERS = List.of("亿亿", "万亿", "亿", "万", "千");
  private static final List<String> UNITS = java.util.stream.Stream.concat(Tsv.words("units").stream(),
      Tsv.words("time-units").stream()).distinct().sorted((a, b) -> Integer.compare(b.length(), a.length())).toList();
  // A word the dictionary knows mostly as something else (国 a noun, 出 a verb) is a unit only when at least this
  // share of its uses are as a measure word: 两国 and 张三出席 hold no amount, 5000列 and 三所 do.
  private static final double MEASURE_SHARE = 0.05;
  // 比上月, 较上年同期, 比2021年: what an amount is compared with, which says nothing of what it measures.
  private static final Pattern COMPARISON = Pattern.compile("(?:同比|环比|(?:比|较)(?:上|去|前|同期|\\d)[\\p{IsHan}\\d]{0,5})$");
  // Words of approximation: 500多公里, 21万多名, 32万余吨, 30个左右.
  private static final String APPROXIMATE = "多余";
  private static final List<String> AFTER_UNIT = List.of("左右");
  // Where the words before an amount begin: after a pause, a bracket or a quotation mark.
  private static final String PAUSES = "，。；：、,;:（()）\n“”";
  private static final Pattern BRACKET_EDGES = Pattern.compile("^[)）]+|[)）]+$");
  // What stands between 分别 and the first amount of its list (分别增长, 分别为, 分别达到), and between the amounts.
  private static final Pattern LIST_LEAD = Pattern.compile("[\\p{IsHan}]{0,5}");
  private static final Pattern LIST_SEPARATOR = Pattern.compile("、|和|与|及|以及");
  private static final Pattern CONJUNCTION = Pattern.compile("以及|和|与|及");
  private static final String CLAUSE_PAUSES = "，。；：,;:\n“”";
  // Longest first, so that 达到 goes whole and not as 到 after a stray 达.
  private static final List<String> LEAD_VERB_LIST = Tsv.wordsLongestFirst("amount-verbs");

  @Override
  public Document process(Document d) {
    String text = d.text();
    List<Quantity> quantities = new ArrayList<>();
    List<Mention> mentions = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      boolean chinese = NUMERALS.indexOf(c) >= 0;
      if (!chinese && (c < '0' || c > '9')) {
        i++;
        continue;
      }
      int start = i;
      int end = chinese ? numeralEnd(text, i) : digitsEnd(text, i);
      String num = text.substring(start, end);
      // 三分之一, 5分之2: a fraction is a share, M/N in percent.
      if (text.startsWith("分之", end)) {
        int mStart = end + 2;
        boolean mChinese = mStart < text.length() && NUMERALS.indexOf(text.charAt(mStart)) >= 0;
        int mEnd = mStart >= text.length() ? mStart : mChinese ? numeralEnd(text, mStart) : digitsEnd(text, mStart);
        Double n = chinese ? ChineseNumerals.parse(num) : Double.valueOf(num);
        Double m = mEnd == mStart ? null : mChinese ? ChineseNumerals.parse(text.substring(mStart, mEnd))
            : Double.valueOf(text.substring(mStart, mEnd));
        i = Math.max(mEnd, end + 2);
        if (n != null && m != null && n > 0 && m > 0 && m <= n && !isDatePart(text, start, end, null)) {
          String surface = text.substring(start, mEnd);
          quantities.add(new Quantity(surface, Math.round(m / n * 1e4) / 100.0, "%", subject(text, start), start, mEnd));
          mentions.add(new Mention(surface, Mention.Type.QUANTITY, surface, start, mEnd));
        }
        continue;
      }
      int afterNumber = end < text.length() && APPROXIMATE.indexOf(text.charAt(end)) >= 0 ? end + 1 : end;
      String mult = startingAt(text, afterNumber, MULTIPLIERS);
      int afterMult = afterNumber + (mult == null ? 0 : mult.length());
      if (mult != null && afterMult < text.length() && APPROXIMATE.indexOf(text.charAt(afterMult)) >= 0) {
        afterMult++;
      }
      String unit = unitAt(text, afterMult);
      int stop = afterMult + (unit == null ? 0 : unit.length());
      if (unit != null && startingAt(text, stop, AFTER_UNIT) != null) {
        stop += 2;
      }
      i = Math.max(stop, start + 1);
      // 两成, 九成以上: a count of tenths is a share; 三成员 and 一成不变 are no amounts.
      if (chinese && mult == null && unit == null && stop < text.length() && text.charAt(stop) == '成'
          && !nounAt(text, stop, 1) && !isWord(num + "成")) {
        Double tenths = ChineseNumerals.parse(num);
        if (tenths != null && tenths >= 2 && tenths <= 9) {
          String surface = text.substring(start, stop + 1);
          quantities.add(new Quantity(surface, tenths * 10, "%", subject(text, start), start, stop + 1));
          mentions.add(new Mention(surface, Mention.Type.QUANTITY, surface, start, stop + 1));
          i = stop + 1;
          continue;
        }
      }
      if (mult == null && unit == null || chinese && unit == null || isDatePart(text, start, stop, mult)) {
        continue;
      }
      Double base = chinese ? ChineseNumerals.parse(num) : Double.valueOf(num);
      // 千万辆, 百万标箱, 百万千瓦: a bare 百 or 千 before a multiplier counts one of it; but 百万平方米级 names a
      // size class and 千万家庭 is no count of 家.
      if (chinese && mult != null && unit != null && (num.equals("百") || num.equals("千"))) {
        base = stop < text.length() && text.charAt(stop) == '级' || nounAt(text, afterMult, unit.length()) ? null
            : num.equals("百") ? 100.0 : 1000.0;
      }
      String u = unit == null ? "" : unit.replace('％', '%');
      // 一批, 一个 and the like count nothing; 百万 in 百万平方米级 is a size class, not an amount; 十分 and 一样 are
      // words of their own; a number of 届 names a session (十九届五中全会), an ordinal.
      if (base == null || base <= 0 || u.equals("届")
          || chinese && (base < 2 || u.equals("批") || u.equals("条") || isWord(num + u))) {
        continue;
      }
      if (noAmount(text, start, stop, chinese, u)) {
        continue;
      }
      String surface = text.substring(start, stop);
      quantities.add(new Quantity(surface, base * multiplier(mult), u, subject(text, start), start, stop));
      mentions.add(new Mention(surface, Mention.Type.QUANTITY, surface, start, stop));
    }
    return d.withExtraction(d.extraction().withQuantities(eachItsSubject(text, quantities)).withEntities(mentions));
  }

  /**
   * 一、二产业增加值分别增长8.9%、7.7%, 出口和进口分别为3.2万亿元和2.1万亿元: the amounts of a list after 分别 measure
   * the items of the list before it, in order. When the items do not pair off with the amounts, every amount keeps
   * the words before 分别.
   */
  private static List<Quantity> eachItsSubject(String text, List<Quantity> quantities) {
    List<Quantity> out = new ArrayList<>(quantities);
    for (int k = 0; k < out.size(); k++) {
      Quantity first = out.get(k);
      int respectively = text.lastIndexOf("分别", first.start());
      if (respectively < 0 || first.start() - respectively > 8
          || !LIST_LEAD.matcher(text.substring(respectively + 2, first.start())).matches()) {
        continue;
      }
      int last = k;
      while (last + 1 < out.size() && LIST_SEPARATOR.matcher(text.substring(out.get(last).end(),
          out.get(last + 1).start())).matches()) {
        last++;
      }
      int from = respectively;
      while (from > 0 && CLAUSE_PAUSES.indexOf(text.charAt(from - 1)) < 0) {
        from--;
      }
      List<String> items = items(BRACKET_EDGES.matcher(text.substring(from, respectively)).replaceAll(""), last - k + 1);
      for (int j = k; j <= last; j++) {
        Quantity q = out.get(j);
        String subject = items == null ? text.substring(from, respectively) : items.get(j - k);
        out.set(j, new Quantity(q.text(), q.value(), q.unit(), subject.isBlank() ? null : subject, q.start(), q.end()));
      }
      k = last;
    }
    return out;
  }

  /** The items of a list (A、B和C), when there are {@code count} of them; else null. */
  private static List<String> items(String list, int count) {
    List<String> items = new ArrayList<>(List.of(list.split("、", -1)));
    String tail = items.get(items.size() - 1);
    java.util.regex.Matcher and = CONJUNCTION.matcher(tail);
    if (items.size() == count - 1 && and.find() && and.start() > 0 && and.end() < tail.length()) {
      items.set(items.size() - 1, tail.substring(0, and.start()));
      items.add(tail.substring(and.end()));
    }
    if (items.size() != count || items.stream().anyMatch(String::isBlank)) {
      return null;
    }
    return items;
  }

  /**
   * Numbers that count nothing: a slogan's numeral in quotes (“四个意识”, “五个认同”), 这两天 and 那几年 (a while, not a
   * duration), and the minutes of a clock time (17时30分).
   */
  private static boolean noAmount(String text, int start, int stop, boolean chinese, String unit) {
    char before = start > 0 ? text.charAt(start - 1) : ' ';
    if (chinese && unit.equals("个") && (before == '“' || before == '"' || before == '「')) {
      return true;
    }
    if (chinese && (before == '这' || before == '那') && TIME_UNITS.contains(unit)) {
      return true;
    }
    return (unit.equals("分") || unit.equals("分钟")) && (before == '时' || before == '点' || before == ':');
  }

  /** Whether a word of the dictionary that is no measure word starts at {@code at} and runs past the unit (家庭). */
  private static boolean nounAt(String text, int at, int unitLength) {
    for (int len = Math.min(4, text.length() - at); len > unitLength; len--) {
      CoreDictionary.Attribute a = CoreDictionary.get(text.substring(at, at + len));
      if (a != null && measureShare(a) < MEASURE_SHARE) {
        return true;
      }
    }
    return false;
  }

  private static int digitsEnd(String text, int i) {
    int j = i;
    while (j < text.length() && Character.isDigit(text.charAt(j))) {
      j++;
    }
    if (j + 1 < text.length() && text.charAt(j) == '.' && Character.isDigit(text.charAt(j + 1))) {
      j++;
      while (j < text.length() && Character.isDigit(text.charAt(j))) {
        j++;
      }
    }
    return j;
  }

  private static int numeralEnd(String text, int i) {
    int j = i;
    while (j < text.length() && NUMERALS.indexOf(text.charAt(j)) >= 0) {
      j++;
    }
    return j;
  }

  /**
   * The unit that starts at {@code at}: the longest of our units or of the words HanLP's dictionary tags as measure
   * words (个, 公里, 千瓦时, 人次 …), or null.
   */
  private static String unitAt(String text, int at) {
    // 年, 月, 日 and 号 after a number make a date, which the date stages read.
    if (at < text.length() && "年月日号".indexOf(text.charAt(at)) >= 0) {
      return null;
    }
    String listed = startingAt(text, at, UNITS);
    for (int len = Math.min(4, text.length() - at); len >= 1; len--) {
      if (listed != null && listed.length() >= len) {
        return listed;
      }
      int id = CoreDictionary.trie.exactMatchSearch(text, at, at + len, 0);
      CoreDictionary.Attribute a = id < 0 ? null : CoreDictionary.get(id);
      if (a != null && measureShare(a) >= MEASURE_SHARE) {
        return text.substring(at, at + len);
      }
    }
    return listed;
  }

  /** The share of a dictionary word's uses that are as a measure word (量词). */
  private static double measureShare(CoreDictionary.Attribute a) {
    int all = 0;
    int measure = 0;
    for (int k = 0; k < a.nature.length; k++) {
      all += a.frequency[k];
      measure += a.nature[k].startsWith("q") ? a.frequency[k] : 0;
    }
    return all == 0 ? 0 : (double) measure / all;
  }

  /** A word of the dictionary that is not a numeral or an amount (十分, 一样, 三角). */
  private static boolean isWord(String s) {
    CoreDictionary.Attribute a = CoreDictionary.get(s);
    return a != null && !a.hasNatureStartsWith("m");
  }

  private static String startingAt(String text, int at, List<String> words) {
    for (String w : words) {
      if (text.startsWith(w, at)) {
        return w;
      }
    }
    return null;
  }

  /** A year, month or day (2024年, 12月, 18日), a period (2025—2030), a phase (第二批) or a figure's fragment. */
  private static boolean isDatePart(String text, int start, int stop, String mult) {
    char next = stop < text.length() ? text.charAt(stop) : ' ';
    char before = start > 0 ? text.charAt(start - 1) : ' ';
    return "年月日号时期届次".indexOf(next) >= 0 && mult == null
        || before == '第' || before == '—' || before == '-' || before == '.' || Character.isLetter(before) && before < 128;
  }

  private static double multiplier(String mult) {
    if (mult == null) {
      return 1;
    }
    return switch (mult) {
      case "千" -> 1e3;
      case "万" -> 1e4;
      case "亿" -> 1e8;
      case "万亿" -> 1e12;
      default -> 1e16;
    };
  }

  /** The words before an amount without the verbs that end them (总投资额达 → 总投资额), longest verb first. */
  private static String withoutLeadVerbs(String words) {
    String s = words;
    boolean stripped = true;
    while (stripped && !s.isEmpty()) {
      stripped = false;
      for (String verb : LEAD_VERB_LIST) {
        if (s.endsWith(verb)) {
          s = s.substring(0, s.length() - verb.length());
          stripped = true;
          break;
        }
      }
    }
    return s;
  }

  /**
   * The words right before an amount, without the verb that introduces it and what it is compared with (总投资额达 →
   * 总投资额, 吞吐量同比增长 → 吞吐量), from the pause before them or, when that is far, from a word boundary.
   */
  private static String subject(String text, int start) {
    int from = start;
    while (from > 0 && from > start - 16 && PAUSES.indexOf(text.charAt(from - 1)) < 0) {
      from--;
    }
    // Cut off by the length limit: start at a word of its own, not inside one (港澳大湾区 of 粤港澳大湾区, 024年).
    while (from < start && from > 0 && PAUSES.indexOf(text.charAt(from - 1)) < 0
        && !(WordBoundaries.segmentsAt(text, from) && Character.isIdeographic(text.charAt(from)))) {
      from++;
    }
    String s = text.substring(from, start);
    for (String before = null; !s.equals(before); ) {
      before = s;
      s = COMPARISON.matcher(withoutLeadVerbs(s)).replaceFirst("");
    }
    s = BRACKET_EDGES.matcher(s).replaceAll("");
    return nounPhrase(s);
  }

  // 2024年, 今年, 如今, 春节前, 最快: dates, time words and adverbs that open the words before an amount but name
  // nothing it measures.
  private static final Pattern LEADING_TIME = Pattern.compile("^(?:(?:19|20)\\d{2}年(?:以来|底|末|初|前)?|\\d{1,2}月份?(?:\\d{1,2}日)?"
      + "|\\d{1,2}日|今年|去年|明年|前年|当年|全年|上半年|下半年|[一二三四]季度|前[二三]季度|如今|目前|当前|现在|近年来|近年|"
      + "近日|日前|此前|其中|同时|截至|截止|春节前|春节期间|已经|已|将|最快|最多|最少|累计|总共)+");
  // 向, 已, 不到, 也从, 将有, 占据: adverbs, prepositions, verbs and function words that end a scrap of a sentence,
  // not a noun phrase.
  private static final Pattern TRAILING_SCRAP = Pattern.compile("(?:已经|已|也从|也|还不|还有|还|将有|将|又|再|不到|不足|不超过|"
      + "最快|最多|最少|仅|就|都|便|共|约|近|从|由|向|在|于|对|把|被|给|至|到|占据|占到|占|有|是|的|了|不|只|才)$");

  /**
   * What an amount measures is a noun phrase: without the dates and adverbs that open the words before it and the
   * function words that end them (2024年向 → nothing, 订单数量也从不到 → 订单数量); null when no noun is left.
   */
  static String nounPhrase(String words) {
    String s = words == null ? "" : words.strip();
    for (String before = null; !s.equals(before); ) {
      before = s;
      s = TRAILING_SCRAP.matcher(LEADING_TIME.matcher(s).replaceFirst("")).replaceFirst("");
    }
    if (s.isBlank() || !endsInNoun(s)) {
      return null;
    }
    return s;
  }

  /** Whether the last word of the dictionary that ends the words is no adverb, preposition, function word or bare verb. */
  private static boolean endsInNoun(String s) {
    char last = s.charAt(s.length() - 1);
    if (!Character.isIdeographic(last)) {
      return Character.isLetterOrDigit(last);
    }
    for (int len = Math.min(4, s.length()); len >= 1; len--) {
      CoreDictionary.Attribute a = CoreDictionary.get(s.substring(s.length() - len));
      if (a == null) {
        continue;
      }
      boolean nounLike = false;
      for (var n : a.nature) {
        String t = n.toString();
        nounLike |= t.startsWith("n") || t.equals("vn") || t.startsWith("g") || t.equals("an") || t.startsWith("q")
            || t.equals("j") || t.equals("i") || t.equals("l");
      }
      return nounLike;
    }
    return true;
  }
}
