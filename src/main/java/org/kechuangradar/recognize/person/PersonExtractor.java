package org.kechuangradar.recognize.person;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kechuangradar.lexicon.FunctionWords;
import org.kechuangradar.lexicon.OrganizationSuffixes;
import org.kechuangradar.lexicon.ProperWords;
import org.kechuangradar.lexicon.WordBoundaries;
import org.kechuangradar.model.Document;
import org.kechuangradar.model.Evidence;
import org.kechuangradar.model.Mention;
import org.kechuangradar.model.Person;
import org.kechuangradar.model.TaggedName;
import org.kechuangradar.pipeline.Stage;
import org.kechuangradar.recognize.Names;
import org.kechuangradar.segment.Occurrences;
import org.kechuangradar.segment.SpanIndex;

/**
 * Finds people with every position the text gives them. The entity tagger marks names and titles; the positions are
 * read from the way Chinese news sets a title beside a name:
 * <ul>
 *   <li>titles before the name, joined by 、 or 兼, each with the body, organization or place written right before it:
 *       {@code 中共中央政治局常委、国务院总理李强}; a title without an owner of its own takes the owner of the title
 *       before it, {@code 国家统计局新闻发言人、总经济师付凌晖} (国家统计局总经济师);</li>
 *   <li>a title right after the name, when no other name follows it: {@code 习近平总书记}, {@code 雷军代表}.</li>
 * </ul>
 * Reporters named in bylines are not people of the story.
 */
public final class PersonExtractor implements Stage {
  // Characters that end the name of a unit inside an organization: a department, a bureau, an office, a team, a
  // council or a board (国民议会, 董事会).
  private static final String UNIT_ENDS = "部司局处科室厅委办院所组队站会";
  // What joins two titles of one person: 党组成员、副主任; 国务资政兼国家安全统筹部长.
  private static final String JOINERS = "、兼";
  // Characters by which a title names its own polity or level of government (国家主席, 国务委员, 省长, 市长).
  private static final String LEVELS = "国省市区县州";
  private static final Set<Mention.Type> OWNERS = Set.of(Mention.Type.GOVERNMENT, Mention.Type.ORGANIZATION,
      Mention.Type.COMPANY, Mention.Type.ADDRESS);

  @Override
  public Document process(Document d) {
    String text = d.text();
    List<TaggedName> tagged = d.extraction().names();
    List<Mention> names = tagged.stream().map(TaggedName::mention).toList();
    Set<String> authors = new HashSet<>(d.authors());
    SpanIndex<Mention> entities = new SpanIndex<>(d.extraction().entities(), Mention::start, Mention::end);
    Map<String, Set<String>> people = new LinkedHashMap<>();
    Map<String, String> organizations = new LinkedHashMap<>();
    // Per person, the tagger's most confident marking of the name.
    Map<String, Double> marked = new HashMap<>();
    List<Mention> mentions = new ArrayList<>();
    for (int k = 0; k < names.size(); k++) {
      Mention n = names.get(k);
      if (n.type() == Mention.Type.POSITION) {
        mentions.add(new Mention(n.text(), Mention.Type.POSITION, null, n.start(), n.end()));
        continue;
      }
      if (n.type() != Mention.Type.PERSON || !PersonNames.looksLikeName(n.text()) || authors.contains(n.text())) {
        continue;
      }
      mentions.add(new Mention(n.text(), Mention.Type.PERSON, null, n.start(), n.end()));
      marked.merge(n.text(), tagged.get(k).confidence(), Math::max);
      Set<String> positions = people.computeIfAbsent(n.text(), x -> new LinkedHashSet<>());
      List<int[]> spans = titlesBefore(names, k, text);
      String owner = null;
      for (int[] span : spans) {
        String title = text.substring(span[1], span[2]);
        owner = span[0] < span[1] ? text.substring(span[0], span[1]) : owner;
        boolean own = span[0] < span[1] || owner == null || !sharesOwner(title);
        positions.add(own ? text.substring(span[0], span[2]) : owner + title);
      }
      int[] after = titleAfter(names, k);
      if (after != null) {
        spans.add(after);
        positions.add(text.substring(after[0], after[2]));
      }
      for (int[] span : spans) {
        organizations.putIfAbsent(n.text(), organizationIn(entities, span[0], span[2]));
      }
    }
    List<Mention> repeats = repeated(text, people.keySet(), new Names(tagged));
    mentions.addAll(repeats);
    List<Person> out = new ArrayList<>();
    people.forEach((name, positions) -> out.add(new Person(name, List.copyOf(positions), organizations.get(name),
        confidence(marked.get(name), positions, repeats.stream().anyMatch(m -> m.text().equals(name))))));
    return d.withExtraction(d.extraction().withPeople(out).withEntities(mentions));
  }

  /**
   * How sure the name is a person's: mostly the tagger's margin where it marked the name most clearly; a title set
   * beside the name (a person is named by office) and the name standing again where the tagger left it unmarked add
   * to it.
   */
  private static double confidence(double tagger, Set<String> positions, boolean recurs) {
    return Evidence.confidence(new Evidence(3, tagger), Evidence.of(1, !positions.isEmpty()), Evidence.of(1, recurs));
  }

