package org.kechuangradar.recognize.organization;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kechuangradar.lexicon.BodyGazetteer.Body;
import org.kechuangradar.lexicon.BodyGazetteer;
import org.kechuangradar.lexicon.Industries;
import org.kechuangradar.lexicon.RegionGazetteer;
import org.kechuangradar.model.Document;
import org.kechuangradar.model.Mention;
import org.kechuangradar.model.Organization;
import org.kechuangradar.pipeline.Stage;

/**
 * Finds organizations, each reported by canonical full name with the names the text uses:
 * local government bodies ({@code 北京市发展改革委} → 北京市发展和改革委员会; {@code 市经济和信息化局} with the
 * city the text is about), central bodies by name or abbreviation ({@code 工信部} → 工业和信息化部), and
 * organizations named with a suffix ({@code 中国商业经济学会}, {@code 粤开证券}), whose left edge comes from HanLP's
 * segmentation of a few characters before the suffix, then names {@link OrganizationModel} recognises where none
 * of these applies. Runs on the text and the captions; media named in bylines count too.
 */
public final class OrganizationExtractor implements Stage {
  private static final String[][] SUFFIXES = {
    {"股份有限公司", "company"}, {"有限责任公司", "company"}, {"有限公司", "company"}, {"集团", "company"}, {"公司", "company"},
    {"银行", "company"}, {"证券", "company"}, {"科技", "company"}, {"研究院", "research"}, {"研究所", "research"},
    {"研究中心", "research"}, {"交流中心", "research"}, {"实验室", "research"}, {"科学院", "research"},
    {"大学", "university"}, {"学院", "university"}, {"学会", "association"}, {"协会", "association"},
    {"联合会", "association"}, {"商会", "association"}, {"联盟", "association"}, {"基金会", "association"},
    {"交易所", "other"}, {"城市报", "media"}, {"日报", "media"}, {"晚报", "media"}, {"电视台", "media"}};
  private static final java.util.BitSet SUFFIX_FIRST_CHARS = firstChars();
  // Words that make a suffix name generic (联合实验室, 重点实验室) rather than the name of one organization.
  private static final Set<String> GENERIC = Set.of("联合", "重点", "国家", "创新", "工程", "技术", "研究", "相关", "各类", "新型",
      "该", "本", "各", "一批", "其他", "有关", "企业", "头部", "龙头", "大型", "中小", "高校", "科研", "投资", "金融", "商业",
      "地方", "全国", "国内", "国际", "全球", "知名", "相关部门", "多家", "上市", "科技", "数字");
  private static final Set<String> STOP_NATURES = Set.of("p", "c", "u", "d", "r", "v", "vd", "vshi", "vyou", "f", "m",
      "q", "t", "w", "y", "e", "o", "uj", "ude1", "ude2", "ude3", "ule", "pba", "pbei", "cc", "rr", "rz", "ry", "mq");

  private static java.util.BitSet firstChars() {
    java.util.BitSet first = new java.util.BitSet(0x10000);
    for (String[] s : SUFFIXES) {
      first.set(s[0].charAt(0));
    }
    return first;
  }

  private static final java.util.Set<String> FIELD_WORDS = Industries.signalWords();

  private static final class Holder {
    static final Segment SEGMENT = HanLP.newSegment().enableNameRecognize(false).enablePlaceRecognize(false)
        .enableOrganizationRecognize(false);
  }

  /** One organization as found: canonical name, type and the surface forms seen. */
  private static final class Found {
    final String name;
    final String type;
    final List<String> aliases = new ArrayList<>();
    int mentions;

    Found(String name, String type) {
      this.name = name;
      this.type = type;
    }
  }

  // A country's or a city's team (中国女队, 巴西队, 上海男篮) is an organization of its own.
  private static final Pattern TEAM = Pattern.compile("(?:国家)?[男女]?子?(?:足球|篮球|排球|乒乓球|羽毛球|游泳|田径)?队"
      + "|[男女](?:足|篮|排|乒)(?![球协])");

  private static final Set<String> FOUNDING_VERBS = Set.of("成立", "创办", "创立", "孵化", "组建");
  private static final Pattern FOUNDED_NAME = Pattern.compile("([\\p{IsHan}]{2,6})(?=[，,。；;])");

  private final boolean statistical;

  /** The extractor with every candidate source, the statistical recogniser included. */
  public OrganizationExtractor() {
    this(true);
  }

  /** With {@code statistical} false, only the gazetteers and the suffix rules; the recogniser is fitted on that. */
  public OrganizationExtractor(boolean statistical) {
    this.statistical = statistical;
  }

