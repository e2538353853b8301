package org.kechuangradar.lexicon;

import java.util.List;

/** Words of relations between countries (合作, 建交, 会谈 …), from {@code lexicon/relation-words.tsv}. */
public final class RelationWords {
  private static final class Holder {
    static final List<String> WORDS = Tsv.words("relation-words");
  }

  private RelationWords() {}

  public static List<String> get() {
    return Holder.WORDS;
  }
}