  /**
   * The positions written before the name at {@code names[k]}: a title that ends where the name starts, each earlier
   * title joined to the one after it by 、, each with the names of bodies or places right before it; first one first.
   * Each span is {owner's start, title's start, title's end}.
   */
  private static List<int[]> titlesBefore(List<Mention> names, int k, String text) {
    List<int[]> out = new ArrayList<>();
    int boundary = names.get(k).start();
    int j = k - 1;
    while (j >= 0 && names.get(j).type() == Mention.Type.POSITION && names.get(j).end() == boundary) {
      int start = departmentBefore(text, names, j);
      int i = j - 1;
      while (i >= 0 && OWNERS.contains(names.get(i).type()) && names.get(i).end() == start) {
        start = names.get(i).start();
        i--;
      }
      if (start < names.get(j).start()) {
        start = nameBefore(text, i >= 0 ? names.get(i).end() : 0, start);
      }
      out.add(0, new int[] {start, names.get(j).start(), names.get(j).end()});
      if (start == 0 || JOINERS.indexOf(text.charAt(start - 1)) < 0) {
        break;
      }
      boundary = start - 1;
      j = i;
    }
    return out;
  }

  /**
   * The other places a person of the story is named that the tagger left unmarked (“…”宋向清认为): a name is the same
   * person wherever it recurs, where it stands as a word of its own and no other name covers it. (The mentions found
   * so far have the spans of tagged names, so a place no tagged name overlaps is free of them too.)
   */
  private static List<Mention> repeated(String text, java.util.Collection<String> people, Names names) {
    List<Mention> out = new ArrayList<>();
    Map<String, List<Integer>> occurrences = Occurrences.of(text, people);
    for (String name : people) {
      for (int start : occurrences.get(name)) {
        int end = start + name.length();
        if (!names.overlap(start, end) && WordBoundaries.segmentsAt(text, start) && WordBoundaries.segmentsAt(text, end)) {
          out.add(new Mention(name, Mention.Type.PERSON, null, start, end));
        }
      }
    }
    return out;
  }

  /**
   * Where an owner's name begins when the tagger marked only its end (德勤|中国 of 德勤中国主席): back over the
   * characters after a pause or a marked name, up to six, when the dictionary knows them only as names or not at all.
   */
  private static int nameBefore(String text, int limit, int start) {
    int from = start;
    while (from > limit && start - from < 6 && Character.isIdeographic(text.charAt(from - 1))
        && !FunctionWords.is(text.charAt(from - 1))) {
      from--;
    }
    boolean bounded = from == limit || !Character.isIdeographic(text.charAt(from - 1));
    return from < start && bounded && ProperWords.only(text.substring(from, start)) ? from : start;
  }

  /**
   * Where a title's department begins when the words right before the title name one the tagger did not mark
   * (科研信息部副部长, 国民经济综合统计司司长, 某集团董事长): a run of Chinese characters, up to a pause or a marked name,
   * that ends in a character naming a unit (部, 司, 局, 处 …) or in a word that ends organizations' names; else the
   * title's own start.
   */
  private static int departmentBefore(String text, List<Mention> names, int j) {
    int end = names.get(j).start();
    int limit = j > 0 ? names.get(j - 1).end() : 0;
    int start = end;
    while (start > limit && end - start < 10 && Character.isIdeographic(text.charAt(start - 1))) {
      start--;
    }
    if (end - start < 2) {
      return end;
    }
    boolean bounded = start == limit || !Character.isIdeographic(text.charAt(start - 1));
    boolean unit = UNIT_ENDS.indexOf(text.charAt(end - 1)) >= 0
        || OrganizationSuffixes.get().typeOf(text.substring(start, end)) != null;
    return bounded && unit ? start : end;
  }

  /**
   * Whether a title without an owner of its own in a list belongs to the owner of the title before it (国家发展改革委
   * 党组成员、副主任): yes, unless it names its own polity or level of government (国家主席, 国务委员, 省长, 副市长).
   */
  private static boolean sharesOwner(String title) {
    return title.chars().noneMatch(c -> LEVELS.indexOf(c) >= 0);
  }

  /** A title right after the name, when the title is not right before another name; else null. */
  private static int[] titleAfter(List<Mention> names, int k) {
    if (k + 1 >= names.size()) {
      return null;
    }
    Mention title = names.get(k + 1);
    if (title.type() != Mention.Type.POSITION || title.start() != names.get(k).end()) {
      return null;
    }
    boolean beforeAnother = k + 2 < names.size() && names.get(k + 2).type() == Mention.Type.PERSON
        && names.get(k + 2).start() == title.end();
    return beforeAnother ? null : new int[] {title.start(), title.start(), title.end()};
  }

  /** The canonical name of the first organization mentioned inside a position, or null. */
  private static String organizationIn(SpanIndex<Mention> entities, int start, int end) {
    for (Mention m : entities.inside(start, end)) {
      if (m.type() == Mention.Type.GOVERNMENT || m.type() == Mention.Type.ORGANIZATION
          || m.type() == Mention.Type.COMPANY) {
        return m.canonical();
      }
    }
    return null;
  }
}
