package org.kechuangradar.recognize.person;

import com.hankcs.hanlp.corpus.dictionary.item.EnumItem;
import com.hankcs.hanlp.corpus.tag.NR;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.nr.PersonDictionary;
import com.hankcs.hanlp.dictionary.nr.TranslatedPersonDictionary;
import java.util.BitSet;
import java.util.LinkedList;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Decides whether a Chinese personal name of two or three characters starts at a surname, without segmenting the
 * sentence: a logistic score over how often HanLP's person-name corpus counts (its role dictionary) saw each character
 * as surname or given name and the words before and after as a name's context, against the dictionary words the
 * characters would otherwise form. Only surname characters are scored, which keeps it far cheaper than HanLP's
 * role-tagging segmenter.
 */
final class NameModel {
  /** Features of one candidate; the weights below were fitted by logistic regression (see docs/QUALITY.md). */
  static final int FEATURES = 19;
  private static final double[] WEIGHTS = {0.4106, 0.4621, 0.4665, -0.3887, 0.2943, 0.3977, 0.2201, -0.6256, -0.4033,
      -0.3935, 1.1664, 0.2188, 1.3359, 0.2634, -0.0396, -0.1001, 0.1225, 0.1303, -0.5325, -8.2131};
  // Log-odds above which a candidate is taken: favours precision a little over recall.
  private static final double THRESHOLD = -0.5;
  // A character HanLP's corpus saw at least this often as a surname is one.
  private static final int MIN_SURNAME_COUNT = 30;

  private final BitSet surnames = Counts.INSTANCE.surname;
  // Above the count of any two-character context word in HanLP's role dictionary (记者 before a name: 12,495).
  private static final double MAX_CONTEXT = Math.log1p(30_000);
  // After a numeral, 万 and 周 are units (61万元, 五周之久), not surnames.
  private static final String NUMERALS = "0123456789０１２３４５６７８９一二三四五六七八九十百千万亿两几余多数";
  // 张先生, 李女士, 高老板: a surname with a form of address is not the name itself.
  private static final Pattern HONORIFICS = Pattern.compile("先生|女士|老板|小姐|老师|师傅|某|总[^统理部局署结体量额数计]");
  // Characters that spell foreign names in Chinese (斯, 特, 尔 …): only runs of them are looked up.
  private static final String TRANSLITERATION = "阿埃艾爱安昂奥巴拜班邦贝本比彼毕波伯博布查达戴丹道德邓迪蒂杜多厄恩法菲费芬丰弗福盖冈"
      + "戈格贡古圭哈海汉豪赫亨胡华惠霍基吉加贾杰金卡凯坎康考柯科克肯库奎拉莱赖兰朗劳勒雷蕾里利莉连列林琳卢鲁伦罗洛马玛迈麦曼"
      + "梅门蒙米密明缪莫姆穆纳奈南内尼妮涅纽努诺欧帕派潘佩彭皮普奇齐恰乔切琴丘萨塞桑瑟森沙尚舍什施史舒斯松苏索塔泰坦汤唐"
      + "特提图托瓦万旺威韦维温沃乌伍西希锡席夏谢辛休雅亚扬耶伊因尤于约泽扎詹兹佐";
  private static final BitSet TRANSLITERATION_CHARS = new BitSet(0x10000);

  static {
    TRANSLITERATION.chars().forEach(TRANSLITERATION_CHARS::set);
  }

  boolean isSurname(char c) {
    return surnames.get(c);
  }

  /** The length (2 or 3) of the most likely name starting at {@code i}, or 0 when neither is likely. */
  int nameLength(String text, int i) {
    if (!surnames.get(text.charAt(i)) || i > 0 && NUMERALS.indexOf(text.charAt(i - 1)) >= 0) {
      return 0;
    }
    double best = THRESHOLD;
    int length = 0;
    for (int len = 2; len <= 3 && i + len <= text.length(); len++) {
      double[] f = new double[FEATURES];
      if (!characterFeatures(text, i, len, f)) {
        continue;
      }
      // Look-ups cost the most: skip them when even their best outcome cannot lift the score enough.
      double bound = score(f) + Math.max(0, WEIGHTS[6])
          + (f[10] == 0 ? WEIGHTS[11] * Math.max(0, MAX_CONTEXT - f[11]) : 0)
          + (f[12] == 0 ? WEIGHTS[13] * Math.max(0, MAX_CONTEXT - f[13]) : 0);
      if (bound <= best) {
        continue;
      }
      contextWords(text, i, len, f);
      if (score(f) + Math.max(0, WEIGHTS[6]) <= best) {
        continue;
      }
      wordFeatures(text, i, len, f);
      double s = score(f);
      if (s > best) {
        best = s;
        length = len;
      }
    }
    // Checked last, as it is the dearest test and most candidates are gone by now.
    return length > 0 && HONORIFICS.matcher(text).region(i + 1, text.length()).lookingAt() ? 0 : length;
  }

