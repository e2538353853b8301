package org.kechuangradar.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a policy document stands. Its code is the name in lower case, as the extraction record writes it. */
public enum PolicyStatus {
  DRAFT("草案"), ISSUED("发布"), ADOPTED("通过"), IN_FORCE("施行"), REVISED("修订"), EXPIRED("失效");

  private final String label;

  PolicyStatus(String label) {
    this.label = label;
  }

  /** The Chinese word a table or an export shows for it (施行 for in_force). */
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
  public static PolicyStatus of(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}
