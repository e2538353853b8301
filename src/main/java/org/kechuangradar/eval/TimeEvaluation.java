package org.kechuangradar.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.kechuangradar.time.Convention;
import org.kechuangradar.time.TimeBase;
import org.kechuangradar.time.TimeNormalizer;
import org.kechuangradar.time.TimeOptions;

/**
 * Measures {@link TimeNormalizer} on JioNLP's parser cases, with each case's options and base (a timestamp, a
 * list of fields or a dictionary of them). A point or span counts when its type, start and end match; a delta
 * when its lengths do; a period when its delta and occurrences do. Cases whose base is the wall clock at the time
 * JioNLP's tests ran are skipped: their answers cannot be known.
 */
public final class TimeEvaluation {
  /** Cases of one kind: how many, how many exactly right, and the misses as text, expected and got. */
  public record Group(String name, int cases, int exact, List<String> misses) {
    public double share() {
      return cases == 0 ? 0 : (double) exact / cases;
    }
  }

  /** The groups (points and spans, deltas, periods) and the cases skipped because their base is the wall clock. */
  public record Result(List<Group> groups, int skipped) {}

  private static final String[] FIELDS = {"year", "month", "day", "hour", "minute", "second"};
  /** Deltas do not depend on the base; they get any fixed one. */
  private static final TimeBase NO_BASE = TimeBase.at(LocalDateTime.of(2000, 1, 1, 0, 0));

  public Result run(Path cases, Convention convention) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, int[]> counts = new HashMap<>();
    Map<String, List<String>> misses = new HashMap<>();
    int skipped = 0;
    for (String line : Files.readAllLines(cases)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode c = json.readTree(line);
      TimeBase base = base(c.get("time_base"));
      if (base == null) {
        skipped++;
        continue;
      }
      JsonNode opt = c.path("options");
      TimeOptions options = new TimeOptions(convention, opt.path("ret_future").asBoolean(false),
          opt.path("lunar_date").asBoolean(true), opt.path("period_results_num").asInt(0));
      JsonNode want = c.get("expected");
      String type = want.path("type").asText();
      String group = switch (type) {
        case "time_delta" -> "deltas";
        case "time_period" -> "periods";
        default -> "points and spans";
      };
      String text = c.get("text").asText();
      TimeNormalizer.Normalized got;
      try {
        got = TimeNormalizer.normalize(text, base, options);
      } catch (RuntimeException e) {
        got = null;
      }
      boolean ok = got != null && got.type().toString().equals(type) && switch (type) {
        case "time_delta" -> deltas(want.path("time"), got.delta());
        case "time_period" -> period(want.path("time"), got);
        default -> span(want.path("time"), got);
      };
      int[] n = counts.computeIfAbsent(group, g -> new int[2]);
      n[0]++;
      n[1] += ok ? 1 : 0;
      if (!ok) {
        misses.computeIfAbsent(group, g -> new ArrayList<>())
            .add(text + " | want " + type + " " + want.path("time") + " | got " + describe(got));
      }
    }
    List<Group> groups = new ArrayList<>();
    for (String g : List.of("points and spans", "deltas", "periods")) {
      int[] n = counts.getOrDefault(g, new int[2]);
      groups.add(new Group(g, n[0], n[1], List.copyOf(misses.getOrDefault(g, List.of()))));
    }
    return new Result(List.copyOf(groups), skipped);
  }

  private static String describe(TimeNormalizer.Normalized n) {
    if (n == null) {
      return "nothing";
    }
    return n.type() + (n.from() != null ? " [" + n.start() + ", " + n.end() + "]" : "") + (n.delta().isEmpty() ? "" : " " + n.delta())
        + (n.occurrences().isEmpty() ? "" : " " + n.occurrences().stream().map(o -> o.start() + "…" + o.end()).toList());
  }

  private static boolean span(JsonNode want, TimeNormalizer.Normalized got) {
    return want.size() == 2 && got.from() != null && got.start().equals(want.get(0).asText())
        && got.end().equals(want.get(1).asText());
  }

  private static boolean deltas(JsonNode want, List<Map<String, Double>> got) {
    List<JsonNode> wanted = new ArrayList<>();
    if (want.isArray()) {
      want.forEach(wanted::add);
    } else {
      wanted.add(want);
    }
    if (wanted.size() != got.size()) {
      return false;
    }
    for (int i = 0; i < wanted.size(); i++) {
      if (!delta(wanted.get(i), got.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** One length; JioNLP's {"infinite": true} is the empty length that stands for "or more". */
  private static boolean delta(JsonNode want, Map<String, Double> got) {
    if (want.path("infinite").asBoolean(false)) {
      return got.isEmpty();
    }
    if (want.size() != got.size()) {
      return false;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = want.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      Double v = got.get(e.getKey());
      if (v == null || Math.abs(v - e.getValue().asDouble()) > 1e-9) {
        return false;
      }
    }
    return true;
  }

  private static boolean period(JsonNode want, TimeNormalizer.Normalized got) {
    if (got.delta().size() != 1 || !delta(want.path("delta"), got.delta().get(0))) {
      return false;
    }
    JsonNode point = want.path("point");
    if (point.isNull() || point.isMissingNode()) {
      return got.occurrences().isEmpty();
    }
    JsonNode time = point.path("time");
    List<JsonNode> spans = new ArrayList<>();
    if (time.size() > 0 && time.get(0).isArray()) {
      time.forEach(spans::add);
    } else {
      spans.add(time);
    }
    if (spans.size() != got.occurrences().size()) {
      return false;
    }
    for (int i = 0; i < spans.size(); i++) {
      if (!span(spans.get(i), got.occurrences().get(i))) {
        return false;
      }
    }
    return true;
  }

  /** The base a case gives; null for the wall clock, whose value when the case was written is unknown. */
  private static TimeBase base(JsonNode b) {
    JsonNode v = b.path("value");
    return switch (b.get("kind").asText()) {
      case "unix_ts" -> TimeBase.at(LocalDateTime.ofInstant(Instant.ofEpochSecond(v.asLong()), ZoneId.of("Asia/Shanghai")));
      case "list_ymdhms", "naive_datetime" -> {
        int[] f = new int[v.size()];
        for (int i = 0; i < f.length; i++) {
          f[i] = v.get(i).asInt();
        }
        yield TimeBase.of(f);
      }
      case "dict_fields" -> {
        List<Integer> f = new ArrayList<>();
        for (String name : FIELDS) {
          if (!v.has(name)) {
            break;
          }
          f.add(v.get(name).asInt());
        }
        yield f.isEmpty() ? null : TimeBase.of(f.stream().mapToInt(Integer::intValue).toArray());
      }
      case "none" -> NO_BASE;
      default -> null;
    };
  }
}
