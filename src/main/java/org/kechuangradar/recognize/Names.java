package org.kechuangradar.recognize;

import java.util.List;
import org.kechuangradar.model.Mention;

/** Questions the recognizers ask of the tagger's names about a span of text. */
public final class Names {
  private final List<Mention> names;

  public Names(List<Mention> names) {
    this.names = names;
  }

  /** The tagged name that contains {@code [start, end)}, or null. */
  public Mention containing(int start, int end) {
    for (Mention m : names) {
      if (m.start() <= start && end <= m.end()) {
        return m;
      }
      if (m.start() >= end) {
        break;
      }
    }
    return null;
  }

  /** Whether a tagged name overlaps {@code [start, end)} without containing it or lying inside it: the span cuts a name. */
  public boolean cuts(int start, int end) {
    for (Mention m : names) {
      if (m.start() >= end) {
        break;
      }
      boolean overlaps = m.start() < end && start < m.end();
      boolean nested = m.start() <= start && end <= m.end() || start <= m.start() && m.end() <= end;
      if (overlaps && !nested) {
        return true;
      }
    }
    return false;
  }

  /** The tagged names of these types, in text order. */
  public List<Mention> of(Mention.Type... types) {
    List<Mention.Type> wanted = List.of(types);
    return names.stream().filter(m -> wanted.contains(m.type())).toList();
  }
}
