package org.kechuangradar.recognize;

import java.util.List;
import org.kechuangradar.model.Mention;
import org.kechuangradar.segment.SpanIndex;

/** Questions the recognizers ask of the tagger's names (in text order) about a span of text. */
public final class Names {
  private final List<Mention> names;
  private final SpanIndex<Mention> index;

  public Names(List<Mention> names) {
    this.names = names;
    this.index = new SpanIndex<>(names, Mention::start, Mention::end);
  }

  /** The first tagged name that contains {@code [start, end)}, or null. */
  public Mention containing(int start, int end) {
    return index.covering(start, end);
  }

  /** Whether a tagged name overlaps {@code [start, end)} without containing it or lying inside it: the span cuts a name. */
  public boolean cuts(int start, int end) {
    return index.cuts(start, end);
  }

  /** Whether a tagged name shares a character with {@code [start, end)}. */
  public boolean overlap(int start, int end) {
    return index.overlaps(start, end);
  }

  /** The tagged names of these types, in text order. */
  public List<Mention> of(Mention.Type... types) {
    List<Mention.Type> wanted = List.of(types);
    return names.stream().filter(m -> wanted.contains(m.type())).toList();
  }
}