  /**
   * The length of a transliterated foreign name HanLP's dictionary knows (托雷斯, 施瓦茨) starting a run of
   * transliteration characters at {@code i}, joined with the next one by a middle dot (伊隆·马斯克); 0 if none.
   */
  int foreignNameLength(String text, int i) {
    if (!TRANSLITERATION_CHARS.get(text.charAt(i)) || i > 0 && TRANSLITERATION_CHARS.get(text.charAt(i - 1))) {
      return 0;
    }
    int run = i;
    while (run < text.length() && run - i < 8 && TRANSLITERATION_CHARS.get(text.charAt(run))) {
      run++;
    }
    // The whole run or nothing: 巴勒斯 of 巴勒斯坦 is a known name too.
    String name = text.substring(i, run);
    if (run - i < 3 || !TranslatedPersonDictionary.containsKey(name) || isPlaceOrBody(name)) {
      return 0;
    }
    if (run + 1 < text.length() && text.charAt(run) == '·') {
      int more = foreignNameLength(text, run + 1);
      return more > 0 ? run + 1 + more - i : run - i;
    }
    return run - i;
  }

  private static double score(double[] f) {
    double s = WEIGHTS[FEATURES];
    for (int k = 0; k < FEATURES; k++) {
      s += WEIGHTS[k] * f[k];
    }
    return s;
  }

  /** The features read from per-character counts; false when a character of the candidate is not Chinese. */
  private static boolean characterFeatures(String text, int i, int len, double[] f) {
    for (int k = i; k < i + len; k++) {
      if (!Character.isIdeographic(text.charAt(k))) {
        return false;
      }
    }
    Counts n = Counts.INSTANCE;
    char surname = text.charAt(i);
    f[0] = n.logB[surname];
    f[1] = n.shareB[surname];
    if (len == 2) {
      f[2] = n.logE[text.charAt(i + 1)];
    } else {
      f[3] = 1;
      f[4] = n.logC[text.charAt(i + 1)];
      f[5] = n.logD[text.charAt(i + 2)];
    }
    if (i == 0 || !Character.isIdeographic(text.charAt(i - 1))) {
      f[10] = 1;
    } else {
      char before = text.charAt(i - 1);
      f[11] = n.logK[before];
      f[16] = n.shareK[before];
    }
    int end = i + len;
    if (end == text.length() || !Character.isIdeographic(text.charAt(end))) {
      f[12] = 1;
    } else {
      char after = text.charAt(end);
      f[13] = n.logL[after];
      f[15] = n.logD[after];
      f[17] = n.shareL[after];
    }
    f[14] = Counts.INSTANCE.surname.get(text.charAt(i + 1)) ? 1 : 0;
    return true;
  }

  /** The two-character words before and after the candidate as a name's context (记者 before, 表示 after). */
  private static void contextWords(String text, int i, int len, double[] f) {
    if (f[10] == 0 && i >= 2) {
      f[11] = Math.max(f[11], Math.log1p(role(text.substring(i - 2, i), NR.K)));
    }
    int end = i + len;
    if (f[12] == 0 && end + 2 <= text.length()) {
      f[13] = Math.max(f[13], Math.log1p(role(text.substring(end, end + 2), NR.L)));
    }
  }

  /** The features that need dictionary words: the candidate as a name and the words it would break. */
  private static void wordFeatures(String text, int i, int len, double[] f) {
    f[6] = isName(text.substring(i, i + len)) ? 1 : 0;
    f[7] = Math.log1p(plainWordFrequency(text, i, 2, 4));
    f[8] = Math.log1p(plainWordFrequency(text, i + len - 1, 2, 3));
    f[9] = Math.log1p(crossingLeft(text, i));
    f[18] = len == 3 ? Math.log1p(plainWordFrequency(text, i + 1, 2, 2)) : 0;
  }

