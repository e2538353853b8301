package org.kechuangradar.recognize.tagger;

/** The kinds of name the tagger marks; {@link #WORK} (titles, games, scenic spots) is learned only to keep apart. */
public enum EntityKind {
  PERSON, POSITION, GOVERNMENT, COMPANY, ORGANIZATION, PLACE, WORK;

  private static final EntityKind[] ALL = values();

  /** Labels are O, then B and I of each kind in declaration order. */
  public static final int LABELS = 1 + 2 * ALL.length;

  public int begin() {
    return 1 + 2 * ordinal();
  }

  public int inside() {
    return 2 + 2 * ordinal();
  }

  /** The kind of a B or I label; label 0 (O) has none. */
  static EntityKind of(int label) {
    return ALL[(label - 1) / 2];
  }

  static boolean isBegin(int label) {
    return label > 0 && label % 2 == 1;
  }

  /** Whether {@code next} may follow {@code previous}: I of a kind only after B or I of the same kind. */
  static boolean allowed(int previous, int next) {
    return next == 0 || isBegin(next) || previous != 0 && (previous + 1) / 2 == (next + 1) / 2;
  }
}
