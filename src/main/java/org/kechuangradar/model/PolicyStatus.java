package org.kechuangradar.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/** Where a policy document stands. Its code is the name in lower case, as the extraction record writes it. */
public enum PolicyStatus implements Coded {
  DRAFT("草案"), ISSUED("发布"), ADOPTED("通过"), IN_FORCE("施行"), REVISED("修订"), EXPIRED("失效");

  private final String label;

  PolicyStatus(String label) {
    this.label = label;
  }

  /** The Chinese word a table or an export shows for it (施行 for in_force). */
  @Override
  public String label() {
    return label;
  }

  /** The value with this code; an unknown code is an error. */
  @JsonCreator
  public static PolicyStatus of(String code) {
    return Coded.of(PolicyStatus.class, code);
  }
}
