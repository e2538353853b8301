package org.kechuangradar.recognize.region;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kechuangradar.lexicon.BodyGazetteer;
import org.kechuangradar.lexicon.EverydayWords;
import org.kechuangradar.lexicon.FunctionWords;
import org.kechuangradar.lexicon.OneCharacterPlaces;
import org.kechuangradar.lexicon.OrganizationSuffixes;
import org.kechuangradar.lexicon.RegionGazetteer.Division;
import org.kechuangradar.lexicon.RegionGazetteer.Form;
import org.kechuangradar.lexicon.RegionGazetteer;
import org.kechuangradar.lexicon.RelationWords;
import org.kechuangradar.lexicon.WordBoundaries;
import org.kechuangradar.model.Document;
import org.kechuangradar.model.Evidence;
import org.kechuangradar.model.Mention;
import org.kechuangradar.model.Region;
import org.kechuangradar.model.RegionLevel;
import org.kechuangradar.pipeline.Stage;
import org.kechuangradar.recognize.Names;

/**
 * Finds administrative regions and named areas in the text and captions: longest match against
 * {@link RegionGazetteer}, compound forms ({@code 江苏宿迁}) falling out of matching left to right, names
 * that are part of an organization's name ({@code 中国城市报}, {@code 中山大学}) left out, and a name shared by
 * several divisions resolved to the one whose province or city the document also mentions.
 */
public final class RegionExtractor implements Stage {
  private static final String PUNCTUATION = "，。、；：？！,.;:?!（）()“”《》 ";

  private record Hit(int start, int end, Form form) {}

  @Override
  public Document process(Document d) {
    List<Hit> hits = new ArrayList<>();
    scan(d.text(), hits, 0);
    Names names = new Names(d.extraction().names());
    hits.removeIf(h -> !standsAlone(d.text(), h, names));
    List<Hit> captionHits = new ArrayList<>();
    for (String caption : d.captions()) {
      scan(caption, captionHits, -1);
    }
    List<Hit> all = new ArrayList<>(hits);
    all.addAll(captionHits);
    Map<Form, Division> chosen = resolve(all);
    Set<Division> named = Collections.newSetFromMap(new IdentityHashMap<>());
    all.forEach(h -> named.add(chosen.get(h.form())));
    List<Hit> confirmed = new ArrayList<>();
    for (int k = 0; k < all.size(); k++) {
      Hit h = all.get(k);
      if (chosen.get(h.form()) == null || !unconfirmedCounty(k, chosen.get(h.form()), all, chosen, named)) {
        confirmed.add(h);
      }
    }
    all = confirmed;
    Map<String, Integer> counts = new LinkedHashMap<>();
    Map<String, Division> byName = new LinkedHashMap<>();
    // Per region, the evidence of its hits: by a form of one division only; how the tagger marked it at best (1: as a
    // place of its own or inside a title or a body; 0.5: inside a longer place's name, which may be an airport's).
    Set<String> sure = new HashSet<>();
    Map<String, Double> tagged = new HashMap<>();
    List<Mention> mentions = new ArrayList<>();
    List<Mention> areas = new ArrayList<>();
    for (Hit h : all) {
      Division div = chosen.get(h.form());
      if (div == null) {
        continue;
      }
      // A named area (长三角, 粤港澳大湾区) is a place, not an administrative division.
      if (div.level() == RegionLevel.AREA) {
        if (h.start() >= 0) {
          areas.add(new Mention(d.text().substring(h.start(), h.end()), Mention.Type.ADDRESS, div.name(), h.start(),
              h.end()));
        }
        continue;
      }
      counts.merge(div.name(), 1, Integer::sum);
      byName.putIfAbsent(div.name(), div);
      if (h.form().divisions().size() == 1) {
        sure.add(div.name());
      }
      Mention around = h.start() >= 0 ? names.containing(h.start(), h.end()) : null;
      boolean own = around != null && (around.type() != Mention.Type.ADDRESS
          || around.start() == h.start() && around.end() == h.end());
      tagged.merge(div.name(), own ? 1 : around != null ? 0.5 : 0, Math::max);
      // 我国 ("our country") counts toward 中国 but is not a name in the text.
      if (h.start() >= 0 && !h.form().text().equals("我国")) {
        mentions.add(new Mention(d.text().substring(h.start(), h.end()), Mention.Type.REGION, div.name(), h.start(),
            h.end()));
      }
    }
    List<Region> regions = new ArrayList<>();
    for (Division div : byName.values()) {
      String name = div.name();
      // A region is surer marked by the tagger as a place of its own, named twice, by a name no other division shares.
      double confidence = Evidence.confidence(new Evidence(2, tagged.getOrDefault(name, 0.0)),
          Evidence.of(1, counts.get(name) > 1), Evidence.of(1, sure.contains(name)));
      regions.add(new Region(name, div.code(), div.level(), div.parentName(), counts.get(name), confidence));
    }
    mentions.addAll(areas);
    return d.withExtraction(d.extraction().withRegions(regions).withEntities(mentions));
  }

