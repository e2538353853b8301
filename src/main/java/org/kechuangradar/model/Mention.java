package org.kechuangradar.model;

import java.util.Objects;

/** One mention in the clean text: its surface form, type, canonical name and UTF-16 span. */
public record Mention(String text, Type type, String canonical, int start, int end) {
  /** The entity types of the extraction record. */
  public enum Type {
    PERSON, POSITION, GOVERNMENT, ORGANIZATION, COMPANY, REGION, ADDRESS, POLICY, INDUSTRY, DATE, QUANTITY,
    /** A title, programme or landmark the tagger marks so that nothing is read inside it; never reported. */
    WORK
  }

  public Mention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    canonical = canonical == null ? text : canonical;
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }
}
