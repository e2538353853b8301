package org.kechuangradar.lexicon;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Whether an element is page furniture (navigation, comments, sharing, footers, ads): by its class and id, from
 * {@code lexicon/page-furniture.tsv}, where a word that marks the article itself outranks them; or by the heading
 * it opens with (网友评论, 相关新闻), from {@code lexicon/furniture-headings.tsv}.
 */
public final class PageFurniture {
  private enum Match { PART, PREFIX, KEEP }

  // Parts of a name: runs of letters, cut at separators, digits and a lower-case letter before an upper-case one.
  private static final Pattern PART_BREAK = Pattern.compile("[^A-Za-z]+|(?<=[a-z])(?=[A-Z])");

  // A heading may carry a count or a colon after it: 全部评论 32, 网友留言（已有6条）, 相关链接：.
  private static final int LONGEST_HEADING_EXTRA = 8;

  private static final class Holder {
    static final List<String> HEADINGS = Tsv.words("furniture-headings");
    static final Map<Match, Set<String>> WORDS = Tsv.rows("page-furniture").stream().collect(Collectors.groupingBy(
        r -> Match.valueOf(r[1].strip().toUpperCase(Locale.ROOT)), () -> new EnumMap<>(Match.class),
        Collectors.mapping(r -> r[0].strip(), Collectors.toSet())));
  }

  private PageFurniture() {}

  /** True when a class and id name furniture and nothing in them names the article. */
  public static boolean names(String classAndId) {
    boolean furniture = false;
    for (String part : PART_BREAK.split(classAndId)) {
      String p = part.toLowerCase(Locale.ROOT);
      if (p.isEmpty()) {
        continue;
      }
      if (startsWithAny(p, Holder.WORDS.getOrDefault(Match.KEEP, Set.of()))) {
        return false;
      }
      furniture |= Holder.WORDS.getOrDefault(Match.PART, Set.of()).contains(p)
          || startsWithAny(p, Holder.WORDS.getOrDefault(Match.PREFIX, Set.of()));
    }
    return furniture;
  }

  /** True when a block's first line is a furniture heading, with at most a short count or a colon after it. */
  public static boolean heading(String firstLine) {
    String s = firstLine.strip();
    for (String h : Holder.HEADINGS) {
      if (s.startsWith(h) && s.length() <= h.length() + LONGEST_HEADING_EXTRA) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWithAny(String part, Set<String> prefixes) {
    for (String w : prefixes) {
      if (part.startsWith(w)) {
        return true;
      }
    }
    return false;
  }
}
