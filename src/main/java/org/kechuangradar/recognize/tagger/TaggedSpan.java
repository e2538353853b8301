package org.kechuangradar.recognize.tagger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A name the tagger found: its kind and its span, UTF-16 offsets into the text it was given. */
public record TaggedSpan(EntityKind kind, int start, int end) {
  public TaggedSpan {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }

  /** The first of overlapping spans is kept (callers order longer or earlier-listed names first), in text order. */
  public static List<TaggedSpan> withoutOverlaps(List<TaggedSpan> spans) {
    List<TaggedSpan> kept = new ArrayList<>();
    for (TaggedSpan s : spans) {
      if (kept.stream().noneMatch(k -> k.start() < s.end() && s.start() < k.end())) {
        kept.add(s);
      }
    }
    kept.sort(Comparator.comparingInt(TaggedSpan::start));
    return kept;
  }
}
