package org.kechuangradar.recognize.person;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kechuangradar.lexicon.NameTable;
import org.kechuangradar.model.Document;
import org.kechuangradar.model.Mention;
import org.kechuangradar.model.Organization;
import org.kechuangradar.model.Person;
import org.kechuangradar.pipeline.Stage;

/**
 * Finds people with their positions from appositions, the way Chinese news introduces a speaker:
 * {@code 国家统计局新闻发言人、总经济师、国民经济综合统计司司长付凌晖表示}, {@code 创始人李东昊就}, and speaker
 * headers ({@code 徐冠巨代表：}). The organization in a position ({@code 德勤中国主席}) is reported as an
 * organization too. Reporters in bylines are not people of the story.
 */
public final class PersonExtractor implements Stage {
  private static final String TITLES = "董事长|副董事长|总经理|副总经理|总裁|副总裁|首席执行官|首席经济学家|首席科学家|首席分析师|"
      + "总工程师|总经济师|总会计师|总监|院长|副院长|校长|副校长|所长|主任|副主任|局长|副局长|厅长|副厅长|部长|副部长|司长|副司长|"
      + "处长|主席|副主席|理事长|副理事长|常务理事|理事|会长|副会长|秘书长|副秘书长|研究员|特约研究员|高级研究员|教授|副教授|"
      + "创始人|联合创始人|创始院长|发起人|联合创始发起人|新闻发言人|发言人|书记|副书记|党委书记|省长|副省长|市长|副市长|区长|县长|"
      + "负责人|专家|学者|经济学家|分析师|科学家|工程师|合伙人|总编辑|代表|委员|院士";
  private static final List<String> FOLLOWERS = List.of("表示", "说", "认为", "建议", "看来", "介绍", "指出", "强调", "援引",
      "审议", "提出", "坦言", "透露", "称", "谈到", "告诉", "就", "在", "也", "等", "分析", "解释", "呼吁", "、");
  private static final int MAX_POSITIONS = 80;
  private static final String NOT_IN_NAMES = "也就还都又则却亦曾便即才已等说称";
  private static final List<String> SPEECH = List.of("表示", "说，", "说：", "说。", "先生", "女士", "告诉", "认为", "介绍",
      "指出", "称，", "透露", "坦言", "强调", "回忆", "执导", "解释", "建议", "指出");
  // Occupations that are positions in text but do not introduce a person of the story in an apposition.
  private static final Set<String> POSITION_WORDS = Set.of("记者", "主持人", "艺术家", "导演", "选手", "老师", "律师",
      "收藏家", "作者", "经理", "建筑师", "画家", "老板", "主教练", "设计师", "教练", "教师", "总监", "主帅", "作家", "编辑",
      "编剧", "理财师", "演员", "歌手", "球员", "队长", "医生", "博士", "工程师", "总裁", "主管", "店长", "厂长", "校长",
      "学生", "大学生", "研究生", "客服", "藏家", "解说", "顾问", "董事", "股东", "会计", "教授", "讲师", "院长", "评论员",
      "主编", "大师", "民警", "行长", "副行长", "领导", "士兵", "业务员", "飞行员", "馆长", "通讯员", "实习生", "官员", "公务员",
      "明星", "营业员", "驾驶员", "嘉宾", "交警", "监制", "警察", "战士", "总统", "摄影师", "组长", "法官", "司机", "将军",
      "常委", "助理", "首相", "总理", "议员", "大使", "检察官", "护士", "CEO", "ceo", "投资者", "留学生", "中小学生", "培训师");
  // Words that make a compound title with the title after them.
  private static final List<String> TITLE_MODIFIERS = List.of("客户", "营销", "销售", "设计", "项目", "代理", "实习", "职业",
      "常务", "执行", "行政", "相关", "有关", "技术", "产品", "市场", "区域", "首席", "高级", "资深", "副", "总经理");
  private static final String POSITION_BLOCKERS = "们会团部队界站协";
  // A department and its title, or the title alone, at the end of a position.
  private static final Pattern UNIT_TITLE = Pattern.compile("(?:[\\p{IsHan}]{1,6}?[部处司科室])?(?:" + TITLES + ")$");
  private static final Pattern ORG_AND_TITLE =
      Pattern.compile("^(?<org>[\\p{IsHan}A-Za-z]{2,20}?)(?:" + TITLES + ")+$");
  private static final Set<String> TITLE_SET = Set.of(TITLES.split("\\|"));
  private static final NameTable<Boolean> TITLE_TABLE = table(TITLE_SET);
  private static final NameTable<Boolean> OCCUPATION_TABLE = table(POSITION_WORDS);

