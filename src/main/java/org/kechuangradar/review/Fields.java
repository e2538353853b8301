package org.kechuangradar.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.kechuangradar.index.RecordFacets.Table;
import org.kechuangradar.lexicon.RegionGazetteer;
import org.kechuangradar.model.Coded;
import org.kechuangradar.model.EventStatus;
import org.kechuangradar.model.EventType;
import org.kechuangradar.model.FacilityKind;
import org.kechuangradar.model.IndicatorBasis;
import org.kechuangradar.model.InstrumentKind;
import org.kechuangradar.time.PartialDate;

/**
 * What a corrected field may hold: a date the record's dates are written in, a code of the field's closed set, a
 * region the gazetteer knows (kept with its code, so the map counts it), plain text of a sane length.
 */
final class Fields {
  private static final int LONGEST = 2000;
  private static final Map<String, Class<? extends Coded>> CODED = Map.of(
      "events.type", EventType.class, "events.status", EventStatus.class, "facilities.kind", FacilityKind.class,
      "instruments.kind", InstrumentKind.class, "indicators.basis", IndicatorBasis.class);

  private Fields() {}

  /** The fields as they will be laid over the fact; a value the field cannot hold is refused, naming both. */
  static ObjectNode normalized(Table table, ObjectNode fields) {
    ObjectNode out = fields.deepCopy();
    for (Map.Entry<String, JsonNode> e : fields.properties()) {
      String name = e.getKey();
      JsonNode v = e.getValue();
      if (v.isNull()) {
        continue;
      }
      if (v.isTextual() && v.asText().length() > LONGEST || v.toString().length() > 4 * LONGEST) {
        throw new ReviewException("field " + name + " is too long");
      }
      if (!plain(v)) {
        throw new ReviewException("field " + name + " holds markup or control characters, which no name or date has");
      }
      if (name.equals("date") || name.equals("period")) {
        String d = v.asText();
        String[] ends = d.split("/", -1);
        for (String end : ends) {
          if (ends.length > 2 || PartialDate.parse(end) == null || !end.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            throw new ReviewException("field " + name + ": " + d + " is no date (2024, 2024-03, 2024-03-07 or a span "
                + "2024-03-07/2024-03-09)");
          }
        }
      } else if (name.equals("region")) {
        RegionGazetteer.Division division = RegionGazetteer.get().resolve(v.asText());
        if (division == null) {
          throw new ReviewException("field region: " + v.asText() + " is no region known by name or code");
        }
        out.put("region", division.name());
        out.put("region_code", division.code());
      } else if (CODED.containsKey(table.path + "." + name)) {
        Class<? extends Coded> type = CODED.get(table.path + "." + name);
        if (!known(type, v.asText())) {
          throw new ReviewException("field " + name + ": " + v.asText() + " is not one of its codes");
        }
      } else if (!v.isTextual() && !v.isNumber() && !v.isBoolean() && !v.isArray() && !v.isObject()) {
        throw new ReviewException("field " + name + " holds no value");
      }
    }
    return out;
  }

  /** Whether a value's text is plain: Chinese writing puts no angle brackets or control characters in a fact. */
  static boolean plain(JsonNode v) {
    if (v.isContainerNode()) {
      for (JsonNode child : v) {
        if (!plain(child)) {
          return false;
        }
      }
      return true;
    }
    return plain(v.asText());
  }

  static boolean plain(String s) {
    return s.chars().noneMatch(c -> c == '<' || c == '>' || Character.isISOControl(c));
  }

  private static boolean known(Class<? extends Coded> type, String code) {
    for (Coded c : type.getEnumConstants()) {
      if (c.code().equals(code)) {
        return true;
      }
    }
    return false;
  }
}
