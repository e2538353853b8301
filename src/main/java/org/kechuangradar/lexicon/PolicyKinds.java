package org.kechuangradar.lexicon;

import java.util.List;

/** The words that end a policy document's title (意见, 行动方案, 条例 …), from {@code lexicon/policy-kinds.tsv}. */
public final class PolicyKinds {
  private static final class Holder {
    static final List<String> WORDS = Tsv.words("policy-kinds").stream()
        .sorted((a, b) -> Integer.compare(b.length(), a.length())).toList();
  }

  private PolicyKinds() {}

  /** The kind words as one regular-expression alternation, longest first. */
  public static String alternation() {
    return String.join("|", Holder.WORDS);
  }
}