  @Override
  public Document process(Document d) {
    Map<String, Found> found = new LinkedHashMap<>();
    List<Mention> mentions = new ArrayList<>();
    List<Mention> places = d.extraction().entities().stream().filter(m -> m.type() == Mention.Type.REGION).toList();
    scan(d.text(), places, found, mentions, placesByStart(places));
    for (String caption : d.captions()) {
      scan(caption, places, found, null, null);
    }
    for (String author : d.authors()) {
      for (int i = 0; i < author.length() - 1; i++) {
        Map.Entry<Integer, Body> body = BodyGazetteer.get().centralAt(author, i);
        if (body != null) {
          note(found, body.getValue().canonical(), body.getValue().type(), author.substring(i, i + body.getKey()));
          break;
        }
      }
    }
    addFounded(d.text(), found, mentions);
    if (statistical) {
      addRecognised(d.text(), d.extraction().entities(), found, mentions);
    }
    List<Organization> orgs = new ArrayList<>();
    for (Found f : found.values()) {
      List<String> aliases = f.aliases.stream().filter(a -> !a.equals(f.name)).distinct().toList();
      orgs.add(new Organization(f.name, f.type, aliases, f.mentions));
    }
    return d.withExtraction(d.extraction().withOrganizations(orgs).withEntities(mentions));
  }

  /**
   * A name with no suffix that the text says was founded (由清华大学电子工程系推动成立的无问芯穹，): a company,
   * unless the words are a dictionary word (新成立的公司) or a mention already covers them.
   */
  private static void addFounded(String text, Map<String, Found> found, List<Mention> mentions) {
    Matcher m = FOUNDED_NAME.matcher(text);
    // 的 is everywhere; the verb before it is checked first, so the pattern runs only after one.
    for (int de = text.indexOf('的', 2); de >= 0; de = text.indexOf('的', de + 1)) {
      if (!FOUNDING_VERBS.contains(text.substring(de - 2, de)) || !m.region(de + 1, text.length()).lookingAt()) {
        continue;
      }
      String name = m.group(1);
      int start = m.start(1);
      boolean covered = mentions.stream().anyMatch(x -> x.start() < m.end(1) && start < x.end());
      boolean plain = GENERIC.contains(name) || CoreDictionary.contains(name)
          || name.chars().anyMatch(c -> "的了和与等是在".indexOf(c) >= 0);
      if (!covered && !plain) {
        add(found, mentions, name, "company", text, start, m.end(1));
      }
    }
  }

  /** Names the statistical recogniser finds where no gazetteer, suffix rule or region has claimed the words. */
  private static void addRecognised(String text, List<Mention> earlier, Map<String, Found> found,
      List<Mention> mentions) {
    List<int[]> taken = new ArrayList<>();
    for (List<Mention> list : List.of(earlier, mentions)) {
      for (Mention m : list) {
        boolean place = m.type() == Mention.Type.REGION || m.type() == Mention.Type.ADDRESS;
        taken.add(new int[] {m.start(), m.end(), place ? 1 : 0});
      }
    }
    for (OrganizationModel.Candidate c : OrganizationModel.get().names(text, taken)) {
      add(found, mentions, text.substring(c.start(), c.end()), c.type(), text, c.start(), c.end());
    }
  }

  /** The region found at each start offset of the text, so the scan does not look every name up again. */
  private static RegionGazetteer.Form[] placesByStart(List<Mention> places) {
    int size = places.isEmpty() ? 0 : places.get(places.size() - 1).end() + 1;
    RegionGazetteer.Form[] at = new RegionGazetteer.Form[size];
    for (Mention m : places) {
      at[m.start()] = RegionGazetteer.get().form(m.text());
    }
    return at;
  }

