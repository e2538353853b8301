package org.kechuangradar.recognize.organization;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.dictionary.item.EnumItem;
import com.hankcs.hanlp.corpus.tag.NT;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.nt.OrganizationDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.kechuangradar.lexicon.NameTable;

/**
 * A statistical recogniser of organization names that no suffix rule covers (青海人民出版社, 美国海军,
 * 南阳市公安局): a logistic score over the counts of HanLP's organization role dictionary, which records, for words of
 * a tagged newspaper corpus, how often each ended an organization's name, began one, stood inside one or right
 * before or after one. Candidates end at a word that corpus saw mostly as an organization's last word (or are a
 * word it saw mostly as a whole organization); the score picks the left edge among the word boundaries before it.
 * The weights were fitted by logistic regression ({@code radar eval-ner --fit}, see docs/QUALITY.md).
 */
public final class OrganizationModel {
  /** Features of one candidate; the weights below are their fitted coefficients, the last one the intercept. */
  public static final int FEATURES = 15;
  private static final double[] WEIGHTS = {0.0539, -0.6142, -0.3033, -0.0727, -0.0589, 0.1690, -0.0255, 1.8765,
      0.0116, 1.7965, -6.9093, 0.9672, 4.5756, 0.1652, -0.0351, -0.9608};
  // Log-odds above which a candidate is taken; chosen on held-out sentences to favour precision.
  private static final double THRESHOLD = 0.0;
  // A word the corpus saw at least this often in a role, in at least half of its uses there, has that role.
  private static final int MIN_ROLE_COUNT = 20;
  private static final int MAX_PREFIX_WORDS = 4;
  // Words that end organizations' names in the corpus but, in today's news, mostly name a kind or a part of one.
  private static final Set<String> KINDS = Set.of("总部", "两会", "金融机构", "机构", "球队", "行业");
  // Four words before the last word rarely take more than ten characters, and a short window segments faster.
  private static final int MAX_NAME = 10;
  // After a numeral and a measure word (一家电影院), the words are a count of things, not a name.
  private static final String NUMERALS = "0123456789０１２３４５６７８９一二三四五六七八九十百千万亿两几多数每各";
  private static final Set<String> STOP_NATURES = Set.of("p", "c", "u", "d", "r", "v", "vd", "vshi", "vyou", "f", "m",
      "q", "t", "w", "y", "e", "o", "uj", "ude1", "ude2", "ude3", "ule", "pba", "pbei", "cc", "rr", "rz", "ry", "mq",
      "vn", "a", "ad", "vi", "l", "i", "z");

  /** One candidate name: its span in the text, its features and the type its last word gives it. */
  public record Candidate(int start, int end, String type, double[] features) {
    public double score() {
      double s = WEIGHTS[FEATURES];
      for (int k = 0; k < FEATURES; k++) {
        s += WEIGHTS[k] * features[k];
      }
      return s;
    }
  }

  private static final Map<String, Pattern> TYPES = new LinkedHashMap<>();

  static {
    TYPES.put("government", Pattern.compile("(政府|委员会|党委|党组|[市县区州省]委|政协|人大|常委会|议院|国会|使馆|领事馆|领馆|法院"
        + "|检察院|[局厅署处部办委]|军区|军队|部队|[分总支大]队|指挥部|司令部|兵团|政治局|书记处|工委|政法委|[空海陆]军|人民军|陆战队|舰队"
        + "|自卫队|警方|派出所|看守所|法庭|高院|海关|管委会)$"));
    TYPES.put("company", Pattern.compile("(公司|集团|银行|[银商]行|实业|地产|商场|商城|商店|酒店|宾馆|店|厂|影业|乳业|报业|事务所|交易所"
        + "|农场)$"));
    TYPES.put("university", Pattern.compile("(大学|学院|学校|[中小]学|师大|交大|党校|军校|分校|幼儿园)$"));
    TYPES.put("research", Pattern.compile("(研究所|研究院|科学院|农科院|工程院|实验室|医院)$"));
    TYPES.put("media", Pattern.compile("[社台报网]$"));
    TYPES.put("association", Pattern.compile("(协会|学会|商会|联合会|促进会|基金会|总会|工会|工商联|侨联|妇联)$"));
  }

