package org.kechuangradar.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** A step in a facility's life. Its code is the name in lower case, as the extraction record writes it. */
public enum FacilityStage {
  PLANNED, APPROVED, STARTED, BUILT, ACCEPTED, OPENED, OPERATING;

  /** The code the extraction record writes. */
  @JsonValue
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The value with this code; an unknown code is an error. */
  @JsonCreator
  public static FacilityStage of(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}
