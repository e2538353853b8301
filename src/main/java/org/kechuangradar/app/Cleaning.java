package org.kechuangradar.app;

import org.kechuangradar.clean.ArticleAssembler;
import org.kechuangradar.clean.BrokenParagraphs;
import org.kechuangradar.clean.Bylines;
import org.kechuangradar.clean.Captions;
import org.kechuangradar.clean.ColumnTags;
import org.kechuangradar.clean.NoiseLines;
import org.kechuangradar.clean.PinyinAnnotations;
import org.kechuangradar.clean.Repeats;
import org.kechuangradar.clean.ScriptConverter;
import org.kechuangradar.clean.TextNormalizer;
import org.kechuangradar.pipeline.Pipeline;
import org.kechuangradar.segment.HanlpWordJunction;

/** The one place where the cleaning stages are put in order. */
public final class Cleaning {
  private Cleaning() {}

  /** Turns a reader's raw paragraphs into the article as its author wrote it. */
  public static Pipeline pipeline() {
    return Pipeline.of(
        new TextNormalizer(),
        new PinyinAnnotations(),
        new ScriptConverter(),
        new NoiseLines(),
        new Captions(),
        new Bylines(),
        new Repeats(),
        new BrokenParagraphs(new HanlpWordJunction()),
        new ArticleAssembler(),
        new ColumnTags());
  }
}
