package org.kechuangradar.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;

/**
 * The checks our gold format adds to the shared scorer's (docs/GOLD.md): a headline's column ({@code meta.column})
 * and an event's type and planned status ({@code events[].type}, {@code events[].status}), where the gold gives them.
 * They count in the sections the shared scorer already reports.
 */
final class OwnChecks {
  private OwnChecks() {}

  /** Adds the counts to {@code sections} (passed, checks) and the failures to {@code failures}. */
  static void check(JsonNode gold, JsonNode extracted, Map<String, int[]> sections, List<String> failures) {
    JsonNode column = gold.path("meta").path("column");
    if (column.isTextual() && !column.asText().isBlank()) {
      boolean ok = norm(column.asText()).equals(norm(extracted.path("column").asText("")));
      count(sections, failures, "meta", ok, "column " + extracted.path("column") + " != " + column.asText());
    }
    for (JsonNode e : gold.path("events")) {
      if (!e.hasNonNull("type")) {
        continue;
      }
      boolean ok = false;
      for (JsonNode x : extracted.path("events")) {
        ok |= x.path("date").asText("").startsWith(e.path("date").asText("~"))
            && norm(x.path("sentence").asText("") + x.path("summary").asText("")).contains(norm(e.path("keyword").asText()))
            && x.path("type").asText("").equals(e.get("type").asText())
            && (!e.hasNonNull("status") || x.path("status").asText("").equals(e.get("status").asText()));
      }
      count(sections, failures, "events", ok, "event " + e + " has not this type or status");
    }
  }

  private static void count(Map<String, int[]> sections, List<String> failures, String section, boolean ok,
      String what) {
    int[] c = sections.computeIfAbsent(section, s -> new int[2]);
    c[0] += ok ? 1 : 0;
    c[1]++;
    if (!ok) {
      failures.add("FAIL [" + section + "] " + what);
    }
  }

  private static String norm(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", "");
  }
}
