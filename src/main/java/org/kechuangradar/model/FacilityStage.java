package org.kechuangradar.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** A step in a facility's life. Its code is the name in lower case, as the extraction record writes it. */
public enum FacilityStage {
  PLANNED("规划"), APPROVED("获批"), STARTED("开工"), BUILT("建成"), ACCEPTED("验收"), OPENED("启用"), OPERATING("运行");

  private final String label;

  FacilityStage(String label) {
    this.label = label;
  }

  /** The Chinese word a table, an export or the web UI shows for it. */
  public String label() {
    return label;
  }

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