  private static NameTable<Boolean> table(Set<String> words) {
    Map<String, Boolean> m = new java.util.HashMap<>();
    words.forEach(w -> m.put(w, Boolean.TRUE));
    return new NameTable<>(m);
  }
  private static final BitSet TITLE_LAST_CHARS = new BitSet(0x10000);

  static {
    POSITION_WORDS.forEach(t -> TITLE_LAST_CHARS.set(t.charAt(t.length() - 1)));
    TITLE_SET.forEach(t -> TITLE_LAST_CHARS.set(t.charAt(t.length() - 1)));
  }
  private static final Pattern HEADER = Pattern.compile("^(?<name>[\\p{IsHan}]{2,3})(?<role>代表|委员)[：:]");
  private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
      + "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易"
      + "乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁"
      + "蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣"
      + "巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝";
  // Appositions do not run across sentence ends, commas or quotes.
  private static final String CLAUSE_ENDS = "。！？；，,：:\n“”";
  // A kind of organization without a name: 研究院 in 研究院院长.
  private static final Pattern BARE_KINDS = Pattern.compile("(研究|研究院|研究所|学院|大学|公司|集团|中心|协会|学会|银行)");
  private static final BitSet SURNAME = surnames();
  private static final NameModel NAMES = new NameModel();

  private static BitSet surnames() {
    BitSet bits = new BitSet(0x10000);
    SURNAMES.chars().forEach(bits::set);
    return bits;
  }

  private static final String[] LEADS = {"在", "据", "由", "对此，", "对此", "其中，"};

