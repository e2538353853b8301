package org.kechuangradar.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** A kind of policy instrument. Its code is the name in lower case, as the extraction record writes it. */
public enum InstrumentKind {
  VOUCHER, SUBSIDY, REWARD, TAX, FUND, FIRST_PURCHASE, FAST_TRACK, NEGATIVE_LIST, SCENARIO_OPENING, OTHER;

  /** The code the extraction record writes. */
  @JsonValue
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The value with this code; an unknown code is an error. */
  @JsonCreator
  public static InstrumentKind of(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}
