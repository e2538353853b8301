package org.kechuangradar.model;

import java.util.Objects;

/**
 * One line-level unit of an article while it is being cleaned: a paragraph, a heading or a byline.
 *
 * <p>Readers emit every block as {@link Kind#PARAGRAPH}; cleaning stages reclassify, join or drop them.
 */
public record Block(String text, Kind kind) {

  /** What a block is on the page. */
  public enum Kind {
    /** Body text, possibly a fragment of a paragraph broken by the layout. */
    PARAGRAPH,
    /** A short line without sentence-final punctuation: a section heading inside an article. */
    HEADING,
    /** A reporter's or writer's byline; marks where an article starts on a multi-article page. */
    BYLINE,
    /** An article's headline, kept out of the body and reported in {@link Article}. */
    HEADLINE
  }

  public Block {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
  }

  public static Block paragraph(String text) {
    return new Block(text, Kind.PARAGRAPH);
  }

  public Block withText(String newText) {
    return new Block(newText, kind);
  }

  public Block withKind(Kind newKind) {
    return new Block(text, newKind);
  }
}