  private static final class Holder {
    static final OrganizationModel INSTANCE = new OrganizationModel();
  }

  private final Segment segment = HanLP.newSegment().enableNameRecognize(false).enablePlaceRecognize(false)
      .enableOrganizationRecognize(false).enableOffset(true);
  private final NameTable<Boolean> triggers;
  private final NameTable<Boolean> wholeNames;
  private final EnumItem<NT> place = OrganizationDictionary.dictionary.get("未##地");
  private final EnumItem<NT> person = OrganizationDictionary.dictionary.get("未##人");
  private final EnumItem<NT> number = OrganizationDictionary.dictionary.get("未##数");
  private final EnumItem<NT> sentenceStart = OrganizationDictionary.dictionary.get("始##始");
  private final EnumItem<NT> sentenceEnd = OrganizationDictionary.dictionary.get("末##末");

  private OrganizationModel() {
    Map<String, Boolean> words = new HashMap<>();
    // The role dictionary cannot be listed, so it is asked about every word of HanLP's own word lists.
    for (String word : hanlpWords()) {
      EnumItem<NT> item = OrganizationDictionary.dictionary.get(word);
      if (word.length() >= 2 && item != null && !suffixRuleCovers(word) && !KINDS.contains(word)
          && (hasRole(item, NT.D, word) || hasRole(item, NT.K, word))) {
        words.put(word, hasRole(item, NT.K, word));
      }
    }
    triggers = new NameTable<>(words);
    Map<String, Boolean> whole = new HashMap<>(words);
    whole.values().removeIf(w -> !w);
    wholeNames = new NameTable<>(whole);
  }

  public static OrganizationModel get() {
    return Holder.INSTANCE;
  }

  /**
   * The candidates around each trigger word of {@code text}, one list per trigger: none overlaps the trigger or cuts
   * through a span in {@code taken} ({start, end}, or {start, end, 1} for a place that may sit inside a name). The
   * extractor keeps the best of each list when it scores above the threshold.
   */
  public List<List<Candidate>> candidates(String text, List<int[]> taken) {
    List<List<Candidate>> out = new ArrayList<>();
    int i = 0;
    while (i < text.length() - 1) {
      // A last word with no name-like character before it can only be a whole name: the larger table is skipped.
      boolean prefixed = i > 0 && isNameChar(text.charAt(i - 1));
      NameTable.Match<Boolean> m = prefixed ? triggers.longestAt(text, i) : wholeNames.longestAt(text, i);
      if (m == null) {
        i++;
        continue;
      }
      int end = i + m.length();
      if (!overlaps(taken, i, end)) {
        List<Candidate> c = candidatesAt(text, i, end, m.value(), taken);
        if (!c.isEmpty()) {
          out.add(c);
        }
      }
      i = end;
    }
    return out;
  }

  /** The best candidate per trigger that scores above the threshold. */
  List<Candidate> names(String text, List<int[]> taken) {
    List<Candidate> out = new ArrayList<>();
    for (List<Candidate> options : candidates(text, taken)) {
      Candidate best = null;
      for (Candidate c : options) {
        if (c.score() > THRESHOLD && (best == null || c.score() > best.score())) {
          best = c;
        }
      }
      if (best != null) {
        out.add(best);
      }
    }
    return out;
  }