  private static void scan(String text, List<Hit> hits, int offsetSign) {
    RegionGazetteer gazetteer = RegionGazetteer.get();
    int i = 0;
    while (i < text.length() - 1) {
      Form f = gazetteer.longestAt(text, i);
      if (f == null) {
        Form country = abbreviationAt(gazetteer, text, i);
        if (country != null) {
          hits.add(new Hit(offsetSign < 0 ? -1 - hits.size() : i, i + 1, country));
        }
        i++;
        continue;
      }
      int end = i + f.text().length();
      if (!insideOrganizationName(text, end)) {
        hits.add(new Hit(offsetSign < 0 ? -1 - hits.size() : i, end, f));
      }
      i = end;
    }
  }

  /**
   * Whether a name of the gazetteer found in the text is a region there, by what the tagger marked around it: inside a
   * place, a position or the region's own body (哈萨克斯坦总统, 福建省委) it is; inside a person, an organization, a
   * company or a title (张家山, 中山大学, 《北京宣言》) it is not, nor where it cuts a name the tagger marked. Where the
   * tagger marked nothing, a full official name is a region; a short form only where no dictionary word runs across
   * its ends (中山|路) and it is no everyday word itself (合作, 开放, 和平), unless the tagger calls it a place. Never
   * before 时间 (北京时间), which makes a time zone of it.
   */
  private static boolean standsAlone(String text, Hit h, Names names) {
    // 北京时间: a place right before 时间 names a time zone, not a place where anything is.
    if (h.start() >= 0 && text.startsWith("时间", h.end())) {
      return false;
    }
    Mention around = names.containing(h.start(), h.end());
    if (around != null) {
      return switch (around.type()) {
        case ADDRESS, POSITION -> true;
        // A region's own body (福建省委, 苏州市人民政府), however the tagger typed it, names the region; a body or
        // organization named after it (新疆生产建设兵团, 海口海关, 中山大学) does not.
        case GOVERNMENT -> around.end() == h.end() || ownBody(text, h.end());
        case ORGANIZATION, COMPANY -> ownBody(text, h.end());
        default -> false;
      };
    }
    if (names.cuts(h.start(), h.end())) {
      return false;
    }
    if (h.form().full() || h.end() - h.start() == 1) {
      return true;
    }
    return WordBoundaries.fits(text, h.start(), h.end()) && !EverydayWords.is(h.form().text());
  }

