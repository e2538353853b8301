package org.kechuangradar.recognize.tagger;

/**
 * How a corpus draws its names: CLUENER takes a chain of places as one address, MSRA splits it and marks no
 * positions, our annotations follow the extraction record. The tagger learns what the styles share and, apart, what
 * each does its own way (every feature once for all and once per style); it tags in one style at a time.
 */
public enum LabelStyle {
  OURS, CLUENER, MSRA;

  /** The key of a feature as seen by this style alone: the style's number in bits 48 to 51. */
  long styled(long key) {
    return key | (long) (ordinal() + 1) << 48;
  }

  static final long STYLE_BITS = 0xFL << 48;
}