  @Override
  public Document process(Document d) {
    Map<String, List<String>> people = new LinkedHashMap<>();
    List<Mention> mentions = new ArrayList<>();
    List<Organization> orgs = new ArrayList<>(d.extraction().organizations());
    String text = d.text();
    int base = 0;
    while (base < text.length()) {
      int end = base;
      while (end < text.length() && CLAUSE_ENDS.indexOf(text.charAt(end)) < 0) {
        end++;
      }
      String clause = text.substring(base, end);
      int clauseStart = base;
      base = end + 1;
      int from = 0;
      for (int i = 0; i < clause.length(); i++) {
        int titleEnd = titleEndingAt(clause, i);
        if (titleEnd < 0) {
          continue;
        }
        String name = name(clause, titleEnd);
        if (name == null || d.authors().contains(name) || titleEnd - from > MAX_POSITIONS) {
          continue;
        }
        List<String> positions = new ArrayList<>();
        for (String p : apposition(clause, from, titleEnd).split("、")) {
          String position = stripLead(p);
          if (position.length() >= 2) {
            positions.add(position);
            addOrganizationOf(position, orgs);
          }
        }
        people.computeIfAbsent(name, n -> new ArrayList<>()).addAll(positions);
        int at = clauseStart + titleEnd;
        mentions.add(new Mention(name, Mention.Type.PERSON, name, at, at + name.length()));
        String lastPosition = positions.isEmpty() ? null : positions.get(positions.size() - 1);
        if (lastPosition != null) {
          String title = titleOf(lastPosition);
          mentions.add(new Mention(title, Mention.Type.POSITION, title, at - title.length(), at));
        }
        from = titleEnd + name.length();
        i = from - 1;
      }
    }
    findSpeakers(text, people, mentions, d.authors());
    findLikelyNames(text, people, mentions, d);
    addRepeatedNames(text, people, mentions);
    addPositionMentions(text, mentions);
    for (String line : text.split("\n")) {
      Matcher h = HEADER.matcher(line);
      if (h.find() && SURNAMES.indexOf(h.group("name").charAt(0)) >= 0) {
        people.computeIfAbsent(h.group("name"), n -> new ArrayList<>()).add(h.group("role"));
      }
    }
    List<Person> out = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : people.entrySet()) {
      List<String> positions = e.getValue().stream().distinct().toList();
      out.add(new Person(e.getKey(), positions, organizationOf(positions)));
    }
    return d.withExtraction(d.extraction().withPeople(out).withOrganizations(orgs).withEntities(mentions));
  }

  /**
   * Names before a verb of saying ({@code 叶老桂认为}, {@code 王建表示}) after a pause, a title or a conjunction:
   * a known surname and one or two more characters.
   */
  private static void findSpeakers(String text, Map<String, List<String>> people, List<Mention> mentions,
      List<String> authors) {
    for (int i = 0; i + 2 < text.length(); i++) {
      if (!SURNAME.get(text.charAt(i)) || !speakerStart(text, i)) {
        continue;
      }
      String name = name(text.substring(i, Math.min(text.length(), i + 6)), 0, SPEECH);
      if (name != null && !authors.contains(name) && !people.containsKey(name) && !isCommonWord(name)) {
        people.put(name, new ArrayList<>());
        mentions.add(new Mention(name, Mention.Type.PERSON, name, i, i + name.length()));
        i += name.length() - 1;
      }
    }
  }

  /** Names the name model finds likely, outside every mention already found and every byline. */
  private static void findLikelyNames(String text, Map<String, List<String>> people, List<Mention> mentions,
      Document d) {
    BitSet taken = new BitSet(text.length());
    for (Mention m : d.extraction().entities()) {
      taken.set(m.start(), m.end());
    }
    for (Mention m : mentions) {
      taken.set(m.start(), m.end());
    }
    for (int i = 0; i + 1 < text.length(); i++) {
      if (taken.get(i)) {
        continue;
      }
      int len = NAMES.foreignNameLength(text, i);
      if (len == 0) {
        len = NAMES.nameLength(text, i);
      }
      if (len == 0 || taken.get(i + len - 1)) {
        continue;
      }
      String name = text.substring(i, i + len);
      if (!d.authors().contains(name)) {
        people.computeIfAbsent(name, n -> new ArrayList<>());
        mentions.add(new Mention(name, Mention.Type.PERSON, name, i, i + len));
      }
      i += len - 1;
    }
  }

  /** A word HanLP's dictionary knows, and not as a person's name: 文章, 高度, 方面 start with surnames too. */
  private static boolean isCommonWord(String candidate) {
    CoreDictionary.Attribute attribute = CoreDictionary.get(candidate);
    if (attribute == null) {
      return false;
    }
    for (Nature n : attribute.nature) {
      if (n.toString().startsWith("nr")) {
        return false;
      }
    }
    return true;
  }

  private static boolean speakerStart(String text, int i) {
    if (i == 0) {
      return true;
    }
    char before = text.charAt(i - 1);
    return !Character.isIdeographic(before) || "、和与及".indexOf(before) >= 0 || titleEndsAt(text, i);
  }

  private static boolean titleEndsAt(String text, int end) {
    if (!TITLE_LAST_CHARS.get(text.charAt(end - 1))) {
      return false;
    }
    for (int len = 2; len <= 4 && len <= end; len++) {
      if (TITLE_SET.contains(text.substring(end - len, end)) || POSITION_WORDS.contains(text.substring(end - len, end))) {
        return true;
      }
    }
    return false;
  }

  /** Where a compound title starts: 客户经理, 营销总监, 实习记者, 常务副院长 are one position each. */
  private static int withModifiers(String text, int titleStart) {
    int start = titleStart;
    for (int round = 0; round < 2; round++) {
      int found = -1;
      for (String m : TITLE_MODIFIERS) {
        if (start >= m.length() && text.startsWith(m, start - m.length())) {
          found = start - m.length();
          break;
        }
      }
      if (found < 0) {
        break;
      }
      start = found;
    }
    return start;
  }

  /** Every other place a name already found stands in the text. */
  private static void addRepeatedNames(String text, Map<String, List<String>> people, List<Mention> mentions) {
    Set<Integer> taken = new HashSet<>();
    for (Mention m : mentions) {
      taken.add(m.start());
    }
    for (String name : people.keySet()) {
      for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length())) {
        boolean alone = at + name.length() >= text.length() || !Character.isIdeographic(text.charAt(at + name.length()))
            || startsFollower(text.substring(at + name.length()), SPEECH);
        if (alone && taken.add(at)) {
          mentions.add(new Mention(name, Mention.Type.PERSON, name, at, at + name.length()));
        }
      }
    }
  }

  /** Titles and occupations wherever they stand (记者, 董事长, 研究部主任), as POSITION mentions. */
  private static void addPositionMentions(String text, List<Mention> mentions) {
    Set<Integer> taken = new HashSet<>();
    for (Mention m : mentions) {
      if (m.type() == Mention.Type.POSITION) {
        taken.add(m.end());
      }
    }
    for (int i = 0; i < text.length(); i++) {
      int end = titleEndingAt(text, i);
      if (end < 0) {
        NameTable.Match<Boolean> occupation = OCCUPATION_TABLE.longestAt(text, i);
        end = occupation == null ? -1 : i + occupation.length();
      }
      if (end < 0) {
        continue;
      }
      boolean wordGoesOn = end < text.length() && POSITION_BLOCKERS.indexOf(text.charAt(end)) >= 0;
      // 代表 and 委员 alone are mostly the verb "to represent" and committee members in general.
      String word = text.substring(i, end);
      boolean bare = (word.equals("代表") || word.equals("委员"))
          && !(i >= 2 && (text.startsWith("人大", i - 2) || text.startsWith("政协", i - 2)));
      if (!wordGoesOn && !bare && taken.add(end)) {
        int start = withModifiers(text, i);
        String position = text.substring(start, end);
        mentions.add(new Mention(position, Mention.Type.POSITION, position, start, end));
      }
      i = end - 1;
    }
  }

  /** The title part of a position: 研究部主任 of 布鲁京斯研究所研究部主任, 董事长 of 华光集团董事长. */
  private static String titleOf(String position) {
    Matcher unit = UNIT_TITLE.matcher(position);
    return unit.find() ? unit.group() : position;
  }

  /** The end of the longest title starting at {@code i}, or -1. */
  private static int titleEndingAt(String clause, int i) {
    NameTable.Match<Boolean> title = TITLE_TABLE.longestAt(clause, i);
    return title == null ? -1 : i + title.length();
  }

  /** The positions before a name: the clause from {@code from}, without anything that cannot be in a title. */
  private static String apposition(String clause, int from, int end) {
    int start = end;
    while (start > from && isPositionChar(clause.charAt(start - 1))) {
      start--;
    }
    return clause.substring(start, end);
  }

  private static boolean isPositionChar(char c) {
    return Character.isIdeographic(c) || Character.isLetterOrDigit(c) || c == '、' || c == '（' || c == '）';
  }

  /**
   * A two- or three-character name with a known surname right after a title, followed by a verb of saying or
   * a pause; three characters only when two leave no such word behind.
   */
  private static String name(String clause, int at) {
    return name(clause, at, FOLLOWERS);
  }

  private static String name(String clause, int at, List<String> followers) {
    if (at + 2 > clause.length() || !SURNAME.get(clause.charAt(at))) {
      return null;
    }
    for (int len = 2; len <= 3 && at + len <= clause.length(); len++) {
      for (int k = at; k < at + len; k++) {
        if (!Character.isIdeographic(clause.charAt(k))) {
          return null;
        }
      }
      // 张凡也表示: a function word after the name is not its third character.
      if (len == 3 && NOT_IN_NAMES.indexOf(clause.charAt(at + 2)) >= 0) {
        return null;
      }
      String rest = clause.substring(at + len);
      if (rest.isEmpty() && followers == FOLLOWERS || startsFollower(rest, followers)) {
        return clause.substring(at, at + len);
      }
    }
    return null;
  }

  private static boolean startsFollower(String s, List<String> followers) {
    // 张凡也表示, 李明还认为: an adverb may stand between the name and the verb.
    if (followers == SPEECH && s.length() > 1 && "也还则就都又亦曾".indexOf(s.charAt(0)) >= 0) {
      s = s.substring(1);
    }
    for (String f : followers) {
      if (s.startsWith(f)) {
        return true;
      }
    }
    return false;
  }

  private static String stripLead(String position) {
    String p = position;
    for (String lead : LEADS) {
      if (p.startsWith(lead)) {
        p = p.substring(lead.length());
      }
    }
    return p;
  }

  /** The organization named in a position ({@code 德勤中国主席} → 德勤中国), when it is not a known one. */
  private static void addOrganizationOf(String position, List<Organization> orgs) {
    Matcher m = ORG_AND_TITLE.matcher(position);
    if (!m.matches()) {
      return;
    }
    String org = m.group("org");
    if (org.startsWith("全国") || org.startsWith("某") || org.length() < 3 || org.endsWith("创始") || org.endsWith("联合")
        || BARE_KINDS.matcher(org).matches()) {
      return;
    }
    for (Organization o : orgs) {
      if (o.name().equals(org) || o.aliases().contains(org) || org.startsWith(o.name()) || org.endsWith(o.name())) {
        return;
      }
    }
    String type = org.endsWith("银行") || org.endsWith("证券") ? "company"
        : "司局部委厅办处署".indexOf(org.charAt(org.length() - 1)) >= 0 ? "government" : "other";
    orgs.add(new Organization(org, type, List.of(), 1));
  }

  private static String organizationOf(List<String> positions) {
    for (String p : positions) {
      Matcher m = ORG_AND_TITLE.matcher(p);
      if (m.matches() && !m.group("org").startsWith("全国")) {
        return m.group("org");
      }
    }
    return null;
  }
}
