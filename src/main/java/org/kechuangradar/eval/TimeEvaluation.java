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
import java.util.List;
import org.kechuangradar.time.TimeNormalizer;

/**
 * Measures {@link TimeNormalizer} on JioNLP's parser cases: a case counts when start and end match; the type
 * is counted apart. Cases whose base is the wall clock or a field dictionary are skipped.
 */
public final class TimeEvaluation {
  /** The counts, and the cases missed, each as text, expected and got. */
  public record Result(int cases, int answered, int spanCorrect, int typeAndSpanCorrect, List<String> misses) {}

  public Result run(Path cases) throws IOException {
    ObjectMapper json = new ObjectMapper();
    int n = 0;
    int answered = 0;
    int span = 0;
    int both = 0;
    List<String> misses = new ArrayList<>();
    for (String line : Files.readAllLines(cases)) {
      JsonNode c = json.readTree(line);
      LocalDateTime base = base(c.get("time_base"));
      if (base == null || !c.get("options").isEmpty()) {
        continue;
      }
      n++;
      JsonNode want = c.get("expected");
      TimeNormalizer.Normalized got = TimeNormalizer.normalize(c.get("text").asText(), base);
      if (got == null) {
        misses.add(c.get("text").asText() + " | want " + want.path("time") + " | got nothing");
        continue;
      }
      answered++;
      boolean spanOk = want.path("time").size() == 2 && got.start().equals(want.path("time").path(0).asText())
          && got.end().equals(want.path("time").path(1).asText());
      span += spanOk ? 1 : 0;
      both += spanOk && got.type().equals(want.path("type").asText()) ? 1 : 0;
      if (!spanOk) {
        misses.add(c.get("text").asText() + " | want " + want.path("time") + " | got " + got.start() + " … " + got.end());
      }
    }
    return new Result(n, answered, span, both, misses);
  }

  private static LocalDateTime base(JsonNode b) {
    return switch (b.get("kind").asText()) {
      case "unix_ts" -> LocalDateTime.ofInstant(Instant.ofEpochSecond(b.get("value").asLong()), ZoneId.of("Asia/Shanghai"));
      case "list_ymdhms" -> {
        JsonNode v = b.get("value");
        yield LocalDateTime.of(v.get(0).asInt(), v.size() > 1 ? v.get(1).asInt() : 1, v.size() > 2 ? v.get(2).asInt() : 1,
            v.size() > 3 ? v.get(3).asInt() : 0, v.size() > 4 ? v.get(4).asInt() : 0, v.size() > 5 ? v.get(5).asInt() : 0);
      }
      default -> null;
    };
  }
}