  /**
   * A county or district by its short form alone (天山, 江南, 长安 are also a mountain range, a region, a dynasty's
   * capital) stands for the division only where the text names its province or city shortly before (广东顺德,
   * 福建长汀、宁化) or its city anywhere. County-level cities (义乌, 晋江) are known by their short forms.
   * {@code named} holds the division every hit stands for.
   */
  private static boolean unconfirmedCounty(int k, Division div, List<Hit> all, Map<Form, Division> chosen,
      Set<Division> named) {
    Hit h = all.get(k);
    if (h.form().full() || div.level() != RegionLevel.COUNTY || div.name().endsWith("市")) {
      return false;
    }
    if (div.parent() != null && named.contains(div.parent())) {
      return false;
    }
    // Hits in the text come first, in text order without overlaps: those shortly before stand right before h.
    for (int j = k - 1; h.start() >= 0 && j >= 0 && all.get(j).start() >= 0 && h.start() - all.get(j).end() <= 20; j--) {
      Division other = chosen.get(all.get(j).form());
      if (other != null && other != div && div.within(other)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A region's own body starts at {@code at}, after any regions below it (江苏|苏州市人社部门): a local body (人民政府,
   * 发展改革委), its Party committee (委), or its delegation of deputies (江苏代表团).
   */
  private static boolean ownBody(String text, int at) {
    for (Form below = RegionGazetteer.get().longestAt(text, at); below != null;
        below = RegionGazetteer.get().longestAt(text, at)) {
      at += below.text().length();
    }
    if (at >= text.length()) {
      return false;
    }
    int from = "省市区县州".indexOf(text.charAt(at)) >= 0 ? at + 1 : at;
    return BodyGazetteer.get().localAt(text, from) != null || from < text.length() && text.charAt(from) == '委'
        && "省市区县州".indexOf(text.charAt(from - 1)) >= 0 || text.startsWith("代表团", from);
  }

  /**
   * A country written as one character where news writes it so: in a pair before a word of relations (中美合作,
   * 日美安保条约), as a side (中方, 美方), or China as 华 after a verb of travel (访华, 驻华).
   */
  private static Form abbreviationAt(RegionGazetteer gazetteer, String text, int i) {
    OneCharacterPlaces.Place place = OneCharacterPlaces.get().of(text.charAt(i));
    if (place == null) {
      return null;
    }
    // 访华 but not 访华为: the character may not begin a word with the one after it.
    boolean standsAlone = !WordBoundaries.straddled(text, i + 1);
    if (place.travel() && i > 0 && TRAVEL.indexOf(text.charAt(i - 1)) >= 0 && standsAlone) {
      return gazetteer.form(place.name());
    }
    int run = i;
    while (run > 0 && OneCharacterPlaces.get().pairs(text.charAt(run - 1))) {
      run--;
    }
    int end = i + 1;
    while (end < text.length() && OneCharacterPlaces.get().pairs(text.charAt(end))) {
      end++;
    }
    int after = end;
    boolean pair = place.pair() && end - run >= 2 && end - run <= 3
        && RelationWords.get().stream().anyMatch(r -> text.startsWith(r, after));
    // 中方, 美方, but not 美方面: 方 may not begin a word with the character after it.
    boolean side = place.side() && end - run == 1 && text.startsWith("方", end)
        && (run == 0 || !Character.isIdeographic(text.charAt(run - 1)) || FunctionWords.is(text.charAt(run - 1))
        || "、和与及同对向据由经".indexOf(text.charAt(run - 1)) >= 0)
        && !WordBoundaries.straddled(text, end + 1);
    return pair || side ? gazetteer.form(place.name()) : null;
  }

  // Verbs of travel before a one-character place: 访华, 来华, 抵京, 赴沪.
  private static final String TRAVEL = "访来驻在赴对侵涉离援旅返进抵";

  /** The name goes on into an organization's name ending in 学会, 大学, 报 … before any pause or function word. */
  static boolean insideOrganizationName(String text, int end) {
    if (BodyGazetteer.get().localAt(text, end) != null) {
      return false;
    }
    int limit = Math.min(text.length(), end + 10);
    for (int j = end; j < limit; j++) {
      char c = text.charAt(j);
      if (PUNCTUATION.indexOf(c) >= 0 || FunctionWords.is(c) || !Character.isIdeographic(c)) {
        return false;
      }
      if (OrganizationSuffixes.get().suffixAt(text, j) > 1) {
        return true;
      }
    }
    return false;
  }

  /** Picks one division per form: the one inside a region the document names unambiguously, else the highest. */
  private static Map<Form, Division> resolve(List<Hit> hits) {
    Set<Division> sure = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Hit h : hits) {
      if (h.form().divisions().size() == 1) {
        sure.add(h.form().divisions().get(0));
      }
    }
    Map<Form, Division> chosen = new LinkedHashMap<>();
    for (Hit h : hits) {
      List<Division> options = h.form().divisions();
      Division best = null;
      for (Division option : options) {
        if (options.size() == 1 || insideAny(option, sure)) {
          best = option;
          break;
        }
      }
      if (best == null) {
        best = highest(options);
      }
      if (best != null) {
        chosen.put(h.form(), best);
      }
    }
    return chosen;
  }

  /** Whether one of {@code divisions} is above {@code d}. */
  private static boolean insideAny(Division d, Set<Division> divisions) {
    for (Division above = d.parent(); above != null; above = above.parent()) {
      if (divisions.contains(above)) {
        return true;
      }
    }
    return false;
  }

  /** The single option of the highest level; null when two of that level tie (鼓楼区 in four cities). */
  private static Division highest(List<Division> options) {
    for (RegionLevel level : List.of(RegionLevel.PROVINCE, RegionLevel.CITY, RegionLevel.COUNTY)) {
      List<Division> at = options.stream().filter(o -> o.level() == level).toList();
      if (at.size() == 1) {
        return at.get(0);
      }
      if (at.size() > 1) {
        return null;
      }
    }
    return null;
  }
}
