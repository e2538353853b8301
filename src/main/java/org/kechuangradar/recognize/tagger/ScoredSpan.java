package org.kechuangradar.recognize.tagger;

/**
 * A name the tagger found with its margin: how much the best labelling's score exceeds that of the best labelling
 * that labels the span otherwise.
 */
public record ScoredSpan(TaggedSpan span, float margin) {
  /**
   * The margin at which a name counts as half sure: about the median margin (431) of the names the shipped model marks
   * in the studied news stories. A model trained again needs its confidences calibrated again ({@code radar
   * calibrate}).
   */
  static final float EVEN_MARGIN = 400f;

  /** The margin squashed into [0, 1): half at {@link #EVEN_MARGIN}, nearing 1 as the margin grows. */
  public double confidence() {
    return margin / (margin + EVEN_MARGIN);
  }
}
