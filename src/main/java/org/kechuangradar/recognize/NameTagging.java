package org.kechuangradar.recognize;

import java.util.ArrayList;
import java.util.List;
import org.kechuangradar.model.Document;
import org.kechuangradar.model.Mention;
import org.kechuangradar.model.TaggedName;
import org.kechuangradar.pipeline.Stage;
import org.kechuangradar.recognize.tagger.EntityTagger;
import org.kechuangradar.recognize.tagger.ScoredSpan;
import org.kechuangradar.recognize.tagger.TaggedSpan;

/**
 * Runs the entity tagger over the clean text, a paragraph at a time, and keeps what it marks as the document's
 * {@code names}, each with the tagger's confidence: the candidates the recognizers after it check against the
 * gazetteers and resolve.
 */
public final class NameTagging implements Stage {
  private final EntityTagger tagger;

  public NameTagging() {
    this(EntityTagger.get());
  }

  /** The longest piece of text tagged at once; no news paragraph we have read comes near it. */
  static final int MAX_PIECE = 8_000;

  public NameTagging(EntityTagger tagger) {
    this.tagger = tagger;
  }

  @Override
  public Document process(Document d) {
    String text = d.text();
    List<TaggedName> names = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = pieceEnd(text, start);
      for (ScoredSpan s : tagger.scored(text.substring(start, end))) {
        int from = start + s.span().start();
        int to = start + s.span().end();
        Mention name = new Mention(text.substring(from, to), type(s.span()), null, from, to);
        names.add(new TaggedName(name, s.confidence()));
      }
      start = end < text.length() && text.charAt(end) == '\n' ? end + 1 : end;
    }
    return d.withExtraction(d.extraction().withNames(names));
  }

  /**
   * Where the piece tagged from {@code start} ends: the end of its paragraph, or for a paragraph longer than
   * {@link #MAX_PIECE} (the tagger holds about a hundred bytes per character of what it tags at once) the last
   * sentence end before that length, or the length itself when there is none.
   */
  static int pieceEnd(String text, int start) {
    int end = text.indexOf('\n', start);
    end = end < 0 ? text.length() : end;
    if (end - start <= MAX_PIECE) {
      return end;
    }
    for (int i = start + MAX_PIECE; i > start + MAX_PIECE / 2; i--) {
      if ("。！？；!?".indexOf(text.charAt(i - 1)) >= 0) {
        return i;
      }
    }
    return start + MAX_PIECE;
  }

  /** The mention type of a tagged name (a place is an ADDRESS until the region stage says otherwise). */
  public static Mention.Type type(TaggedSpan s) {
    return switch (s.kind()) {
      case PERSON -> Mention.Type.PERSON;
      case POSITION -> Mention.Type.POSITION;
      case GOVERNMENT -> Mention.Type.GOVERNMENT;
      case COMPANY -> Mention.Type.COMPANY;
      case ORGANIZATION -> Mention.Type.ORGANIZATION;
      case PLACE -> Mention.Type.ADDRESS;
      case WORK -> Mention.Type.WORK;
    };
  }
}
