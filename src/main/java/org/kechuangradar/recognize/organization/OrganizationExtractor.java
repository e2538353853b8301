package org.kechuangradar.recognize.organization;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kechuangradar.lexicon.BodyGazetteer.Body;
import org.kechuangradar.lexicon.BodyGazetteer;
import org.kechuangradar.lexicon.EverydayWords;
import org.kechuangradar.lexicon.FunctionWords;
import org.kechuangradar.lexicon.OrganizationSuffixes;
import org.kechuangradar.lexicon.RegionGazetteer;
import org.kechuangradar.lexicon.WordBoundaries;
import org.kechuangradar.model.Document;
import org.kechuangradar.model.Evidence;
import org.kechuangradar.model.Mention;
import org.kechuangradar.model.Organization;
import org.kechuangradar.model.RegionLevel;
import org.kechuangradar.model.TaggedName;
import org.kechuangradar.pipeline.Stage;
import org.kechuangradar.recognize.NameTagging;
import org.kechuangradar.recognize.Names;
import org.kechuangradar.recognize.tagger.EntityTagger;
import org.kechuangradar.recognize.tagger.ScoredSpan;
import org.kechuangradar.recognize.tagger.TaggedSpan;

/**
 * Finds organizations, each reported by canonical full name with the names the text uses. The entity tagger marks
 * them; the body gazetteer names government bodies in full ({@code 工信部} → 工业和信息化部, {@code 北京市发展改革委}
 * → 北京市发展和改革委员会, {@code 市经济和信息化局} with the city the text is about) and finds the bodies the
 * tagger missed where they cut no name it marked. Names of other organizations keep the text's form; the word that
 * ends them gives their type. Runs on the text; media named in bylines count too.
 */
public final class OrganizationExtractor implements Stage {
  // A country's or a city's team (中国女队, 巴西队, 上海男篮) is an organization of its own.
  private static final Pattern TEAM = Pattern.compile("(?:国家)?[男女]?子?(?:足球|篮球|排球|乒乓球|羽毛球|游泳|田径)?队"
      + "|[男女](?:足|篮|排|乒)(?![球协])");
  // 该公司, 某集团, 各大学: a demonstrative or a quantifier before a kind names no organization.
  private static final String NOT_NAME_STARTS = "该某各本这那此其每诸";
  // Words for a level of region that stand for the region named before (省商务厅, 自治区人大常委会), longest first.
  private static final List<String> LEVELS = List.of("自治区", "自治州", "省", "市", "区", "县");

  /**
   * One organization as found: canonical name, type and the surface forms seen; the tagger's highest confidence in a
   * name of it, and whether the body gazetteer knows it.
   */
  private static final class Found {
    final String name;
    final String type;
    final List<String> aliases = new ArrayList<>();
    int mentions;
    double tagger;
    boolean known;

    Found(String name, String type) {
      this.name = name;
      this.type = type;
    }
  }

  /** A body the gazetteer names at a span of the text. */
  private record BodyAt(int start, int end, String name, String type) {}

