package org.kechuangradar.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * A value of a closed set that the extraction record writes as a code (its name in lower case) and that tables,
 * exports and the web UI show by a Chinese word.
 */
public interface Coded {
  String name();

  /** The Chinese word a table, an export or the web UI shows for it (验收 for accepted). */
  String label();

  /** The code the extraction record writes. */
  @JsonValue
  default String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The value of a set with this code; an unknown code is an error. */
  static <E extends Enum<E> & Coded> E of(Class<E> type, String code) {
    return Enum.valueOf(type, code.toUpperCase(Locale.ROOT));
  }
}
