package org.kechuangradar.recognize.tagger;

/** A name the tagger found: its kind and its span, UTF-16 offsets into the text it was given. */
public record TaggedSpan(EntityKind kind, int start, int end) {
  public TaggedSpan {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }
}