  private List<Candidate> candidatesAt(String text, int triggerStart, int triggerEnd, boolean whole,
      List<int[]> taken) {
    // 市中心, 城中心: the middle of a town.
    if (text.startsWith("中心", triggerStart) && triggerStart > 0 && "市城".indexOf(text.charAt(triggerStart - 1)) >= 0) {
      return List.of();
    }
    int pause = triggerStart;
    while (pause > 0 && triggerStart - pause < MAX_NAME && isNameChar(text.charAt(pause - 1))) {
      pause--;
    }
    int after = Math.min(text.length(), triggerEnd + 2);
    List<Term> terms = segment.seg(text.substring(pause, after));
    int k = -1;
    for (int t = 0; t < terms.size(); t++) {
      Term term = terms.get(t);
      if (pause + term.offset == triggerStart && term.word.length() == triggerEnd - triggerStart) {
        k = t;
      }
    }
    if (k < 0) {
      return List.of();
    }
    Term trigger = terms.get(k);
    EnumItem<NT> item = OrganizationDictionary.dictionary.get(trigger.word);
    String type = null;
    List<Candidate> out = new ArrayList<>();
    double[] insideLogs = new double[k];
    double[] insideShares = new double[k];
    for (int j = k; j >= Math.max(0, k - MAX_PREFIX_WORDS); j--) {
      if (j < k) {
        Term w = terms.get(j);
        if (STOP_NATURES.contains(w.nature.toString()) || !Character.isIdeographic(w.word.charAt(0))) {
          break;
        }
        EnumItem<NT> wi = item(w);
        int inside = count(wi, NT.C, NT.F, NT.G, NT.H, NT.I, NT.J, NT.K);
        insideLogs[j] = Math.log1p(inside);
        insideShares[j] = (double) inside / (1 + total(wi) + CoreDictionary.getTermFrequency(w.word));
      }
      int start = pause + terms.get(j).offset;
      boolean afterNumeral = start > 0 && NUMERALS.indexOf(text.charAt(start - 1)) >= 0;
      if (j == k && !whole || j < k && !hasProperWord(terms, j, k) || afterNumeral
          || !isSpecific(text.substring(start, triggerStart), j < k)
          || cuts(taken, start, triggerEnd)) {
        continue;
      }
      double[] f = new double[FEATURES];
      int d = count(item, NT.D);
      int kk = count(item, NT.K);
      int frequency = CoreDictionary.getTermFrequency(trigger.word);
      f[0] = Math.log1p(d);
      f[1] = (double) d / (1 + total(item) + frequency);
      f[2] = k - j;
      f[3] = triggerEnd - start;
      double sum = 0;
      double min = 1;
      for (int q = j; q < k; q++) {
        sum += insideLogs[q];
        min = Math.min(min, insideShares[q]);
      }
      f[4] = k > j ? sum / (k - j) : 0;
      f[5] = k > j ? min : 0;
      EnumItem<NT> before = j > 0 ? item(terms.get(j - 1)) : pause == 0 || !Character.isIdeographic(text.charAt(pause - 1))
          ? sentenceStart : OrganizationDictionary.dictionary.get(String.valueOf(text.charAt(pause - 1)));
      int a = before == sentenceStart ? count(before, NT.S) : count(before, NT.A);
      f[6] = Math.log1p(a);
      f[7] = (double) a / (1 + total(before));
      EnumItem<NT> next = k + 1 < terms.size() ? item(terms.get(k + 1)) : sentenceEnd;
      f[8] = Math.log1p(count(next, NT.B));
      f[9] = j < k && terms.get(j).nature.toString().startsWith("ns") ? 1 : 0;
      f[10] = j == k ? 1 : 0;
      f[11] = Math.log1p(kk);
      f[12] = (double) kk / (1 + total(item) + frequency);
      f[13] = j < k && CoreDictionary.contains(text.substring(start, triggerEnd)) ? 1 : 0;
      f[14] = Math.log1p(frequency);
      type = type == null ? typeOf(trigger.word) : type;
      out.add(new Candidate(start, triggerEnd, type, f));
    }
    return out;
  }

  /** The type an organization's last word gives it (政府 government, 出版社 media, 中学 university …). */
  static String typeOf(String last) {
    for (Map.Entry<String, Pattern> type : TYPES.entrySet()) {
      if (type.getValue().matcher(last).find()) {
        return type.getKey();
      }
    }
    return "other";
  }

  private EnumItem<NT> item(Term t) {
    String nature = t.nature.toString();
    if (nature.startsWith("ns")) {
      return place;
    }
    if (nature.startsWith("nr")) {
      return person;
    }
    return nature.equals("m") ? number : OrganizationDictionary.dictionary.get(t.word);
  }

