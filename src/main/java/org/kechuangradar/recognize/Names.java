package org.kechuangradar.recognize;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kechuangradar.model.Mention;
import org.kechuangradar.model.TaggedName;
import org.kechuangradar.segment.SpanIndex;

/** Questions the recognizers ask of the tagger's names (in text order) about a span of text. */
public final class Names {
  private final List<TaggedName> names;
  private final SpanIndex<Mention> index;
  // The tagger's confidence by span, start in the high half: names never overlap, so a span names one.
  private final Map<Long, Double> confidence = new HashMap<>();

  public Names(List<TaggedName> names) {
    this.names = names;
    this.index = new SpanIndex<>(names.stream().map(TaggedName::mention).toList(), Mention::start, Mention::end);
    for (TaggedName n : names) {
      confidence.put((long) n.mention().start() << 32 | n.mention().end(), n.confidence());
    }
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

  /** The tagger's confidence in a name it marked at exactly {@code [start, end)}, or 0 where it marked none. */
  public double confidence(int start, int end) {
    return confidence.getOrDefault((long) start << 32 | end, 0.0);
  }

  /** The tagged names of these types, in text order. */
  public List<Mention> of(Mention.Type... types) {
    return tagged(types).stream().map(TaggedName::mention).toList();
  }

  /** The tagged names of these types with the tagger's confidence, in text order. */
  public List<TaggedName> tagged(Mention.Type... types) {
    List<Mention.Type> wanted = List.of(types);
    return names.stream().filter(n -> wanted.contains(n.mention().type())).toList();
  }
}
