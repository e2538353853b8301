package org.kechuangradar.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/** A step in a facility's life. Its code is the name in lower case, as the extraction record writes it. */
public enum FacilityStage implements Coded {
  PLANNED("规划"), APPROVED("获批"), STARTED("开工"), BUILT("建成"), ACCEPTED("验收"), OPENED("启用"), OPERATING("运行");

  private final String label;

  FacilityStage(String label) {
    this.label = label;
  }

  /** The Chinese word a table, an export or the web UI shows for it. */
  @Override
  public String label() {
    return label;
  }

  /** The value with this code; an unknown code is an error. */
  @JsonCreator
  public static FacilityStage of(String code) {
    return Coded.of(FacilityStage.class, code);
  }
}