  private static boolean hasRole(EnumItem<NT> item, NT role, String word) {
    int n = count(item, role);
    return n >= MIN_ROLE_COUNT && n * 2 >= total(item) && (role != NT.K || onlyProperNatures(word));
  }

  /** A whole-name word must not be an ordinary word too (光明 is also an adjective). */
  private static boolean onlyProperNatures(String word) {
    CoreDictionary.Attribute attribute = CoreDictionary.get(word);
    if (attribute == null) {
      return true;
    }
    for (com.hankcs.hanlp.corpus.tag.Nature nature : attribute.nature) {
      if (!isProper(nature.toString())) {
        return false;
      }
    }
    return true;
  }

  private static boolean isProper(String nature) {
    return nature.startsWith("ns") || nature.startsWith("nr") || nature.startsWith("nt") || nature.startsWith("nz")
        || nature.equals("j") || nature.equals("nx");
  }

  /**
   * Whether the words before the last word name one organization rather than a kind (国际组织, 钢铁工厂): one of them
   * must be a place, a person, an abbreviation or a proper noun, or a word HanLP's dictionary does not know.
   */
  private static boolean hasProperWord(List<Term> terms, int from, int to) {
    for (int q = from; q < to; q++) {
      Term t = terms.get(q);
      if (isProper(t.nature.toString()) || !CoreDictionary.contains(t.word)) {
        return true;
      }
    }
    return false;
  }

  private static int count(EnumItem<NT> item, NT... roles) {
    int n = 0;
    for (NT r : roles) {
      Integer c = item == null ? null : item.labelMap.get(r);
      n += c == null ? 0 : c;
    }
    return n;
  }

  private static int total(EnumItem<NT> item) {
    int n = 0;
    if (item != null) {
      for (int c : item.labelMap.values()) {
        n += c;
      }
    }
    return n;
  }

  // The suffix rules of OrganizationExtractor decide these; the model takes what they leave.
  private static boolean suffixRuleCovers(String word) {
    return word.matches(".*(公司|集团|银行|证券|科技|研究院|研究所|研究中心|实验室|科学院|大学|学院|学会|协会|联合会|商会|联盟|基金会"
        + "|交易所|日报|晚报|电视台)");
  }

  private static boolean isSpecific(String head, boolean hasPrefix) {
    if (!hasPrefix) {
      return true;
    }
    return head.length() >= 2 && "一两几某该这那各每多本其此".indexOf(head.charAt(0)) < 0 && !head.contains("的");
  }

  private static boolean isNameChar(char c) {
    return Character.isIdeographic(c) && "的在和与是为及对从向将把被由等于以了着过".indexOf(c) < 0;
  }

  /**
   * A span taken already that the candidate would cut through or swallow; a place wholly inside it (青海 in
   * 青海人民出版社, marked by a third element of 1) is neither.
   */
  private static boolean cuts(List<int[]> taken, int start, int end) {
    for (int[] t : taken) {
      if (t[0] < end && start < t[1] && (t[0] < start || t[1] > end || t.length < 3 || t[2] != 1)) {
        return true;
      }
    }
    return false;
  }

  private static boolean overlaps(List<int[]> taken, int start, int end) {
    for (int[] t : taken) {
      if (t[0] < end && start < t[1]) {
        return true;
      }
    }
    return false;
  }

  private static List<String> hanlpWords() {
    List<String> words = new ArrayList<>();
    read("data/dictionary/synonym/CoreSynonym.txt", line -> {
      for (String w : line.split(" ")) {
        if (!w.isEmpty() && Character.isIdeographic(w.charAt(0)) && w.chars().allMatch(Character::isIdeographic)) {
          words.add(w);
        }
      }
    });
    read("data/dictionary/pinyin/pinyin.txt", line -> {
      int eq = line.indexOf('=');
      if (eq > 1) {
        words.add(line.substring(0, eq));
      }
    });
    return words;
  }

  private static void read(String resource, java.util.function.Consumer<String> lines) {
    try (InputStream in = OrganizationModel.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("HanLP's word list " + resource + " is missing from the class path");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lines.accept(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
