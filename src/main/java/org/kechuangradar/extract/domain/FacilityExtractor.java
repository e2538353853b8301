package org.kechuangradar.extract.domain;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kechuangradar.extract.SentenceFacts;
import org.kechuangradar.lexicon.PlanCues;
import org.kechuangradar.lexicon.RegionGazetteer;
import org.kechuangradar.lexicon.StageVerbs;
import org.kechuangradar.lexicon.Tsv;
import org.kechuangradar.model.Document;
import org.kechuangradar.model.Evidence;
import org.kechuangradar.model.Facility;
import org.kechuangradar.model.FacilityStage;
import org.kechuangradar.model.Mention;
import org.kechuangradar.pipeline.Stage;
import org.kechuangradar.segment.Occurrences;
import org.kechuangradar.segment.Sentences;
import org.kechuangradar.time.DateBase;
import org.kechuangradar.time.DateResolver;

/**
 * Finds facilities by the word that ends their name (智算中心, 大科学装置, 实验室, 集聚区 …) or that stands before
 * it ({@code 大模型生态社区模速空间}), and gives each the dated stages its sentences tell: 规划 planned, 获批
 * approved, 开工 started, 建成 built, 验收 accepted, 揭牌/上线 opened, 运营/入驻 operating (with the count of
 * tenants when given).
 */
public final class FacilityExtractor implements Stage {
  private static final List<String[]> KINDS = Tsv.rows("facility-kinds");
  // The kinds by their first character, in the file's order: most characters of a text start no kind.
  private static final Map<Character, List<String[]>> KINDS_BY_FIRST = new HashMap<>();
  private static final java.util.BitSet KIND_FIRST_CHARS = new java.util.BitSet(0x10000);

  static {
    for (String[] k : KINDS) {
      KINDS_BY_FIRST.computeIfAbsent(k[0].charAt(0), c -> new ArrayList<>()).add(k);
      KIND_FIRST_CHARS.set(k[0].charAt(0));
    }
  }
  // Words before a name that say what it is: 大模型生态社区模速空间.
  private static final Pattern APPOSITION = Pattern.compile("(社区|园区)([\\p{IsHan}]{2,6}?)(?=[，。；、,;]|$)");
  private static final List<StageVerbs.Verb> STAGES = StageVerbs.get().stageVerbs();
  // 建设10个以上未来产业先导区: a number of facilities to come is a target, not a facility.
  private static final Pattern COUNTED = Pattern.compile("(\\d+|[一二三四五六七八九十百]+)(个|座|家|批|所)(以)?$");
  // 八大算力枢纽, 一批孵化器, 两个实验室: a name that counts facilities stands for several, not for one.
  private static final Pattern COUNT_INSIDE = Pattern.compile("(?:\\d+|[一二两三四五六七八九十百]+)[多余]?(?:大|个|座|家|批|所|类|处|条|项)");
  // 重庆这个产业园, 该中心: a demonstrative points at a facility named elsewhere; it is no part of a name.
  private static final Pattern DEMONSTRATIVE = Pattern.compile("这|该|那[个座家所处]|此[个座家所处]");
  private static final List<String> COLLECTIVE = Tsv.words("collective-words");
  private static final List<String> MILITARY = Tsv.words("military-words");
  private static final List<String> TRADE_WORDS = tradeWords();
  // 中国探月工程, 国家载人航天工程: works named for the country as a whole are a national programme, not one facility.
  private static final Pattern NATIONAL = Pattern.compile("^(?:中国|我国|国家|全国)");
  private static final Pattern TRANSFER =
      Pattern.compile("[东西南北]\\p{IsHan}[东西南北]\\p{IsHan}[东中西]线|引\\p{IsHan}{1,2}[济入补]\\p{IsHan}{1,2}”?$");
  private static final Pattern LIST_INTRO = Pattern.compile("(?:其中|这些项目|项目|主要)?包括");
  private static final Pattern CLAUSE_BREAK = Pattern.compile("[，,；;：:]");
  // 开通运营11个月以来, 全面通水近9年来, 自投产以来, 全面通水至今: open for a time, so in operation now.
  private static final Pattern SINCE = Pattern.compile("(" + String.join("|", StageVerbs.get().stageVerbs().stream()
      .filter(v -> v.stage() == FacilityStage.OPENED || v.stage() == FacilityStage.OPERATING).map(StageVerbs.Verb::word)
      .toList()) + "|投产|开通|通水)[^，。；,;]{0,8}?(以来|至今|年来)");
  // Building work under way: 正在紧张施工, 正忙着回填, 加快实施, 施工现场, 建设一派繁忙 (the work words of
  // lexicon/building-work.tsv after a progressive or hastening adverb, or before words of a busy site).
  private static final String WORK = String.join("|", Tsv.wordsLongestFirst("building-work"));
  private static final Pattern UNDER_WAY = Pattern.compile("(?:正在|正|加快|加紧|抓紧|全力|日夜)[^，。；,;]{0,12}?(?:"
      + WORK + ")|(?:" + WORK + ")(?:现场|一派繁忙|紧锣密鼓|如火如荼|进入|高峰)");
  private static final Pattern TENANTS = Pattern.compile("入驻(?:企业|机构|团队|项目)?(\\d+)(?:家|个)");
  private static final Pattern OPERATOR = Pattern.compile("由([\\p{IsHan}]{2,20}?)(?:建设|运营|承建|牵头建设|投资建设)");

