package org.kechuangradar.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.kechuangradar.app.ExtractionRecord;
import org.kechuangradar.app.Radar;
import org.kechuangradar.ingest.Fetcher;
import org.kechuangradar.ingest.InputException;

/**
 * Scores extraction against gold files with the shared scorer ({@code tools/score.py}): each gold file names
 * its article and publication date; the scorer's per-section counts are collected per file and in total.
 */
public final class GoldEvaluation {
  /** The scorer's counts for one article, and the precision and recall counts of its domain records. */
  public record FileScore(String file, Map<String, int[]> sections, List<String> failures,
      Map<String, RecordScores.Counts> records) {}

  private static final Pattern SECTION = Pattern.compile("^(\\w+): (\\d+)/(\\d+)$");
  private final Radar radar;
  private final ObjectMapper json = new ObjectMapper();

  public GoldEvaluation(Radar radar) {
    this.radar = radar;
  }

  /** Scores gold files of articles in {@code corpusDir} only. */
  public List<FileScore> run(Path goldDir, Path corpusDir, Path scorer) throws IOException, InterruptedException {
    return run(goldDir, corpusDir, corpusDir, scorer);
  }

  /**
   * Scores every {@code *.gold.json} under {@code goldDir}; articles are looked up in {@code corpusDir}, news
   * stories (gold with a {@code story} id) in the JSON Lines file {@code stories}.
   */
  public List<FileScore> run(Path goldDir, Path corpusDir, Path stories, Path scorer)
      throws IOException, InterruptedException {
    List<FileScore> out = new ArrayList<>();
    List<Path> golds;
    try (Stream<Path> s = Files.list(goldDir)) {
      golds = s.filter(p -> p.toString().endsWith(".gold.json")).sorted().toList();
    }
    for (Path gold : golds) {
      JsonNode g = json.readTree(gold.toFile());
      String article = g.hasNonNull("story") ? stories + "#" + g.get("story").asText()
          : corpusDir.resolve(g.get("file").asText()).toString();
      String hint = g.hasNonNull("hint_published") ? g.get("hint_published").asText() : null;
      Path record = Files.createTempFile("radar-eval", ".json");
      // The domain records are scored here, with precision; the shared scorer gets the other sections.
      Path plainGold = Files.createTempFile("radar-eval", ".gold.json");
      try {
        String extracted = ExtractionRecord.json(radar.extract(new Fetcher.Ref(article, -1), hint), false);
        Files.writeString(record, extracted);
        com.fasterxml.jackson.databind.node.ObjectNode plain = g.deepCopy();
        plain.remove(RecordScores.TYPES);
        // The shared scorer reads only dated events; an undated one (日前, a range) is scored in RecordScores alone.
        if (plain.path("events").isArray()) {
          com.fasterxml.jackson.databind.node.ArrayNode dated = plain.putArray("events");
          g.get("events").forEach(e -> {
            if (e.hasNonNull("date")) {
              dated.add(e);
            }
          });
        }
        Files.writeString(plainGold, json.writeValueAsString(plain));
        FileScore scored = score(gold.getFileName().toString(), plainGold, record, scorer);
        JsonNode x = json.readTree(extracted);
        List<String> failures = new ArrayList<>(scored.failures());
        Map<String, int[]> sections = new LinkedHashMap<>(scored.sections());
        OwnChecks.check(g, x, sections, failures);
        failures.addAll(RecordScores.misses(g, x));
        out.add(new FileScore(scored.file(), sections, failures, RecordScores.score(g, x)));
      } catch (InputException e) {
        out.add(new FileScore(gold.getFileName().toString(), Map.of(), List.of(e.getMessage()), Map.of()));
      } finally {
        Files.deleteIfExists(record);
        Files.deleteIfExists(plainGold);
      }
    }
    return out;
  }

  private static FileScore score(String name, Path gold, Path record, Path scorer)
      throws IOException, InterruptedException {
    ProcessBuilder scoring = new ProcessBuilder("python3", scorer.toString(), gold.toString(), record.toString(),
        "--verbose").redirectErrorStream(true);
    // The scorer walks sets of names; a fixed hash seed makes the walk, and so a score, the same on every run.
    scoring.environment().put("PYTHONHASHSEED", "0");
    Process p = scoring.start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IOException("the scorer failed on " + gold + ":\n" + output);
    }
    Map<String, int[]> sections = new LinkedHashMap<>();
    List<String> failures = new ArrayList<>();
    for (String line : output.split("\n")) {
      Matcher m = SECTION.matcher(line.strip());
      if (m.matches()) {
        sections.put(m.group(1), new int[] {Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))});
      } else if (line.startsWith("FAIL")) {
        failures.add(line);
      }
    }
    return new FileScore(name, sections, failures, Map.of());
  }
}
