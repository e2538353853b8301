package org.kechuangradar.model;

import java.util.Locale;

/** The Chinese script a document was written in before conversion to Simplified. */
public enum Script {
  SIMPLIFIED,
  TRADITIONAL,
  MIXED;

  /** The lower-case name used in the extraction record. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