  @Override
  public Document process(Document d) {
    String text = d.text();
    Map<String, String> kinds = new LinkedHashMap<>();
    Map<String, Integer> firstAt = new LinkedHashMap<>();
    // Names counted somewhere (7个省级水网先导区) are common nouns; the region a name was written after (黑龙江鹤岗市…).
    java.util.Set<String> counted = new java.util.HashSet<>();
    Map<String, String> leading = new HashMap<>();
    // 河北青龙、山西汾河等4处新建灌区: the words after a list name the class of its members, not a facility.
    java.util.Set<Integer> classAt = new java.util.HashSet<>();
    List<Listed> lists = listed(d, text, classAt);
    for (int i = 0; i < text.length(); i++) {
      if (!KIND_FIRST_CHARS.get(text.charAt(i))) {
        continue;
      }
      for (String[] k : KINDS_BY_FIRST.get(text.charAt(i))) {
        if (text.startsWith(k[0], i)) {
          int end = i + k[0].length();
          if (classAt.contains(i)) {
            i = end - 1;
            break;
          }
          int start = NamePhrase.start(text, i, 14);
          boolean weak = k.length > 2 && k[2].equals("proper");
          if (weak && (end < text.length() && CoreDictionary.get(text.substring(i, end + 1)) != null
              || insideOrganization(d, i, end))) {
            // 工程师, 清华大学电子工程系: the kind word continues into another word, or is a part of an organization.
            i = end - 1;
            break;
          }
          start = trimmed(d, text, start, i, k[0], weak, leading);
          start = clauseTrimmed(d, text, start, i, weak || k[0].endsWith("工程"));
          String name = text.substring(start, end);
          if (pointedAt(text, start) || start >= i || notAName(d, text, start, i, end, k[0])) {
            i = end - 1;
            break;
          }
          boolean isCounted = COUNTED.matcher(text.substring(Math.max(0, start - 8), start)).find();
          if (isCounted) {
            counted.add(name);
          }
          // 建设10个智算中心 counts centres of a kind; only an uncounted bare kind stands for the place's own centre.
          if (start == i && !isCounted && (k[1].equals("compute") || k[1].equals("big_science"))) {
            name = placeBefore(d, text, i) + k[0];
          }
          boolean placed = !k[1].equals("cluster") || namesPlace(d, i - name.length() + k[0].length(), i);
          String head = name.substring(0, name.length() - k[0].length());
          // 防洪治理工程, 水系连通工程: the words before 工程 say what the work does, and a verb among them is no clause.
          boolean clause = !k[0].endsWith("工程") && (endsWithVerb(head) || weak && endsWithUsualVerb(head));
          if (name.length() > k[0].length() && !GenericNames.isKindAlone(name, k[0]) && properName(name, k[0]) && placed
              && !counted.contains(name) && !inProposal(d, text, start, end) && !clause && !military(name)
              && !notBuilt(d, name, k[0], end - name.length())
              && (!weak || (hasProperPart(d, start, i, text) || afterDash(text, start) || startsWithKnown(kinds, head))
                  && !GenericNames.endsWithQualifier(text.substring(start, i)))) {
            kinds.putIfAbsent(name, k[1]);
            firstAt.putIfAbsent(name, i);
          }
          i = end - 1;
          break;
        }
      }
    }
    kinds.keySet().removeAll(counted);
    Map<String, List<Integer>> listedAt = new HashMap<>();
    for (Listed l : lists) {
      if (!counted.contains(l.name()) && !military(l.name()) && properName(l.name(), l.kind())
          && !notBuilt(null, l.name(), l.kind(), 0)) {
        kinds.putIfAbsent(l.name(), KINDS.stream().filter(k -> k[0].equals(l.kind())).findFirst().get()[1]);
        firstAt.putIfAbsent(l.name(), l.at());
        listedAt.computeIfAbsent(l.name(), n -> new ArrayList<>()).add(l.at());
        if (l.region() != null) {
          leading.putIfAbsent(l.name(), l.region());
        }
      }
    }
    dropNested(text, kinds, leading);
    for (Apposition ap : appositions(text)) {
      kinds.putIfAbsent(ap.name(), "community");
      firstAt.putIfAbsent(ap.name(), ap.at());
    }
    DateBase base = SentenceFacts.dateBase(d);
    List<Facility> out = new ArrayList<>();
    if (kinds.isEmpty()) {
      return d.withExtraction(d.extraction().withDomain(d.extraction().domain().withFacilities(out)));
    }
    Sentences.Sentence[] sentences = SentenceFacts.sentences(text).toArray(Sentences.Sentence[]::new);
    int[] starts = new int[sentences.length];
    // Where the paragraph of each sentence starts: after the last line break at or before the sentence.
    int[] paragraphs = new int[sentences.length];
    for (int k = 0, scanned = 0, lineBreak = -1; k < sentences.length; k++) {
      starts[k] = sentences[k].start();
      for (; scanned <= starts[k]; scanned++) {
        lineBreak = text.charAt(scanned) == '\n' ? scanned : lineBreak;
      }
      paragraphs[k] = lineBreak + 1;
    }
    Map<String, List<Integer>> occurrences = Occurrences.of(text, kinds.keySet());
    Areas areas = new Areas(d);
    List<Span> spans = spans(kinds, occurrences, lists);
    for (Map.Entry<String, String> e : kinds.entrySet()) {
      String name = e.getKey();
      // The sentences that name it: hold the name, or the place it was first found.
      TreeSet<Integer> named = new TreeSet<>();
      for (int at : occurrences.get(name)) {
        int k = sentenceAt(starts, at);
        if (k >= 0 && at + name.length() <= sentences[k].end()) {
          named.add(k);
        }
      }
      List<Integer> at = new ArrayList<>(listedAt.getOrDefault(name, List.of()));
      at.add(firstAt.get(name));
      for (int a : at) {
        int k = sentenceAt(starts, a);
        if (k >= 0 && a < sentences[k].end()) {
          named.add(k);
        }
      }
      out.add(facility(d, sentences, paragraphs, named, name, e.getValue(), areas, base, leading.get(name),
          spans));
    }
    return d.withExtraction(d.extraction().withDomain(d.extraction().domain().withFacilities(out)));
  }

  // 2018年10月港珠澳大桥: a date written before a name is no part of it.
  private static final Pattern LEADING_COUNT =
      Pattern.compile("(?:第?(?:\\d+|[一二两三四五六七八九十百]+)[多余]?(?:个|座|家|批|所|类|处|条))+");
  private static final Pattern LEADING_DATE = Pattern.compile("(?:\\d{4}年)?(?:\\d{1,2}月)?(?:\\d{1,2}日)?");

  /** Where the name starting at {@code start} and ending in the kind word at {@code kindAt} really starts. */
  private static int trimmed(Document d, String text, int start, int kindAt, String kind, boolean weak,
      Map<String, String> leading) {
    // 纪念日8.海南自贸港, “代表通道: a list number or an opening quote that the name does not close ends what came before.
    for (int at = kindAt - 1; at >= start; at--) {
      char c = text.charAt(at);
      if (c == '.' || c == '“' && (text.indexOf('”', at) < 0 || text.indexOf('”', at) > kindAt)
          || c == '”' && text.lastIndexOf('“', at) < start) {
        start = at + 1;
        break;
      }
    }
    Matcher date = LEADING_DATE.matcher(text).region(start, kindAt);
    if (date.lookingAt() && date.end() > start) {
      start = date.end();
    }
    // 第一批7个省级水网先导区: the count goes before the name, where COUNTED finds it.
    Matcher count = LEADING_COUNT.matcher(text).region(start, kindAt);
    if (count.lookingAt() && count.end() > start) {
      start = count.end();
    }
    // 黑龙江鹤岗市关门嘴子水库: the region written first is where the facility stands.
    String region = null;
    int at = start;
    for (Mention m : SentenceFacts.inside(d, start, kindAt)) {
      if (m.type() == Mention.Type.REGION && m.start() == at && m.end() < kindAt
          && !crossesWord(text, m.start(), m.end())) {
        region = m.canonical();
        at = m.end();
      }
    }
    if (region != null) {
      leading.putIfAbsent(text.substring(start, kindAt + kind.length()), region);
    }
    return start;
  }

  private static final java.util.Set<String> PARK =
      KINDS.stream().filter(k -> k[1].equals("park")).map(k -> k[0]).collect(java.util.stream.Collectors.toSet());
  private static final Pattern DASH_AFTER = Pattern.compile("\\p{IsHan}{0,2}——");
  // 跨海大桥工程: words that tell what a structure crosses say its kind, not its name.
  private static final Pattern CROSSING = Pattern.compile("(?:跨海|跨江|跨河|跨线|跨湖|特大|大型|新建)*");
  private static final java.util.Set<String> MILESTONES = java.util.Set.of("合龙", "封顶");
  private static final List<String> PROGRAMME = Tsv.wordsLongestFirst("programme-words");
  // 习近平总书记, 省长: a title, after a person's name or alone, ends a clause before a name.
  private static final Pattern TITLE = Pattern.compile("总书记|主席|总理|书记|省长|市长|县长|部长|局长|院士|代表|委员");
  // 2026年首趟, 1月3日, 第二批: a date or a count inside the words before a kind ends what came before the name.
  private static final Pattern INNER_DATE_OR_COUNT = Pattern.compile("\\d{4}年|\\d{1,2}月(?:\\d{1,2}日)?|\\d{1,2}日"
      + "|首[趟个批座条列家次]|第(?:\\d+|[一二两三四五六七八九十百]+)[个批座条列家次期]?");
  // 英国铁路海事运输工会: a kind word followed by the words of a body's name is a part of that name.
  private static final Pattern BODY_AFTER = Pattern.compile("^\\p{IsHan}{0,8}?(?:工会|协会|公司|集团|委员会|联合会|商会|学会|管理局)");
  // Words of a built structure: a 工程 of them is a built work whatever goal word is written after them.
  private static final Pattern STRUCTURE = Pattern.compile("[桥隧港站堤坝渠闸河江湖路线场馆厂井库渡]");

