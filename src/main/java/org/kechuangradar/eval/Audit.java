package org.kechuangradar.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.kechuangradar.app.ExtractionRecord;
import org.kechuangradar.app.Radar;
import org.kechuangradar.ingest.Fetcher;
import org.kechuangradar.ingest.InputException;
import org.kechuangradar.segment.Sentences;

/**
 * A precision audit: extracts a corpus, draws a seeded sample of the items of each section of the record, each with
 * the sentence it came from, into a JSON Lines file a person judges ({@code correct}, {@code partly} or
 * {@code wrong}, with a reason); then scores the judged file per section.
 */
public final class Audit {
  /** The sections of the record that hold items to judge, in record order. */
  public static final List<String> SECTIONS = List.of("people", "organizations", "regions", "policies", "events",
      "quantities", "industry_focus", "facilities", "funds", "calls", "instruments", "indicators", "proposals");
  /** The judgements a line may carry. */
  public static final List<String> JUDGEMENTS = List.of("correct", "partly", "wrong");

  /** Judged counts of one section. */
  public record Score(int correct, int partly, int wrong, int unjudged) {
    public int judged() {
      return correct + partly + wrong;
    }

    /** Right in every field. */
    public double strict() {
      return judged() == 0 ? 0 : 100.0 * correct / judged();
    }

    /** Right at least in part (the item is real, a field is off). */
    public double lenient() {
      return judged() == 0 ? 0 : 100.0 * (correct + partly) / judged();
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private final Radar radar;

  public Audit(Radar radar) {
    this.radar = radar;
  }

  /**
   * Extracts every input, draws {@code perSection} items of each section with {@code seed}, and writes them to
   * {@code out}; returns how many items each section had. {@code failures} hears inputs that could not be read.
   */
  public Map<String, Integer> sample(List<String> inputs, int perSection, long seed, Path out,
      Consumer<String> failures) throws IOException {
    Map<String, List<ObjectNode>> pool = new LinkedHashMap<>();
    SECTIONS.forEach(s -> pool.put(s, new ArrayList<>()));
    for (Fetcher.Ref ref : radar.expand(inputs)) {
      JsonNode record;
      try {
        record = JSON.readTree(ExtractionRecord.json(radar.extract(ref, null), false));
      } catch (InputException e) {
        failures.accept(e.getMessage());
        continue;
      }
      String text = record.path("text").asText("");
      for (String section : SECTIONS) {
        for (JsonNode item : record.path(section)) {
          ObjectNode line = JSON.createObjectNode();
          line.put("section", section);
          line.put("source", ref.location());
          line.set("item", item);
          line.put("sentence", sentenceOf(section, item, record, text));
          line.putNull("judgement");
          line.putNull("reason");
          pool.get(section).add(line);
        }
      }
    }
    Random random = new Random(seed);
    Map<String, Integer> sizes = new LinkedHashMap<>();
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (BufferedWriter w = Files.newBufferedWriter(out)) {
      for (String section : SECTIONS) {
        List<ObjectNode> items = pool.get(section);
        sizes.put(section, items.size());
        for (ObjectNode line : draw(items, perSection, random)) {
          w.write(JSON.writeValueAsString(line));
          w.newLine();
        }
      }
    }
    return sizes;
  }

  /** Scores a judged file per section, in record order; a line with an unknown judgement is an error. */
  public static Map<String, Score> score(Path judged) throws IOException {
    Map<String, int[]> counts = new LinkedHashMap<>();
    SECTIONS.forEach(s -> counts.put(s, new int[4]));
    int lineNumber = 0;
    for (String row : Files.readAllLines(judged)) {
      lineNumber++;
      if (row.isBlank()) {
        continue;
      }
      JsonNode line = JSON.readTree(row);
      int[] c = counts.get(line.path("section").asText());
      String judgement = line.path("judgement").asText(null);
      if (c == null) {
        throw new IOException(judged + ": line " + lineNumber + " has no known section");
      }
      if (judgement == null || line.path("judgement").isNull()) {
        c[3]++;
      } else if (!JUDGEMENTS.contains(judgement)) {
        throw new IOException(judged + ": line " + lineNumber + " judges \"" + judgement + "\", not one of "
            + JUDGEMENTS);
      } else {
        c[JUDGEMENTS.indexOf(judgement)]++;
      }
    }
    Map<String, Score> out = new LinkedHashMap<>();
    counts.forEach((s, c) -> out.put(s, new Score(c[0], c[1], c[2], c[3])));
    return out;
  }

  private static List<ObjectNode> draw(List<ObjectNode> items, int n, Random random) {
    List<ObjectNode> copy = new ArrayList<>(items);
    for (int i = copy.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      ObjectNode t = copy.get(i);
      copy.set(i, copy.get(j));
      copy.set(j, t);
    }
    return copy.subList(0, Math.min(n, copy.size()));
  }

  /** The sentence an item came from: its own where the record keeps one, else the first that names it. */
  private static String sentenceOf(String section, JsonNode item, JsonNode record, String text) {
    if (item.hasNonNull("sentence")) {
      return item.get("sentence").asText();
    }
    int at = switch (section) {
      case "quantities", "proposals" -> item.path("start").asInt(-1);
      case "people", "organizations", "regions" -> firstMention(record, item.path("name").asText());
      default -> text.indexOf(item.path("name").asText("\u0000"));
    };
    if (at < 0) {
      return "";
    }
    for (Sentences.Sentence s : Sentences.of(text)) {
      if (s.start() <= at && at < s.end()) {
        return s.text();
      }
    }
    return "";
  }

  private static int firstMention(JsonNode record, String canonical) {
    for (JsonNode e : record.path("entities")) {
      if (canonical.equals(e.path("canonical").asText())) {
        return e.path("start").asInt();
      }
    }
    return record.path("text").asText("").indexOf(canonical);
  }
}