  private static void scan(String text, List<Mention> places, Map<String, Found> found, List<Mention> mentions,
      RegionGazetteer.Form[] known) {
    RegionGazetteer gazetteer = RegionGazetteer.get();
    BodyGazetteer bodies = BodyGazetteer.get();
    int i = 0;
    int lastEnd = 0;
    while (i < text.length() - 1) {
      RegionGazetteer.Form place = known == null ? gazetteer.longestAt(text, i) : i < known.length ? known[i] : null;
      int afterPlace = place == null ? -1 : i + place.text().length();
      Map.Entry<Integer, Body> local = afterPlace > 0 ? bodies.localAt(text, afterPlace) : null;
      if (local != null && place.full() || local != null && place.divisions().size() == 1) {
        RegionGazetteer.Division division = place.divisions().get(0);
        int end = afterPlace + local.getKey();
        // A foreign government keeps the name the text gives it (英国政府), not a Chinese body's full name.
        String name = division.code() == null ? text.substring(i, end)
            : division.name() + bodyName(division.name(), local.getValue());
        add(found, mentions, name, "government", text, i, end);
        i = lastEnd = end;
        continue;
      }
      Matcher team = afterPlace > 0 ? TEAM.matcher(text).region(afterPlace, text.length()) : null;
      if (team != null && team.lookingAt()) {
        add(found, mentions, text.substring(i, team.end()), "other", text, i, team.end());
        i = lastEnd = team.end();
        continue;
      }
      char c = text.charAt(i);
      Map.Entry<Integer, Body> contextual = (c == '市' || c == '省' || c == '区' || c == '县') && isStart(text, i)
          ? bodies.localAt(text, i + 1) : null;
      if (contextual != null) {
        String region = regionInContext(c, places, mentions == null ? text.length() : i);
        int end = i + 1 + contextual.getKey();
        if (region != null) {
          add(found, mentions, region + bodyName(region, contextual.getValue()), "government", text, i, end);
        }
        i = lastEnd = end;
        continue;
      }
      Map.Entry<Integer, Body> central = bodies.centralAt(text, i);
      // 财政部门, 教育部门: the departments for a field in general, not the ministry.
      if (central != null && text.startsWith("部门", i + central.getKey() - 1)) {
        i = lastEnd = i + central.getKey() + 1;
        continue;
      }
      if (central != null) {
        int end = i + central.getKey();
        add(found, mentions, central.getValue().canonical(), central.getValue().type(), text, i, end);
        i = lastEnd = end;
        continue;
      }
      String[] suffix = suffixAt(text, i);
      if (suffix != null) {
        int end = i + suffix[0].length();
        int start = leftEdge(text, Math.max(lastEnd, i - 14), i);
        String name = text.substring(start, end);
        boolean anonymous = start > 0 && "某该本".indexOf(text.charAt(start - 1)) >= 0 || start == lastEnd && lastEnd > 0;
        if (start < i && isSpecific(text.substring(start, i)) && !anonymous) {
          add(found, mentions, name, suffix[1], text, start, end);
          String shortName = text.substring(start, i);
          if (shortName.contains("（")) {
            found.get(name).aliases.add(shortName.substring(0, shortName.indexOf('（')));
          }
        }
        i = lastEnd = end;
        continue;
      }
      i++;
    }
  }

  /** A body's name under a region: the governments of 香港 and 澳门 are 特别行政区政府, not 人民政府. */
  private static String bodyName(String region, Body body) {
    return region.endsWith("特别行政区") && body.canonical().startsWith("人民政府")
        ? body.canonical().substring(2) : body.canonical();
  }

  /** The start of a body name: not the end of a word such as 城市, 上市, 各省, 园区 or 开发区. */
  private static boolean isStart(String text, int i) {
    return i == 0 || "城超股楼上都门各园发新社".indexOf(text.charAt(i - 1)) < 0;
  }

  /**
   * The region a 市, 省, 区 or 县 before a body name stands for: the nearest one of that kind named before it,
   * or the enclosing one of that kind of the nearest region named ({@code 广州市 … 省商务厅} → 广东省).
   */
  private static String regionInContext(char kind, List<Mention> places, int before) {
    String suffix = String.valueOf(kind);
    String nearest = null;
    for (Mention m : places) {
      if (m.start() >= before) {
        continue;
      }
      RegionGazetteer.Form form = RegionGazetteer.get().form(m.canonical());
      for (RegionGazetteer.Division d = form == null ? null : form.divisions().get(0); d != null; d = d.parent()) {
        if (d.name().endsWith(suffix) && !d.level().equals("area")) {
          nearest = d.name();
          break;
        }
      }
    }
    return nearest;
  }

  private static String[] suffixAt(String text, int i) {
    if (!SUFFIX_FIRST_CHARS.get(text.charAt(i))) {
      return null;
    }
    for (String[] s : SUFFIXES) {
      if (text.startsWith(s[0], i) && (i + s[0].length() >= text.length() || !continuesWord(text, i + s[0].length(), s[0]))) {
        return s;
      }
    }
    return null;
  }