  @Override
  public Document process(Document d) {
    String text = d.text();
    Names names = new Names(d.extraction().names());
    List<Mention> places = d.extraction().entities().stream().filter(m -> m.type() == Mention.Type.REGION).toList();
    Map<String, Found> found = new LinkedHashMap<>();
    List<Mention> mentions = new ArrayList<>();
    List<BodyAt> bodies = new ArrayList<>();
    PlacesBefore context = new PlacesBefore(places);
    scan(text, context, Integer.MAX_VALUE, placesByStart(places), bodies);
    // The bodies taken, by start: they come in text order and never overlap.
    TreeMap<Integer, Integer> taken = new TreeMap<>();
    for (BodyAt b : bodies) {
      // Inside a longer name the tagger marked (党中央 in 农工党中央), the longer name is the organization; inside a
      // title (国务院 in 国务院总理) the body is named all the same.
      Mention around = names.containing(b.start(), b.end());
      boolean inName = around != null && around.type() != Mention.Type.POSITION
          && (around.start() != b.start() || around.end() != b.end());
      // A body's name or alias is one only where a word boundary allows it (not 中办 of 集中办公), or inside a title.
      boolean inTitle = around != null && around.type() == Mention.Type.POSITION;
      boolean bounded = inTitle || WordBoundaries.segmentsAt(text, b.start()) && WordBoundaries.segmentsAt(text, b.end());
      if (!inName && !names.cuts(b.start(), b.end()) && bounded) {
        add(found, mentions, b.name(), b.type(), text, b.start(), b.end(), names.confidence(b.start(), b.end()), true);
        taken.put(b.start(), b.end());
      }
    }
    for (TaggedName tagged : names.tagged(Mention.Type.GOVERNMENT, Mention.Type.COMPANY, Mention.Type.ORGANIZATION)) {
      Mention n = withParenthesis(text, tagged.mention(), names);
      Map.Entry<Integer, Integer> before = taken.lowerEntry(n.end());
      boolean known = before != null && before.getValue() > n.start();
      if (known || !isName(n.text())) {
        continue;
      }
      BodyAt body = resolve(n.text(), context, n.start());
      // A name is reported only where a word boundary allows it: not 临港智 of 临港智算中心.
      if (body != null || WordBoundaries.segmentsAt(text, n.start()) && WordBoundaries.segmentsAt(text, n.end())) {
        add(found, mentions, body == null ? n.text() : body.name(), body == null ? type(n) : body.type(), text,
            n.start(), n.end(), tagged.confidence(), body != null);
      }
    }
    // Captions are out of the text, but the organizations they name are the story's.
    for (String caption : d.captions()) {
      List<TaggedName> captionNames = new ArrayList<>();
      for (ScoredSpan t : EntityTagger.get().scored(caption)) {
        TaggedSpan span = t.span();
        captionNames.add(new TaggedName(new Mention(caption.substring(span.start(), span.end()), NameTagging.type(span),
            null, span.start(), span.end()), t.confidence()));
      }
      Names inCaption = new Names(captionNames);
      for (TaggedName n : inCaption.tagged(Mention.Type.GOVERNMENT, Mention.Type.COMPANY, Mention.Type.ORGANIZATION)) {
        Mention m = withParenthesis(caption, n.mention(), inCaption);
        BodyAt body = isName(m.text()) ? resolve(m.text(), context, 0) : null;
        if (body != null || isName(m.text()) && WordBoundaries.segmentsAt(caption, m.start())
            && WordBoundaries.segmentsAt(caption, m.end())) {
          note(found, body == null ? m.text() : body.name(), body == null ? type(m) : body.type(), m.text(),
              n.confidence(), body != null);
        }
      }
    }
    for (String author : d.authors()) {
      for (int i = 0; i < author.length() - 1; i++) {
        Map.Entry<Integer, Body> body = BodyGazetteer.get().centralAt(author, i);
        if (body != null) {
          note(found, body.getValue().canonical(), body.getValue().type(), author.substring(i, i + body.getKey()), 0,
              true);
          break;
        }
      }
    }
    Map<String, String> shortForms = mergeShortForms(found);
    if (!shortForms.isEmpty()) {
      mentions.replaceAll(m -> shortForms.containsKey(m.canonical())
          ? new Mention(m.text(), m.type(), shortForms.get(m.canonical()), m.start(), m.end()) : m);
    }
    List<Organization> orgs = new ArrayList<>();
    for (Found f : found.values()) {
      List<String> aliases = f.aliases.stream().filter(a -> !a.equals(f.name)).distinct().toList();
      orgs.add(new Organization(f.name, f.type, aliases, f.mentions, confidence(f)));
    }
    return d.withExtraction(d.extraction().withOrganizations(orgs).withEntities(mentions));
  }

  /**
   * A name the tagger cut at a parenthesis it holds (天合光能（宿迁）有限公司 read as 宿迁）有限公司): extended back over
   * the parenthesis and the name characters before it, back to a pause, a function word or another name.
   */
  private static Mention withParenthesis(String text, Mention n, Names names) {
    int close = n.text().indexOf('）');
    if (close < 0 || n.text().lastIndexOf('（', close) >= 0) {
      return n;
    }
    int open = n.start();
    while (open >= 0 && n.start() - open <= 8 && text.charAt(open) != '（') {
      open--;
    }
    if (open < 0 || n.start() - open > 8) {
      return n;
    }
    int start = open;
    while (start > 0 && open - start < 12 && Character.isIdeographic(text.charAt(start - 1))
        && !FunctionWords.is(text.charAt(start - 1)) && names.containing(start - 1, start) == null) {
      start--;
    }
    return start == open ? n : new Mention(text.substring(start, n.end()), n.type(), null, start, n.end());
  }

  /** A tagged name that names one organization: not an everyday word (企业), not 该公司 or 某集团. */
  private static boolean isName(String name) {
    return name.length() >= 2 && NOT_NAME_STARTS.indexOf(name.charAt(0)) < 0 && !EverydayWords.is(name);
  }