  /** HanLP's person-name role counts of every character, read once into arrays so scoring allocates nothing. */
  private static final class Counts {
    static final Counts INSTANCE = new Counts();
    final double[] logB = new double[0x10000];
    final double[] shareB = new double[0x10000];
    final double[] logC = new double[0x10000];
    final double[] logD = new double[0x10000];
    final double[] logE = new double[0x10000];
    final double[] logK = new double[0x10000];
    final double[] logL = new double[0x10000];
    final double[] shareK = new double[0x10000];
    final double[] shareL = new double[0x10000];
    final BitSet surname = new BitSet(0x10000);

    private Counts() {
      for (char c = 0; c < 0xFFFF; c++) {
        String s = String.valueOf(c);
        EnumItem<NR> item = Character.isIdeographic(c) ? PersonDictionary.dictionary.get(s) : null;
        int roles = 0;
        if (item != null) {
          for (int v : item.labelMap.values()) {
            roles += v;
          }
        }
        int b = item == null ? 0 : item.getFrequency(NR.B);
        int frequency = item == null && !Character.isIdeographic(c) ? 0 : frequency(s);
        logB[c] = Math.log1p(b);
        shareB[c] = Math.log((b + 1.0) / (roles + 1.0));
        logC[c] = Math.log1p(item == null ? 0 : item.getFrequency(NR.C));
        logD[c] = Math.log1p(item == null ? 0 : item.getFrequency(NR.D));
        logE[c] = Math.log1p(item == null ? 0 : item.getFrequency(NR.E));
        int k = item == null ? 0 : item.getFrequency(NR.K);
        int l = item == null ? 0 : item.getFrequency(NR.L);
        logK[c] = Math.log1p(k);
        logL[c] = Math.log1p(l);
        shareK[c] = Math.log((k + 1.0) / (roles + frequency + 1.0));
        shareL[c] = Math.log((l + 1.0) / (roles + frequency + 1.0));
        if (b >= MIN_SURNAME_COUNT) {
          surname.set(c);
        }
      }
    }
  }

  private static int role(String word, NR role) {
    EnumItem<NR> item = PersonDictionary.dictionary.get(word);
    return item == null ? 0 : item.getFrequency(role);
  }

  private static int frequency(String word) {
    CoreDictionary.Attribute a = CoreDictionary.get(word);
    return a == null ? 0 : a.totalFrequency;
  }

  private static boolean isPlaceOrBody(String word) {
    CoreDictionary.Attribute a = CoreDictionary.get(word);
    if (a == null) {
      return false;
    }
    for (Nature n : a.nature) {
      if (n.toString().startsWith("ns") || n.toString().startsWith("nt")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isName(String word) {
    CoreDictionary.Attribute a = CoreDictionary.get(word);
    if (a == null) {
      return false;
    }
    for (Nature n : a.nature) {
      if (n.toString().startsWith("nr")) {
        return true;
      }
    }
    return false;
  }

  /** The frequency of the most frequent dictionary word, not a name, of {@code min..max} characters at {@code i}. */
  private static int plainWordFrequency(String text, int i, int min, int max) {
    int best = 0;
    LinkedList<Map.Entry<String, CoreDictionary.Attribute>> words =
        CoreDictionary.trie.commonPrefixSearchWithValue(text.substring(i, Math.min(text.length(), i + max)));
    for (Map.Entry<String, CoreDictionary.Attribute> w : words) {
      if (w.getKey().length() >= min && !isName(w.getKey())) {
        best = Math.max(best, w.getValue().totalFrequency);
      }
    }
    return best;
  }

  /** The frequency of the most frequent dictionary word that ends inside the name but starts before it. */
  private static int crossingLeft(String text, int i) {
    int best = 0;
    for (int start = Math.max(0, i - 2); start < i; start++) {
      for (Map.Entry<String, CoreDictionary.Attribute> w :
          CoreDictionary.trie.commonPrefixSearchWithValue(text.substring(start, Math.min(text.length(), i + 2)))) {
        if (start + w.getKey().length() > i) {
          best = Math.max(best, w.getValue().totalFrequency);
        }
      }
    }
    return best;
  }
}