  /**
   * A name never holds a clause's words: a person or a title (习近平总书记发出打好…), a date or a count (开行2026年首趟西部
   * 陆海新通道), or, before a kind that is also a common noun, a verb that opens it (发出, 开行, 推进); the name starts
   * after them. 关门嘴子水库 keeps its 关门: a kind of its own names a facility by whatever words come before it.
   */
  private static int clauseTrimmed(Document d, String text, int start, int kindAt, boolean common) {
    // A person's name alone is not trimmed: the recognizer takes place names (白鹤滩) for persons; a title is surer.
    Matcher t = TITLE.matcher(text).region(start, kindAt);
    while (t.find()) {
      start = t.end();
    }
    Matcher c = INNER_DATE_OR_COUNT.matcher(text).region(start, kindAt);
    while (c.find()) {
      start = c.end();
    }
    for (int n = 0; common && n < 3 && start < kindAt - 2; n++) {
      CoreDictionary.Attribute a = CoreDictionary.get(text.substring(start, start + 2));
      if (a == null || !org.kechuangradar.lexicon.EverydayWords.usualNature(a).toString().equals("v")
          || CoreDictionary.get(text.substring(start, Math.min(kindAt, start + 3))) != null && start + 3 <= kindAt) {
        break;
      }
      start += 2;
    }
    return start;
  }

