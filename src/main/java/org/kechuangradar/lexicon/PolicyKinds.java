package org.kechuangradar.lexicon;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The words that end a policy document's title (意见, 行动方案, 条例 …), from {@code lexicon/policy-kinds.tsv}. */
public final class PolicyKinds {
  private static final class Holder {
    static final List<String> WORDS = Tsv.words("policy-kinds").stream()
        .sorted((a, b) -> Integer.compare(b.length(), a.length())).toList();
    // What compound kind words put before a shorter one: 实施 of 实施意见, 行动 of 行动计划.
    static final Set<String> MODIFIERS = WORDS.stream().flatMap(w -> WORDS.stream()
        .filter(k -> k.length() < w.length() && w.endsWith(k)).map(k -> w.substring(0, w.length() - k.length())))
        .collect(Collectors.toUnmodifiableSet());
  }

  private PolicyKinds() {}

  /**
   * Whether a title is only a short kind word (at most three characters), with at most a modifier that compound kind
   * words take: 《意见》, 《实施计划》, the short name of a document named in full before it. A long kind word is a
   * document of its own (《政府工作报告》).
   */
  public static boolean isBare(String title) {
    for (String w : Holder.WORDS) {
      if (w.length() <= 3 && title.endsWith(w)) {
        String rest = title.substring(0, title.length() - w.length());
        if (rest.isEmpty() || Holder.MODIFIERS.contains(rest)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The kind words as one regular-expression alternation, longest first. */
  public static String alternation() {
    return String.join("|", Holder.WORDS);
  }
}
