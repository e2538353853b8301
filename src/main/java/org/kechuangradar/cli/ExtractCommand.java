package org.kechuangradar.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kechuangradar.app.ExtractionRecord;
import org.kechuangradar.app.Printable;
import org.kechuangradar.app.Radar;
import org.kechuangradar.ingest.Fetcher;
import org.kechuangradar.ingest.InputException;
import org.kechuangradar.model.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code radar extract}: prints the extraction record of files or URLs without storing them. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Read and clean files or URLs and print their extraction records (nothing is stored).")
public final class ExtractCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin NetworkOption network;

  private int sentences() throws IOException {
    Radar radar = new Radar();
    ObjectMapper json = new ObjectMapper();
    for (String input : inputs) {
      Path path = Path.of(input);
      if (!Files.isRegularFile(path)) {
        spec.commandLine().getErr().println(input + ": no such file");
        return 1;
      }
      try (BufferedReader in = Files.newBufferedReader(path)) {
        String line;
        while ((line = in.readLine()) != null) {
          Document d = radar.extractSentence(input, line);
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("text", line);
          row.put("entities", ExtractionRecord.of(d).get("entities"));
          spec.commandLine().getOut().println(json.writeValueAsString(row));
        }
      }
    }
    spec.commandLine().getOut().flush();
    return 0;
  }

  @Parameters(paramLabel = "FILE|URL", arity = "1..*", description = "Inputs: text, HTML or PDF files, or URLs "
      + "(with --sentences: UTF-8 files of one sentence per line).")
  List<String> inputs;

  @Option(names = "--format", defaultValue = "json", description = "Output format: json (one record, pretty) or "
      + "jsonl (one record per line). Default: ${DEFAULT-VALUE}.")
  String format;

  @Mixin PublishedOption published;

  @Option(names = "--sentences", description = "Read one sentence per line (UTF-8) and print each line's entities, "
      + "offsets relative to the line; no cleaning beyond script conversion.")
  boolean sentences;

  @Override
  public Integer call() throws IOException {
    if (sentences) {
      return sentences();
    }
    if (!format.equals("json") && !format.equals("jsonl")) {
      spec.commandLine().getErr().println("radar extract: unknown --format " + format + " (json or jsonl)");
      return 2;
    }
    Radar radar = new Radar(Radar.DEFAULT_MAX_BYTES, Radar.DEFAULT_TIMEOUT, network.network());
    int failed = 0;
    for (Fetcher.Ref ref : radar.expand(inputs)) {
      try {
        Document d = radar.extract(ref, published.iso());
        spec.commandLine().getOut().println(ExtractionRecord.json(d, format.equals("json")));
      } catch (InputException e) {
        spec.commandLine().getErr().println(Printable.line(e.getMessage()));
        failed++;
      }
    }
    spec.commandLine().getOut().flush();
    return failed == 0 ? 0 : 1;
  }
}