  /**
   * The type of a tagged name: a body is government, a company a company unless the word that ends it says media
   * (广播公司), the rest by the word that ends them.
   */
  private static String type(Mention n) {
    return switch (n.type()) {
      case GOVERNMENT -> "government";
      case COMPANY -> "media".equals(OrganizationSuffixes.get().typeOf(n.text())) ? "media" : "company";
      default -> {
        String bySuffix = OrganizationSuffixes.get().typeOf(n.text());
        yield bySuffix == null || bySuffix.equals("company") ? "other" : bySuffix;
      }
    };
  }

  /** The body a tagged name is, when the gazetteer knows it whole (a region in context from before {@code at}); else null. */
  private static BodyAt resolve(String name, PlacesBefore context, int at) {
    List<BodyAt> inside = new ArrayList<>();
    scan(name, context, at, null, inside);
    return inside.size() == 1 && inside.get(0).start() == 0 && inside.get(0).end() == name.length()
        ? inside.get(0) : null;
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

  /**
   * The bodies the gazetteer names in {@code text}: a region and a local body (北京市发展改革委), a team (中国女队), a
   * local body after 市, 省, 区 or 县 standing for the region in context, a central body by name or abbreviation. The
   * region in context is named before the body, or before {@code before} when the text is not the document's.
   */
  private static void scan(String text, PlacesBefore context, int before, RegionGazetteer.Form[] known,
      List<BodyAt> out) {
    RegionGazetteer gazetteer = RegionGazetteer.get();
    BodyGazetteer bodies = BodyGazetteer.get();
    int i = 0;
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
        out.add(new BodyAt(i, end, name, "government"));
        i = end;
        continue;
      }
      Matcher team = afterPlace > 0 ? TEAM.matcher(text).region(afterPlace, text.length()) : null;
      if (team != null && team.lookingAt()) {
        out.add(new BodyAt(i, team.end(), text.substring(i, team.end()), "other"));
        i = team.end();
        continue;
      }
      String level = levelAt(text, i);
      Map.Entry<Integer, Body> contextual = level != null && isStart(text, i)
          ? bodies.localAt(text, i + level.length()) : null;
      if (contextual != null) {
        String region = context.region(level, known == null ? before : i);
        int end = i + level.length() + contextual.getKey();
        if (region != null) {
          out.add(new BodyAt(i, end, region + bodyName(region, contextual.getValue()), "government"));
        }
        i = end;
        continue;
      }
      Map.Entry<Integer, Body> central = bodies.centralAt(text, i);
      // 财政部门, 教育部门: the departments for a field in general, not the ministry.
      if (central != null && text.startsWith("部门", i + central.getKey() - 1)) {
        i = i + central.getKey() + 1;
        continue;
      }
      if (central != null) {
        int end = i + central.getKey();
        out.add(new BodyAt(i, end, central.getValue().canonical(), central.getValue().type()));
        i = end;
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

  /** The word for a level of region that stands for the region in context at {@code i} (省, 市, 自治区 …), or null. */
  private static String levelAt(String text, int i) {
    for (String level : LEVELS) {
      if (text.startsWith(level, i)) {
        return level;
      }
    }
    return null;
  }

  /** The start of a body name: not the end of a word such as 城市, 上市, 各省, 园区 or 开发区. */
  private static boolean isStart(String text, int i) {
    return i == 0 || "城超股楼上都门各园发新社".indexOf(text.charAt(i - 1)) < 0;
  }

  /**
   * The region a 市, 省, 区, 县 or 自治区 before a body name stands for: the nearest one of that kind named before it,
   * or the enclosing one of that kind of the nearest region named ({@code 广州市 … 省商务厅} → 广东省). Worked out
   * once per level for every region named, so that a body asks a binary search and not every region before it.
   */
  private static final class PlacesBefore {
    // The last region (in text order) that starts at each offset.
    private final TreeMap<Integer, Integer> lastByStart = new TreeMap<>();
    // Per level word, the answer for the regions up to each one named, in text order.
    private final Map<String, String[]> nearest = new HashMap<>();

    PlacesBefore(List<Mention> places) {
      for (int k = 0; k < places.size(); k++) {
        lastByStart.put(places.get(k).start(), k);
      }
      for (String level : LEVELS) {
        String[] upTo = new String[places.size()];
        for (int k = 0; k < upTo.length; k++) {
          String own = ofLevel(places.get(k), level);
          upTo[k] = own != null ? own : k > 0 ? upTo[k - 1] : null;
        }
        nearest.put(level, upTo);
      }
    }

    /** The region of this level named (or enclosing one named) last before {@code before}, or null. */
    String region(String level, int before) {
      Map.Entry<Integer, Integer> last = lastByStart.lowerEntry(before);
      return last == null ? null : nearest.get(level)[last.getValue()];
    }

    private static String ofLevel(Mention m, String suffix) {
      RegionGazetteer.Form form = RegionGazetteer.get().form(m.canonical());
      for (RegionGazetteer.Division d = form == null ? null : form.divisions().get(0); d != null; d = d.parent()) {
        if (d.name().endsWith(suffix) && d.level() != RegionLevel.AREA) {
          return d.name();
        }
      }
      return null;
    }
  }

  /**
   * Folds an organization named by a short form of another's name into it (世乒联 of 世界乒乓球职业大联盟, 中国移动 of
   * 中国移动通信集团有限公司): a name of two to five characters that starts as the longer one does and whose characters
   * all come in the longer one's order, unless the two say different types or the short one is a body. Returns short
   * name → full name.
   */
  private static Map<String, String> mergeShortForms(Map<String, Found> found) {
    Map<String, String> merged = new LinkedHashMap<>();
    // The names by their first character, and by it and each later one, first found first: a longer name is looked
    // for only among those that hold the short one's first character and its rarest other one.
    Map<String, List<Found>> byCharacters = new HashMap<>();
    for (Found f : found.values()) {
      byCharacters.computeIfAbsent(f.name.substring(0, 1), k -> new ArrayList<>()).add(f);
      f.name.chars().skip(1).distinct().forEach(c -> byCharacters.computeIfAbsent(f.name.charAt(0) + String.valueOf(
          (char) c), k -> new ArrayList<>()).add(f));
    }
    for (Found shortOne : List.copyOf(found.values())) {
      // A body's name is canonical already, and one body's name before more is another body (国务院办公厅).
      if (shortOne.name.length() > 5 || shortOne.type.equals("government")) {
        continue;
      }
      List<Found> candidates = byCharacters.get(shortOne.name.substring(0, 1));
      for (int i = 1; i < shortOne.name.length(); i++) {
        List<Found> with = byCharacters.getOrDefault(shortOne.name.charAt(0) + shortOne.name.substring(i, i + 1),
            List.of());
        candidates = with.size() < candidates.size() ? with : candidates;
      }
      for (Found full : candidates) {
        boolean sameKind = shortOne.type.equals(full.type) || shortOne.type.equals("other");
        if (full != shortOne && found.get(full.name) == full && full.name.length() > shortOne.name.length() && sameKind
            && full.name.charAt(0) == shortOne.name.charAt(0) && inOrder(shortOne.name, full.name)) {
          full.aliases.addAll(shortOne.aliases);
          full.mentions += shortOne.mentions;
          full.tagger = Math.max(full.tagger, shortOne.tagger);
          full.known |= shortOne.known;
          found.remove(shortOne.name);
          merged.put(shortOne.name, full.name);
          break;
        }
      }
    }
    return merged;
  }

  /** Whether every character of {@code part} occurs in {@code whole}, in order. */
  private static boolean inOrder(String part, String whole) {
    int at = 0;
    for (int i = 0; i < part.length(); i++) {
      at = whole.indexOf(part.charAt(i), at) + 1;
      if (at == 0) {
        return false;
      }
    }
    return true;
  }

  private static void add(Map<String, Found> found, List<Mention> mentions, String name, String type, String text,
      int start, int end, double tagger, boolean known) {
    note(found, name, type, text.substring(start, end), tagger, known);
    mentions.add(new Mention(text.substring(start, end), entityType(type), name, start, end));
  }

  private static void note(Map<String, Found> found, String name, String type, String surface, double tagger,
      boolean known) {
    Found f = found.computeIfAbsent(name, n -> new Found(n, type));
    f.aliases.add(surface);
    f.mentions++;
    f.tagger = Math.max(f.tagger, tagger);
    f.known |= known;
  }

  /**
   * How sure the name is an organization's: the tagger's margin where it marked a name of it most clearly, the body
   * gazetteer knowing it, a last word that says what kind of organization it is, and a second mention.
   */
  private static double confidence(Found f) {
    return Evidence.confidence(new Evidence(2, f.tagger), Evidence.of(2, f.known),
        Evidence.of(1, OrganizationSuffixes.get().typeOf(f.name) != null), Evidence.of(1, f.mentions > 1));
  }

  private static Mention.Type entityType(String type) {
    return switch (type) {
      case "government" -> Mention.Type.GOVERNMENT;
      case "company" -> Mention.Type.COMPANY;
      default -> Mention.Type.ORGANIZATION;
    };
  }
}
