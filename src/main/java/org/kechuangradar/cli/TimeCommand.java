package org.kechuangradar.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kechuangradar.time.Convention;
import org.kechuangradar.time.TimeBase;
import org.kechuangradar.time.TimeNormalizer;
import org.kechuangradar.time.TimeOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code radar time}: normalises one time expression against a base time. */
@Command(name = "time", mixinStandardHelpOptions = true,
    description = "Normalise a time expression against a base time and print its type and the first and last "
        + "second it covers (null fields when the text holds no time this reads).")
public final class TimeCommand implements Callable<Integer> {
  private static final DateTimeFormatter BASE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "TEXT", description = "The expression, such as 今年7月 or 2024年3月5日.")
  String text;

  @Option(names = "--base", paramLabel = "\"YYYY-MM-DD HH:MM:SS\"", required = true, description = "The base time.")
  String base;

  @Option(names = "--convention", defaultValue = "NEWS",
      description = "Where a date missing its year, month or week falls: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
  Convention convention;

  @Option(names = "--format", defaultValue = "json", description = "Output format: json (the only one).")
  String format;

  @Override
  public Integer call() throws Exception {
    LocalDateTime at;
    try {
      at = LocalDateTime.parse(base.strip(), BASE);
    } catch (DateTimeParseException e) {
      spec.commandLine().getErr().println("radar time: --base must be \"YYYY-MM-DD HH:MM:SS\", not " + base);
      return 2;
    }
    TimeNormalizer.Normalized n = TimeNormalizer.normalize(text, TimeBase.at(at),
        new TimeOptions(convention, false, true, 0));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("type", n == null ? null : n.type().toString());
    out.put("start", n == null ? null : n.start());
    out.put("end", n == null ? null : n.end());
    out.put("delta", n == null ? null : n.delta());
    spec.commandLine().getOut().println(new ObjectMapper().writeValueAsString(out));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
