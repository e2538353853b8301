package org.kechuangradar.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** A kind of dated happening. Its code is the name in lower case, as the extraction record writes it. */
public enum EventType {
  MEETING, VISIT, SIGNED, ISSUED, ADOPTED, IN_FORCE, APPROVED, STARTED, BUILT, ACCEPTED, OPENED, ESTABLISHED, CALL,
  SETTLED,
  /** A decision, figure or finding made public (宣布, 公布数据); 记者从…获悉 only names a source. */
  ANNOUNCED,
  /** A dated happening outside the field's steps: a launch, an earthquake, a strike, a protest, a drill. */
  OTHER;

  /** The code the extraction record writes. */
  @JsonValue
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The value with this code; an unknown code is an error. */
  @JsonCreator
  public static EventType of(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}