  /**
   * 科技 in 科技创新 or 大学 in 大学生 is not the end of a name. 科技 ends a company's name far less often than it
   * starts a phrase, so it counts only before a pause or a word that follows names (自主研发, 是, 与 …).
   */
  private static boolean continuesWord(String text, int end, String suffix) {
    char next = text.charAt(end);
    if (suffix.equals("科技")) {
      return Character.isIdeographic(next) && "自是在的已将也作于表近今还从正".indexOf(next) < 0;
    }
    return suffix.equals("大学") && next == '生' || suffix.equals("学院") && next == '派';
  }

  /**
   * Where a name ending at {@code suffixStart} begins: right after a pause if one is close, else after the last
   * word HanLP tags as a verb, preposition, particle or the like.
   */
  private static int leftEdge(String text, int from, int suffixStart) {
    if (suffixStart > from && text.charAt(suffixStart - 1) == '）') {
      int open = text.lastIndexOf('（', suffixStart - 1);
      if (open > from) {
        return leftEdge(text, from, open);
      }
    }
    int pause = suffixStart;
    while (pause > from && isNameChar(text.charAt(pause - 1))) {
      pause--;
    }
    if (pause == suffixStart) {
      return pause;
    }
    List<Term> terms = Holder.SEGMENT.seg(text.substring(pause, suffixStart));
    int edge = tokenEdge(terms, suffixStart);
    // A short run right after a pause that HanLP cuts into single characters is a name it does not know
    // (粤开证券, 觉非科技, 国研新经济研究院); one that holds a real verb (接受中国城市报, 引导银行) is not.
    boolean afterPause = pause == 0 || !Character.isIdeographic(text.charAt(pause - 1));
    boolean stoppedOnSingle = stopWordLength(terms, pause, edge) == 1;
    if (afterPause && suffixStart - pause <= 5 && stoppedOnSingle) {
      return pause;
    }
    return edge;
  }

  /** The length of the word that ends where the name-like run starts, or 0 when the run takes every word. */
  private static int stopWordLength(List<Term> terms, int pause, int edge) {
    int offset = pause;
    for (Term t : terms) {
      offset += t.word.length();
      if (offset == edge) {
        return t.word.length();
      }
    }
    return 0;
  }

  /** The start of the run of name-like words that ends at {@code suffixStart}. */
  private static int tokenEdge(List<Term> terms, int suffixStart) {
    int start = suffixStart;
    int offset = suffixStart;
    for (int k = terms.size() - 1; k >= 0; k--) {
      Term t = terms.get(k);
      offset -= t.word.length();
      // A place before the name (…开发区, …园区) is where the organization sits, not part of its name.
      boolean place = t.word.endsWith("区") && start < suffixStart;
      // HanLP cuts some words of the field in two and tags the first half a verb (算|力, 智|算).
      boolean fieldWord = k + 1 < terms.size() && FIELD_WORDS.contains(t.word + terms.get(k + 1).word)
          || k > 0 && FIELD_WORDS.contains(terms.get(k - 1).word + t.word);
      // A part of a town named by its direction (城西, 江北, 河东) is a place in the name, whatever HanLP tags it.
      boolean quarter = t.word.length() == 2 && "城江河湖山".indexOf(t.word.charAt(0)) >= 0
          && "东西南北".indexOf(t.word.charAt(1)) >= 0;
      if (STOP_NATURES.contains(t.nature.toString()) && !fieldWord && !quarter || t.word.equals("的") || place) {
        break;
      }
      start = offset;
    }
    return start;
  }

  private static boolean isNameChar(char c) {
    return Character.isIdeographic(c) && "的在和与是为及对从向将把被由等于以了着过".indexOf(c) < 0;
  }

  private static boolean isSpecific(String head) {
    // 省金融控股公司, 市属企业: a bare 省 or 市 names a kind of organization, not one.
    return head.length() >= 2 && !GENERIC.contains(head) && "一某该这那".indexOf(head.charAt(0)) < 0 && !head.endsWith("和")
        && "省市区县".indexOf(head.charAt(0)) < 0;
  }

  private static void add(Map<String, Found> found, List<Mention> mentions, String name, String type, String text,
      int start, int end) {
    note(found, name, type, text.substring(start, end));
    if (mentions != null) {
      mentions.add(new Mention(text.substring(start, end), entityType(type), name, start, end));
    }
  }

  private static void note(Map<String, Found> found, String name, String type, String surface) {
    Found f = found.computeIfAbsent(name, n -> new Found(n, type));
    f.aliases.add(surface);
    f.mentions++;
  }

  private static Mention.Type entityType(String type) {
    return switch (type) {
      case "government" -> Mention.Type.GOVERNMENT;
      case "company" -> Mention.Type.COMPANY;
      default -> Mention.Type.ORGANIZATION;
    };
  }
}
