package org.kechuangradar.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The level of a region. Its code is the name in lower case, as the extraction record writes it; an area (长三角) is a place named across divisions, not a division. */
public enum RegionLevel {
  COUNTRY, PROVINCE, CITY, COUNTY, AREA;

  /** The code the extraction record writes. */
  @JsonValue
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The value with this code; an unknown code is an error. */
  @JsonCreator
  public static RegionLevel of(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}
