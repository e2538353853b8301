package org.kechuangradar.model;

import java.util.Objects;

/**
 * A name the entity tagger marked, with how sure the tagger is of it: its decoding margin squashed into [0, 1].
 *
 * @param mention the name, typed as the tagger typed it
 * @param confidence 0 for a name the tagger barely preferred to another labelling, near 1 for a clear one
 */
public record TaggedName(Mention mention, double confidence) {
  public TaggedName {
    Objects.requireNonNull(mention, "mention");
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence " + confidence + " outside [0, 1]");
    }
  }
}
