package org.kechuangradar.review;

import java.util.Locale;
import java.util.Optional;

/** What an editor did to a fact, or to the trail itself (undo). */
public enum Action {
  /** The fact is right as extracted: verified. */
  ACCEPT,
  /** Fields of the fact corrected; the fact is verified as corrected. */
  EDIT,
  /** Not a fact: taken out of the record. */
  REJECT,
  /** Two organizations, or two policy records, are one. */
  MERGE,
  /** A policy record's mentions in some documents belong to another policy. */
  SPLIT,
  /** An earlier change taken back. */
  UNDO;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Action> of(String code) {
    for (Action a : values()) {
      if (a.code().equals(code)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }
}