  /**
   * Named like a facility but none: a programme (“千万工程”, 文明乡风建设工程, “三北”工程 — a campaign of afforestation over
   * many provinces, not one built work), kind words alone (跨海大桥工程), a description a dash names (核心枢纽工程——狮子洋
   * 通道), a common member of a list closed by 等 (光伏产业园、新材料产业园等), or a part of a body's name (英国铁路海事运输工会).
   */
  private static boolean notAName(Document d, String text, int start, int kindAt, int end, String kind) {
    if (DASH_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 5))).lookingAt() || BODY_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 12))).find()
        && kind.length() == 2) {
      return true;
    }
    String name = text.substring(start, end);
    String head = text.substring(start, kindAt);
    if (!head.isEmpty() && CROSSING.matcher(head).matches()) {
      return true;
    }
    if (name.endsWith("工程")) {
      String pre = name.substring(0, name.length() - 2);
      boolean quotedWhole = start > 0 && text.charAt(start - 1) == '“' && end < text.length() && text.charAt(end) == '”';
      String unquoted = pre.replaceAll("“[^”]*”", "");
      if ((quotedWhole || unquoted.isEmpty()) && !TRANSFER.matcher(pre).find()) {
        return true;
      }
      for (String w : PROGRAMME) {
        if (pre.endsWith(w)) {
          String before = pre.substring(0, pre.length() - w.length());
          boolean built = STRUCTURE.matcher(before.replaceAll("“[^”]*”", "")).find()
              || KINDS.stream().anyMatch(k -> !k[0].equals("工程") && before.contains(k[0]));
          if (!built) {
            return true;
          }
        }
      }
      for (String[] k : KINDS) {
        String rest = head.endsWith(k[0]) ? head.substring(0, head.length() - k[0].length()) : null;
        if (!k[0].equals(kind) && rest != null
            && (GenericNames.isKindAlone(head, k[0]) || CROSSING.matcher(rest).matches())) {
          return true;
        }
      }
    }
    if (PARK.contains(kind) && (text.startsWith("等", end) || text.startsWith("、", end)) && head.length() > 0
        && !hasProperPart(d, start, kindAt, text)) {
      return true;
    }
    return false;
  }

  private static boolean insideOrganization(Document d, int start, int end) {
    for (Mention m : SentenceFacts.inside(d, Math.max(0, start - 20), Math.min(d.text().length(), end + 10))) {
      if (m.type() == Mention.Type.ORGANIZATION && m.start() <= start && m.end() > end
          || m.type() == Mention.Type.ORGANIZATION && m.start() == NamePhrase.start(d.text(), start, 14)) {
        return true;
      }
    }
    return false;
  }

  /** 这个光伏产业园, 该中心: a name a demonstrative points at stands for one named elsewhere, or for none. */
  private static boolean pointedAt(String text, int start) {
    return start >= 2 && DEMONSTRATIVE.matcher(text.substring(start - 2, start)).find();
  }

  /**
   * The words before a kind that is also a common noun (工程, 通道, 基地) name one facility only when a proper part is
   * among them: a place (贺兰山东麓防洪治理工程), a word the dictionary knows only as a name or not at all, a digit, a
   * Latin letter, or characters that make no dictionary word together (引江补汉工程, 深中通道) unless
   * they are verbs compounded (调蓄工程). Words alone (水源调蓄工程, 控制性工程, 国家水网骨干工程) name a class.
   */
  static boolean hasProperPart(Document d, int start, int end, String text) {
    if (d != null && SentenceFacts.inside(d, start, end).stream().anyMatch(m -> m.type() == Mention.Type.REGION)) {
      return true;
    }
    String run = text.substring(start, end);
    if (run.chars().anyMatch(c -> c < 0x80 && Character.isLetterOrDigit(c))) {
      return true;
    }
    // 南水北调中线, “引汉济渭”工程: a line of a transfer between directions, and a diversion from one river to another,
    // are built works, quoted or not.
    if (TRANSFER.matcher(run).find()) {
      return true;
    }
    // “东数西算”工程, “十四五”重点工程: a quoted slogan names a programme, not a facility.
    run = run.replaceAll("“[^”]*”", "");
    boolean lastSingleVerb = false;
    boolean lastSingle = false;
    next:
    for (int i = 0; i < run.length();) {
      for (String w : TRADE_WORDS) {
        if (run.startsWith(w, i)) {
          // 风电, 光伏: a word of a trade is a common noun, whether the dictionary knows it or not.
          lastSingle = false;
          i += w.length();
          continue next;
        }
      }
      int length = 1;
      CoreDictionary.Attribute found = null;
      for (int len = Math.min(4, run.length() - i); len >= 1; len--) {
        CoreDictionary.Attribute a = CoreDictionary.get(run.substring(i, i + len));
        if (a != null) {
          found = a;
          length = len;
          break;
        }
      }
      if (found == null) {
        return true;
      }
      String usual = org.kechuangradar.lexicon.EverydayWords.usualNature(found).toString();
      if (length > 1 && (usual.startsWith("ns") || usual.startsWith("nr") || usual.startsWith("nt")
          || usual.startsWith("nz") || usual.equals("j") || usual.equals("nx"))) {
        return true;
      }
      boolean verb = length == 1 && Arrays.stream(found.nature).anyMatch(n -> n.toString().startsWith("v"));
      if (length == 1 && lastSingle && !lastSingleVerb) {
        return true;
      }
      lastSingle = length == 1;
      lastSingleVerb = verb;
      i += length;
    }
    return false;
  }

  /**
   * 向家坝灌区 inside 向家坝灌区北总干渠一期一步工程 is part of a longer name, not a name of its own; 黑龙江鹤岗市关门嘴子水库
   * and 关门嘴子水库 are one facility, known by the shorter name, standing where the longer one says.
   */
  private static void dropNested(String text, Map<String, String> kinds, Map<String, String> leading) {
    List<String> names = new ArrayList<>(kinds.keySet());
    Map<String, List<Integer>> occurrences = Occurrences.of(text, names);
    for (String shorter : names) {
      for (String longer : names) {
        if (longer.length() <= shorter.length() || !longer.contains(shorter)) {
          continue;
        }
        String rest = longer.substring(shorter.length());
        if (longer.startsWith(shorter) && kinds.containsKey(longer) && rest.length() > 2
            && !hasProperPart(null, 0, rest.length() - 2, rest)) {
          // 大藤峡水利枢纽工程主体工程: a part of a facility, told by common words, is the facility.
          kinds.remove(longer);
        } else if (longer.endsWith(shorter) && kinds.containsKey(longer)) {
          kinds.remove(longer);
          String region = leading.get(longer);
          if (region != null) {
            leading.putIfAbsent(shorter, region);
          }
        } else if (!longer.endsWith(shorter) && occurrences.get(shorter).size() <= occurrences.get(longer).size()) {
          kinds.remove(shorter);
        }
      }
    }
  }

  /** The index of the sentence that starts last at or before {@code at}, or -1. */
  private static int sentenceAt(int[] starts, int at) {
    int k = Arrays.binarySearch(starts, at);
    return k >= 0 ? k : -k - 2;
  }

  /** A place in the text where a facility is named: by its name, or as a member of a list. */
  private record Span(String name, int start, int end) {}

  /**
   * Where each facility is named, in text order; a name inside another's longer name (平陆运河 of 平陆运河马道枢纽)
   * is a part of that name, not a mention of its own.
   */
  private static List<Span> spans(Map<String, String> kinds, Map<String, List<Integer>> occurrences,
      List<Listed> lists) {
    List<Span> all = new ArrayList<>();
    for (String name : kinds.keySet()) {
      for (int at : occurrences.getOrDefault(name, List.of())) {
        all.add(new Span(name, at, at + name.length()));
      }
    }
    for (Listed l : lists) {
      if (kinds.containsKey(l.name())) {
        all.add(new Span(l.name(), l.at(), l.end()));
      }
    }
    all.sort(java.util.Comparator.comparingInt(Span::start).thenComparingInt(sp -> -sp.end()));
    List<Span> out = new ArrayList<>();
    int reach = -1;
    for (Span sp : all) {
      if (sp.end() > reach) {
        // 西藏拉萨旁多引水工程 and 旁多引水工程“三通一平”基础工程 overlap: both are named there.
        out.add(sp);
        reach = sp.end();
      }
    }
    return out;
  }

  /** The spans inside a sentence, relative to its start. */
  private static List<Span> spansIn(List<Span> spans, Sentences.Sentence s) {
    List<Span> out = new ArrayList<>();
    for (Span sp : spans) {
      if (sp.start() >= s.start() && sp.end() <= s.end()) {
        out.add(new Span(sp.name(), sp.start() - s.start(), sp.end() - s.start()));
      }
    }
    return out;
  }

  private static int clauseStart(String sentence, int at) {
    int cs = at;
    while (cs > 0 && CLAUSE_BREAK.matcher(sentence.substring(cs - 1, cs)).matches() == false) {
      cs--;
    }
    return cs;
  }

  private static int clauseEnd(String sentence, int at) {
    int ce = at;
    while (ce < sentence.length() && !CLAUSE_BREAK.matcher(sentence.substring(ce, ce + 1)).matches()) {
      ce++;
    }
    return ce;
  }

  private static final Pattern JOINER = Pattern.compile("[、，,]?(?:和|及|与|以及|、)?");

  /** The spans joined by 、和及与 to {@code from}, going back ({@code step} -1) or forward (+1) in {@code sorted}. */
  private static List<Span> chain(String sentence, List<Span> sorted, int from, int step) {
    List<Span> group = new ArrayList<>(List.of(sorted.get(from)));
    for (int i = from + step; i >= 0 && i < sorted.size(); i += step) {
      Span a = step < 0 ? sorted.get(i) : sorted.get(i - step);
      Span b = step < 0 ? sorted.get(i - step) : sorted.get(i);
      if (a.end() > b.start() || !JOINER.matcher(sentence.substring(a.end(), b.start())).matches()) {
        break;
      }
      group.add(sorted.get(i));
    }
    return group;
  }

  /**
   * The facilities the verb at {@code [at, end)} of a sentence governs: those named in its clause (split at ，；：),
   * the subject before it or, without one, the object after it, with the names joined to them by 、和及与; in a
   * clause that names none and has no subject of its own, the subject of the nearest clause before that names one
   * (陕西引汉济渭工程实现通水，开始发挥效益); in a clause that comes before any name and holds nothing before its verb but
   * dates and adverbs, the subject of the next clause that names one.
   */
  private static List<Span> governed(Document d, int sentenceStart, String sentence, List<Span> in, int at, int end) {
    int cs = clauseStart(sentence, at);
    int ce = clauseEnd(sentence, end);
    List<Span> clause = in.stream().filter(sp -> sp.start() >= cs && sp.end() <= ce && !(sp.start() == 0 && sp.end() == 0 && cs > 0)).toList();
    if (!clause.isEmpty()) {
      int before = -1;
      for (int i = 0; i < clause.size(); i++) {
        if (clause.get(i).end() <= at) {
          before = i;
        }
      }
      if (before >= 0) {
        return chain(sentence, clause, before, -1);
      }
      for (int i = 0; i < clause.size(); i++) {
        if (clause.get(i).start() >= end) {
          return chain(sentence, clause, i, 1);
        }
      }
      return List.of();
    }
    if (ownSubject(sentence.substring(cs, at)) || namesSubject(d, sentenceStart, sentence, cs, at)) {
      return List.of();
    }
    List<Span> earlier = in.stream().filter(sp -> sp.end() <= cs).toList();
    if (!earlier.isEmpty()) {
      int last = clauseStart(sentence, earlier.getLast().start());
      List<Span> there = earlier.stream().filter(sp -> sp.start() >= last).toList();
      return chain(sentence, there, 0, 1);
    }
    List<Span> later = in.stream().filter(sp -> sp.start() >= ce).toList();
    if (later.isEmpty() || !bare(sentence.substring(cs, at))) {
      return List.of();
    }
    int next = clauseStart(sentence, later.getFirst().start());
    int nextEnd = clauseEnd(sentence, later.getFirst().end());
    List<Span> there = later.stream().filter(sp -> sp.start() >= next && sp.end() <= nextEnd).toList();
    return chain(sentence, there, 0, 1);
  }

  private static final Pattern OWN_SUBJECT_KIND = Pattern.compile(
      "(?<![该这此])\\p{IsHan}{2,}(?:" + String.join("|", KINDS.stream().map(k -> Pattern.quote(k[0])).toList()) + ")");
  private static final Pattern DATES_AND_ADVERBS = Pattern.compile(
      "(?:\\d{4}年|\\d{1,2}月|\\d{1,2}日|今年|去年|明年|年底|年初|年内|日前|近日|目前|此前|已经|已|正式|顺利|全面|成功|自|并|也|还|均|先后|相继|同步|率先)+");

  /** 重大水利工程开工35项: a clause whose words before the verb hold a kind word with words before it has a subject of its own. */
  private static boolean ownSubject(String beforeVerb) {
    return OWN_SUBJECT_KIND.matcher(beforeVerb).find();
  }

  /** 湘潭市新开工项目12个: a place, body or person before the verb, not after 在 or 于, is the clause's own subject. */
  private static boolean namesSubject(Document d, int sentenceStart, String sentence, int cs, int at) {
    for (Mention m : SentenceFacts.inside(d, sentenceStart + cs, sentenceStart + at)) {
      int rs = m.start() - sentenceStart;
      if ((m.type() == Mention.Type.REGION || m.type() == Mention.Type.ORGANIZATION || m.type() == Mention.Type.PERSON)
          && !(rs > 0 && "在于".indexOf(sentence.charAt(rs - 1)) >= 0) && !(rs > 1 && sentence.startsWith("位于", rs - 2))) {
        return true;
      }
    }
    return false;
  }

  /** Nothing but dates and adverbs before the verb: 2023年建成，…; 正式投产，…. */
  private static boolean bare(String beforeVerb) {
    return DATES_AND_ADVERBS.matcher(beforeVerb).replaceAll("").length() <= 1;
  }

  // 自投产以来, 已累计生产原油, 并于当年建成: a sentence that opens with an adverb or preposition goes on with the subject
  // of the sentence before.
  private static final Pattern SUBJECTLESS = Pattern.compile("^(?:自|已|并|还|也|均|又|再|随后|此后|截至目前|目前已|预计)");

  /** The sentence names no facility and opens without a subject, so it tells more of the one the sentence before named. */
  private static boolean subjectless(String sentence, List<Span> in) {
    return in.isEmpty() && SUBJECTLESS.matcher(sentence).find();
  }

  private static final Pattern LOCATED = Pattern.compile("在|位于|落户|地处");
  private static final Pattern ROUTE = Pattern.compile("至|到|—|-");

  /**
   * Where a sentence says the facility named at {@code own} (relative to the sentence) stands: the most specific of
   * the regions written one after another right after 在, 位于, 落户 or 地处, in its clause or in a clause before it that
   * names no other facility (在贵州的高山峡谷中，…花江峡谷大桥); else null.
   */
  private static String located(Document d, Sentences.Sentence s, List<Span> in, Span own) {
    String t = s.text();
    int cs = clauseStart(t, own.start());
    int ce = clauseEnd(t, own.end());
    int from = 0;
    for (Span sp : in) {
      if (!sp.name().equals(own.name()) && sp.end() <= cs) {
        from = Math.max(from, clauseEnd(t, sp.end()) + 1);
      }
    }
    from = Math.min(from, cs);
    Matcher m = LOCATED.matcher(t).region(from, ce);
    String found = null;
    while (m.find()) {
      if (m.start() >= own.start() && m.start() < own.end()) {
        continue;
      }
      String r = regionRun(d, s.start() + m.end());
      if (r != null) {
        found = r;
        if (m.start() >= cs) {
          break;
        }
      }
    }
    return found;
  }

  /** The most specific of the regions named one right after another from {@code at}: 四川稻城 gives 稻城县. */
  private static String regionRun(Document d, int at) {
    String best = null;
    int bestRank = -1;
    for (boolean more = true; more;) {
      more = false;
      for (Mention m : SentenceFacts.inside(d, at, Math.min(d.text().length(), at + 12))) {
        if (m.type() == Mention.Type.REGION && m.start() == at) {
          int rank = rank(d, m.canonical());
          if (rank >= 0 && rank >= bestRank) {
            best = m.canonical();
            bestRank = rank;
          }
          at = m.end();
          more = true;
          break;
        }
      }
    }
    return best;
  }

  private static int rank(Document d, String region) {
    for (org.kechuangradar.model.Region r : d.extraction().regions()) {
      if (r.name().equals(region)) {
        return rank(r.level());
      }
    }
    return -1;
  }

  private static int rank(org.kechuangradar.model.RegionLevel level) {
    return switch (level) {
      case COUNTY -> 3;
      case CITY -> 2;
      case PROVINCE -> 1;
      default -> -1;
    };
  }

  /**
   * The most specific region a sentence names outside the names of facilities (a region matched inside a word of a
   * name, 山东 of 贺兰山东麓, is none; one that starts a name as a word of its own is); for a route between two places
   * (六枝至安龙) the province that holds both.
   */
  private static String sentenceRegion(Document d, Sentences.Sentence s, List<Span> in, String own) {
    String best = null;
    int bestRank = -1;
    List<Mention> regions = SentenceFacts.inside(d, s.start(), s.end()).stream()
        .filter(m -> m.type() == Mention.Type.REGION).toList();
    for (int i = 0; i < regions.size(); i++) {
      Mention m = regions.get(i);
      int rs = m.start() - s.start();
      int re = m.end() - s.start();
      if (in.stream().anyMatch(sp -> rs >= sp.start() && re <= sp.end() && !sp.name().equals(own))
          || crossesWord(d.text(), m.start(), m.end())) {
        continue;
      }
      String region = m.canonical();
      Mention next = i + 1 < regions.size() ? regions.get(i + 1) : null;
      Mention prev = i > 0 ? regions.get(i - 1) : null;
      Mention other = next != null && m.end() < next.start() && next.start() - m.end() <= 1
          && ROUTE.matcher(d.text().substring(m.end(), next.start())).matches() ? next
          : prev != null && prev.end() < m.start() && m.start() - prev.end() <= 1
              && ROUTE.matcher(d.text().substring(prev.end(), m.start())).matches() ? prev : null;
      if (other != null) {
        region = common(region, other.canonical());
        if (region == null) {
          continue;
        }
      }
      RegionGazetteer.Division joint = other != null ? RegionGazetteer.get().resolve(region) : null;
      int rank = other == null ? rank(d, region) : joint == null ? -1 : rank(joint.level());
      if (rank >= 0 && rank > bestRank) {
        best = region;
        bestRank = rank;
      }
    }
    return best;
  }

  /**
   * 山东 of 贺兰山东麓: a region matched across the edge of a dictionary word (贺兰山, 东麓) is no region written
   * there, while 广东 of 环北部湾广东水资源配置 is one.
   */
  static boolean crossesWord(String text, int start, int end) {
    for (int edge : new int[] {start, end}) {
      for (int a = Math.max(0, edge - 3); a < edge; a++) {
        for (int b = edge + 1; b <= Math.min(text.length(), a + 4); b++) {
          if (b - a >= 2 && (a < start || b > end) && !(a >= start && b <= end)
              && CoreDictionary.get(text.substring(a, b)) != null && (a < start && b > start || a < end && b > end)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The smallest division that holds both, or null. */
  private static String common(String a, String b) {
    RegionGazetteer.Division da = RegionGazetteer.get().resolve(a);
    RegionGazetteer.Division db = RegionGazetteer.get().resolve(b);
    if (da == null || db == null) {
      return null;
    }
    for (RegionGazetteer.Division up = da; up != null; up = up.parent()) {
      if (db.within(up)) {
        return up.name();
      }
    }
    return null;
  }

  /**
   * The facility's stages, region and operator from the sentences that name it and, in their paragraphs, the later
   * sentences that refer back to it (该中心…, 中心首期工程…) or go on without a subject of their own (自投产以来…);
   * only those sentences are read, and in each a stage verb counts only for the facilities it governs.
   */
  private static Facility facility(Document d, Sentences.Sentence[] sentences, int[] paragraphs,
      NavigableSet<Integer> named, String name, String kind, Areas areas, DateBase base, String before,
      List<Span> spans) {
    LocalDate published = base.published();
    List<Facility.Stage> stages = new ArrayList<>();
    String region = null;
    boolean locatedBy = false;
    String operator = null;
    String lastDate = null;
    String suffix = name.substring(name.length() - 2);
    // 目前已全部实现开工。项目包括X、Y: the members a sentence lists share what the sentence before told of them all.
    TreeSet<Integer> read = new TreeSet<>(named);
    for (int k : named) {
      if (k > 0 && paragraphs[k - 1] == paragraphs[k] && LIST_INTRO.matcher(sentences[k].text()).lookingAt()) {
        read.add(k - 1);
      }
    }
    String fallback = null;
    String anyRegion = null;
    for (Integer k = read.isEmpty() ? null : read.first(); k != null;
        k = k + 1 < sentences.length && paragraphs[k + 1] == paragraphs[k] ? Integer.valueOf(k + 1) : read.higher(k)) {
      Sentences.Sentence s = sentences[k];
      List<Span> in = new ArrayList<>(spansIn(spans, s));
      boolean refers = s.text().contains("该" + suffix) || s.text().startsWith(suffix) || s.text().startsWith("项目")
          || s.text().startsWith("该项目");
      boolean carried = k > 0 && named.contains(k - 1) && paragraphs[k - 1] == paragraphs[k] && subjectless(s.text(), in);
      if (!read.contains(k) && !refers && !carried) {
        continue;
      }
      List<Span> mine = in.stream().filter(sp -> sp.name().equals(name)).toList();
      // A name that overlaps this one's is written over the same words: the same facility, here.
      in.replaceAll(sp -> mine.stream().anyMatch(o -> sp.start() < o.end() && o.start() < sp.end())
          ? new Span(name, sp.start(), sp.end()) : sp);
      List<Span> own = in.stream().filter(sp -> sp.name().equals(name)).toList();
      if (own.isEmpty()) {
        // 该中心…, 自投产以来…: the sentence speaks of it from its start.
        in.add(0, new Span(name, 0, 0));
      }
      List<DateResolver.Found> dates = DateResolver.find(s.text(), base, lastDate).stream()
          .filter(f -> !unitNumber(s.text(), f)).toList();
      if (!dates.isEmpty()) {
        lastDate = dates.get(dates.size() - 1).iso();
      }
      for (Span sp : own) {
        String there = locatedBy ? null : located(d, s, in, sp);
        if (there != null) {
          region = there;
          locatedBy = true;
        }
      }
      if (fallback == null && !own.isEmpty()) {
        fallback = sentenceRegion(d, s, in, name);
      }
      if (anyRegion == null) {
        anyRegion = sentenceRegion(d, s, in, name);
      }
      Matcher op = OPERATOR.matcher(s.text());
      if (operator == null && op.find()) {
        operator = op.group(1);
      }
      boolean[] covered = new boolean[s.text().length() + 1];
      for (StageVerbs.Verb st : STAGES) {
       for (int at = s.text().indexOf(st.word()); at >= 0; at = s.text().indexOf(st.word(), at + st.word().length())) {
        int verbEnd = at + st.word().length();
        boolean inside = false;
        for (int c = at; c < verbEnd; c++) {
          inside |= covered[c];
        }
        if (inside) {
          // 投入商业运行: the longer verb tells the stage, not 运行 inside it.
          continue;
        }
        for (int c = at; c < verbEnd; c++) {
          covered[c] = true;
        }
        if (governed(d, s.start(), s.text(), in, at, verbEnd).stream().noneMatch(sp -> sp.name().equals(name))) {
          continue;
        }
        // A stage told without a date (in a headline) gives way to the same stage told with one.
        if (stages.stream().anyMatch(x -> x.stage() == st.stage() && x.date() != null)) {
          continue;
        }
        if (SINCE.matcher(s.text()).region(at, s.text().length()).lookingAt()) {
          // 截至11月13日，全面通水近9年来: the time since it opened, not the day it opened.
          continue;
        }
        String date = dateBefore(s.text(), dates, at, base);
        if (date == null) {
          date = periodYear(s.text().substring(0, at), base);
        }
        if (MILESTONES.contains(st.word())) {
          // 合龙, 封顶: a step of the building, not its start; it says only that the work is under way.
          date = null;
        }
        // 预计今年年底前建成, 将于2027年投运, 建成后: a stage still to come has not happened.
        boolean toCome = PlanCues.anyIn(s.text(), Math.max(0, at - 12), at)
            || s.text().startsWith("后", at + st.word().length())
            || date != null && SentenceFacts.isFuture(date, published);
        if (!toCome) {
          if (date == null && stages.stream().anyMatch(x -> x.stage() == st.stage())) {
            continue;
          }
          stages.removeIf(x -> x.stage() == st.stage());
          Matcher tenants = TENANTS.matcher(s.text());
          Integer count = st.stage() == FacilityStage.OPERATING && tenants.find() ? Integer.valueOf(tenants.group(1))
              : null;
          stages.add(new Facility.Stage(st.stage(), date, count));
        } else if (!s.text().startsWith("后", at + st.word().length())
            && stages.stream().noneMatch(x -> x.stage() == FacilityStage.PLANNED)) {
          // 预计今年基本建成, 预计2024年汛期前投入使用: a facility whose completion is expected is being built.
          if ((st.stage() == FacilityStage.BUILT || st.stage() == FacilityStage.OPENED)
              && stages.stream().noneMatch(x -> x.stage() == FacilityStage.STARTED)) {
            stages.add(new Facility.Stage(FacilityStage.STARTED, null, null));
          }
          // 即将开工, 将于今年建成: a facility whose next stage is still to come is planned, for when that stage is due.
          stages.add(new Facility.Stage(FacilityStage.PLANNED, date != null ? date : futureDate(dates, at), null));
        }
       }
      }
      Matcher since = SINCE.matcher(s.text());
      if (since.find() && stages.stream().noneMatch(x -> x.stage() == FacilityStage.OPERATING)
          && governed(d, s.start(), s.text(), in, since.start(), since.end()).stream().anyMatch(sp -> sp.name().equals(name))) {
        // 开通运营11个月以来, 全面通水至今, 自投产以来: a facility told as open for some time is in operation.
        stages.add(new Facility.Stage(FacilityStage.OPERATING, null, null));
      }
      Matcher work = UNDER_WAY.matcher(s.text());
      if (work.find() && stages.stream().noneMatch(x -> x.stage() == FacilityStage.STARTED)
          && !PlanCues.anyIn(s.text(), Math.max(0, work.start() - 12), work.start())
          && governed(d, s.start(), s.text(), in, work.start(), work.end()).stream().anyMatch(sp -> sp.name().equals(name))) {
        // 正在紧张施工, 工程建设一派繁忙, 项目建设紧锣密鼓: building work under way says the facility is being built.
        stages.add(new Facility.Stage(FacilityStage.STARTED, null, null));
      }
    }
    if (stages.stream().anyMatch(x -> x.stage() == FacilityStage.OPENED)) {
      // A facility that stands already is not started by a generic word of building work told of it.
      stages.removeIf(x -> x.stage() == FacilityStage.STARTED && x.date() == null);
    }
    // The region the name starts with and the one the text says it stands in: the more specific; else the most
    // specific the sentences that name it hold, else those that tell of it.
    if (before != null && (region == null || rank(d, before) > rank(d, region))) {
      region = before;
    }
    // A region the text says it stands in, or the one its name starts with, is its own; what follows is the nearest.
    boolean ownRegion = region != null;
    if (region == null) {
      region = fallback != null ? fallback : anyRegion;
    }
    if (region == null) {
      region = areas.in(name);
    }
    RegionGazetteer.Form start = region == null ? RegionGazetteer.get().longestAt(name, 0) : null;
    if (start != null && start.divisions().size() == 1) {
      // 杭州城西智算中心: the region its name starts with, when the text names none around it.
      region = start.divisions().get(0).name();
    }
    return new Facility(name, kind, region, operator, stages, confidence(name, ownRegion, stages));
  }

  /**
   * How sure the facility is right: the text tells a stage of it (1 when a stage is dated, half when none is; a
   * facility named only in passing is the likeliest to be no fact of the story), the text says where it stands (or
   * its name starts with the place) rather than its region being the nearest one named, and its name holds a proper
   * part before its kind word (a place, a name, a code) rather than only common words.
   */
  private static double confidence(String name, boolean ownRegion, List<Facility.Stage> stages) {
    int kindWord = KINDS.stream().filter(k -> name.endsWith(k[0])).mapToInt(k -> k[0].length()).max().orElse(0);
    boolean proper = hasProperPart(null, 0, name.length() - kindWord, name);
    double told = stages.stream().anyMatch(st -> st.date() != null) ? 1 : stages.isEmpty() ? 0 : 0.5;
    return Evidence.confidence(new Evidence(3, told), Evidence.of(1, ownRegion), Evidence.of(1, proper));
  }

  // 前三季度, 上半年, 一季度: a part of the year the story tells of, which dates what was done in it by the year.
  private static final Pattern PERIOD = Pattern.compile("(?:前[一二三]|[一二三四第]{1,2})季度|[上下]半年|1—\\d{1,2}月");

  /** The year of the part of the year written before the verb (前三季度…完工), or null; in a review, the year reviewed. */
  private static String periodYear(String before, DateBase base) {
    LocalDate published = base.published();
    if (published == null || !PERIOD.matcher(before).find()) {
      return null;
    }
    int near = published.getMonthValue() <= 2 ? published.getYear() - 1 : published.getYear();
    return String.valueOf(base.reviewedYear().orElse(near));
  }

  /** 11号机组, 3号线: a number before 号 and a noun is the number of a unit, not a day. */
  private static boolean unitNumber(String sentence, DateResolver.Found f) {
    return f.text().endsWith("号") && f.end() < sentence.length() && Character.isIdeographic(sentence.charAt(f.end()));
  }

  /** The last date, years alone included, written before {@code at} in the sentence (将于今年建成), or null. */
  private static String futureDate(List<DateResolver.Found> dates, int at) {
    String date = null;
    for (DateResolver.Found f : dates) {
      if (f.end() <= at) {
        date = f.iso();
      }
    }
    return date;
  }

  /**
   * The last date written before {@code at} in the sentence, or null; a year alone (2012年启用) only in the clause of
   * the verb, since a year that opens a sentence (2023年，全年完成…) dates a total, not each step told after it.
   */
  private static String dateBefore(String sentence, List<DateResolver.Found> dates, int at, DateBase base) {
    String date = null;
    int end = -1;
    for (DateResolver.Found f : dates) {
      if (f.end() <= at && (!SentenceFacts.YEAR_ONLY.matcher(f.text()).matches()
          || !CLAUSE_BREAK.matcher(sentence.substring(f.end(), at)).find())) {
        date = f.iso();
        end = f.end();
      }
    }
    // 同年8月开工，去年12月通过验收 with no publication day: the step's own date is unknown, not the one before it.
    if (date != null && CLAUSE_BREAK.matcher(sentence.substring(end, at)).find()) {
      int clause = at;
      while (clause > end && !CLAUSE_BREAK.matcher(sentence.substring(clause - 1, clause)).matches()) {
        clause--;
      }
      if (SentenceFacts.unresolvedDate(sentence.substring(clause, at), base)) {
        return null;
      }
    }
    return date;
  }

  /** A facility named as a member of a list, the kind word written once after the list; where it is named. */
  private record Listed(String name, String kind, int at, int end, String region) {}

  private static final String LIST_PAUSES = "，。；：、,;:！？!?（）()\n《》 —“”";
  private static final Pattern LIST_COUNT =
      Pattern.compile("(?:\\d+|[一二两三四五六七八九十百]+)[多余]?(?:个|座|处|项|条|家|所)");

  /**
   * 江西大坳、广西大藤峡、安徽怀洪新河等6处今年新建大型灌区, 日喀则和长白山两座射电望远镜, 环北部湾广东水资源配置、淮河入海
   * 水道二期等在建重大工程: the members of a list closed by 等 or by a count of them, before a kind word, are each a
   * facility of that kind, named by the member and the kind. A member that is only a place names one only when the
   * list is counted (两座), since 北京、上海等地… lists places, not facilities.
   */
  private static List<Listed> listed(Document d, String text, java.util.Set<Integer> classAt) {
    List<Listed> out = new ArrayList<>();
    for (int i = 1; i < text.length(); i++) {
      if (!KIND_FIRST_CHARS.get(text.charAt(i))) {
        continue;
      }
      String kind = null;
      for (String[] k : KINDS_BY_FIRST.get(text.charAt(i))) {
        if (text.startsWith(k[0], i)) {
          kind = k[0];
          break;
        }
      }
      if (kind == null) {
        continue;
      }
      int rs = i;
      // 等在建重大工程: a function character that makes a word with the one after it (在建) is part of the words.
      while (rs > 0 && i - rs < 16 && LIST_PAUSES.indexOf(text.charAt(rs - 1)) < 0
          && (!org.kechuangradar.lexicon.FunctionWords.is(text.charAt(rs - 1))
              || rs < i && text.charAt(rs - 1) != '等' && CoreDictionary.get(text.substring(rs - 1, rs + 1)) != null)) {
        rs--;
      }
      int pos;
      boolean countedList;
      List<int[]> items = new ArrayList<>();
      Matcher count = LIST_COUNT.matcher(text).region(rs, i);
      boolean hasCount = count.find();
      if (rs == 0) {
        continue;
      }
      if (text.charAt(rs - 1) == '等' && (!hasCount || count.start() == rs)) {
        pos = rs - 1;
        countedList = hasCount;
      } else if (hasCount && count.start() > rs && rs > 0 && "、和及与".indexOf(text.charAt(rs - 1)) >= 0) {
        items.add(new int[] {rs, count.start()});
        pos = rs - 1;
        countedList = true;
      } else {
        i += kind.length() - 1;
        continue;
      }
      while (true) {
        int st = pos;
        while (st > 0 && pos - st < 12 && LIST_PAUSES.indexOf(text.charAt(st - 1)) < 0
            && !org.kechuangradar.lexicon.FunctionWords.is(text.charAt(st - 1))) {
          st--;
        }
        if (st == pos) {
          break;
        }
        items.add(new int[] {Math.max(st, NamePhrase.start(text, pos, 12)), pos});
        if (st > 0 && "、和及与".indexOf(text.charAt(st - 1)) >= 0 && items.size() < 12) {
          pos = st - 1;
        } else {
          break;
        }
      }
      if (items.size() >= 2) {
        classAt.add(i);
        for (int[] it : items.reversed()) {
          String member = text.substring(it[0], it[1]);
          String region = null;
          boolean onlyPlace = false;
          for (Mention m : SentenceFacts.inside(d, it[0], it[1])) {
            if (m.type() == Mention.Type.REGION && m.start() == it[0] && region == null) {
              region = m.canonical();
              onlyPlace = m.end() == it[1];
            }
          }
          if (member.length() >= 2 && (countedList || !onlyPlace) && hasProperPart(d, it[0], it[1], text)
              && !GenericNames.isKindAlone(member, kind)) {
            out.add(new Listed(member.endsWith(kind) ? member : member + kind, kind, it[0], it[1], region));
          }
        }
      }
      i += kind.length() - 1;
    }
    return out;
  }

  /** A name set after 社区 or 园区 that says what it is ({@code at} its start), named again after {@code end}. */
  private record Apposition(String name, int at, int end) {}

  /** 大模型生态社区模速空间 … 模速空间: the names after 社区 or 园区 that the text names again later, in text order. */
  private static List<Apposition> appositions(String text) {
    List<Apposition> found = new ArrayList<>();
    Matcher a = APPOSITION.matcher(text);
    int community = text.indexOf("社区");
    int park = text.indexOf("园区");
    while (community >= 0 || park >= 0) {
      int at = community < 0 ? park : park < 0 ? community : Math.min(community, park);
      if (a.region(at, text.length()).lookingAt() && a.group(2).length() >= 3) {
        found.add(new Apposition(a.group(2), a.start(2), a.end()));
      }
      community = community >= 0 && community < at + 2 ? text.indexOf("社区", at + 2) : community;
      park = park >= 0 && park < at + 2 ? text.indexOf("园区", at + 2) : park;
    }
    Map<String, List<Integer>> occurrences = Occurrences.of(text, found.stream().map(Apposition::name).toList());
    return found.stream().filter(ap -> occurrences.get(ap.name()).getLast() >= ap.end()).toList();
  }

  /** 在临港新片区，一座…的智算中心: the place named earlier in the sentence names a facility that has no name. */
  private static String placeBefore(Document d, String text, int at) {
    int sentenceStart = at;
    while (sentenceStart >= 0 && text.charAt(sentenceStart) != '。' && text.charAt(sentenceStart) != '\n') {
      sentenceStart--;
    }
    String place = "";
    for (Mention m : SentenceFacts.inside(d, sentenceStart + 1, at)) {
      if (m.type() == Mention.Type.REGION) {
        place = m.text();
      }
    }
    return place;
  }

  /**
   * The name is one facility's own: it counts none (八大算力枢纽, 一批孵化器), points at none (这个产业园, 该中心) and
   * holds no word of a class (我国大科学装置, 各地数据中心).
   */
  static boolean properName(String name, String kind) {
    String head = name.substring(0, name.length() - kind.length());
    if (COUNT_INSIDE.matcher(head).find() || DEMONSTRATIVE.matcher(head).find()) {
      return false;
    }
    for (String w : COLLECTIVE) {
      if (name.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /** 鼓励高校与企业共建联合实验室: a facility someone proposes does not exist yet. */
  private static boolean inProposal(Document d, String text, int start, int end) {
    return SentenceFacts.proposed(d, text.substring(start, end));
  }

  /** 数字产业集群 is a goal; 苏州人工智能产业集群 is a place: a cluster counts only with a region in its name. */
  private static boolean namesPlace(Document d, int start, int end) {
    return SentenceFacts.inside(d, start, end).stream().anyMatch(m -> m.type() == Mention.Type.REGION);
  }

  /**
   * 宁夏中卫市组织广大党员深入园区: before a kind that is also a common noun, a word used mostly as a verb ends a clause
   * about the place, not a name.
   */
  private static boolean endsWithUsualVerb(String head) {
    for (int len = Math.min(4, head.length()); len >= 2; len--) {
      CoreDictionary.Attribute a = CoreDictionary.get(head.substring(head.length() - len));
      if (a != null) {
        return org.kechuangradar.lexicon.EverydayWords.usualNature(a).toString().equals("v");
      }
    }
    return false;
  }

  private static List<String> tradeWords() {
    List<String> words = new ArrayList<>(Tsv.words("trade-words"));
    for (String[] row : Tsv.rows("industries")) {
      for (String w : row[1].split(",")) {
        if (w.strip().chars().allMatch(Character::isIdeographic) && w.strip().length() >= 2) {
          words.add(w.strip());
        }
      }
    }
    words.sort(java.util.Comparator.comparingInt(String::length).reversed());
    return List.copyOf(words);
  }

  /**
   * Not a built facility though named like one: 两会通道 (a head ending in 会 names a thing of a meeting or a body,
   * the passage where the press meets deputies), 中国探月工程 (works named for the whole country and no place in it:
   * a national programme).
   */
  static boolean notBuilt(Document d, String name, String kind, int start) {
    String head = name.substring(0, name.length() - kind.length());
    if (head.endsWith("会")) {
      return true;
    }
    if (kind.endsWith("工程") && NATIONAL.matcher(head).find()) {
      int from = start + (head.startsWith("中国") || head.startsWith("我国") || head.startsWith("国家")
          || head.startsWith("全国") ? 2 : 0);
      return d == null || SentenceFacts.inside(d, from, start + head.length()).stream()
          .noneMatch(m -> m.type() == Mention.Type.REGION);
    }
    return false;
  }

  /** 阿萨德空军基地: a base of an armed force is no facility of science or industry. */
  private static boolean military(String name) {
    return MILITARY.stream().anyMatch(name::contains);
  }

  /** 粤港澳大湾区超级工程——狮子洋通道: the words after a dash that follows a description name what it describes. */
  private static boolean afterDash(String text, int start) {
    return start >= 3 && text.startsWith("——", start - 2) && Character.isIdeographic(text.charAt(start - 3));
  }

  /** 平陆运河马道枢纽: a name that begins with a facility already named is a part of it with a name of its own. */
  private static boolean startsWithKnown(Map<String, String> kinds, String head) {
    return kinds.keySet().stream().anyMatch(n -> head.startsWith(n) && head.length() > n.length());
  }

  /** 多方签署集聚区: a head that ends in a verb is a clause about a facility, not its name. */
  private static boolean endsWithVerb(String head) {
    if (head.length() < 2) {
      return false;
    }
    CoreDictionary.Attribute a = CoreDictionary.get(head.substring(head.length() - 2));
    if (a == null) {
      return false;
    }
    for (Nature n : a.nature) {
      if (!n.toString().startsWith("v")) {
        return false;
      }
    }
    return true;
  }

  /**
   * A named area inside the name (临港 of 临港智算中心) when no division is named around it: of the regions the text
   * names, the first whose words the name holds. Looked up by the name's substrings, not by every region named.
   */
  private static final class Areas {
    private final List<Mention> regions;
    // Each region's words, with the place of the first region named so.
    private final Map<String, Integer> firstByText = new HashMap<>();
    private final int longest;

    Areas(Document d) {
      regions = d.extraction().entities().stream().filter(m -> m.type() == Mention.Type.REGION).toList();
      for (int k = 0; k < regions.size(); k++) {
        firstByText.putIfAbsent(regions.get(k).text(), k);
      }
      longest = regions.stream().mapToInt(m -> m.text().length()).max().orElse(0);
    }

    String in(String name) {
      int first = Integer.MAX_VALUE;
      for (int i = 0; i < name.length(); i++) {
        for (int j = i + 1; j <= Math.min(name.length(), i + longest); j++) {
          first = Math.min(first, firstByText.getOrDefault(name.substring(i, j), Integer.MAX_VALUE));
        }
      }
      return first == Integer.MAX_VALUE ? null : regions.get(first).canonical();
    }
  }
}
