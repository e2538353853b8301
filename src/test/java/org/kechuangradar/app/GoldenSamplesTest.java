package org.kechuangradar.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kechuangradar.ingest.Fetcher;
import org.kechuangradar.model.Document;

/**
 * Whole-document golden files: each sample article's cleaned record must equal the one in
 * {@code src/test/resources/golden}. Run with {@code -Dgolden.update=true} to rewrite them after a
 * deliberate change, then read the diff.
 */
class GoldenSamplesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final List<String> FIELDS =
      List.of("title", "published", "authors", "original_script", "text", "captions", "articles");
  private static final Radar RADAR = new Radar();

  static Stream<Path> samples() throws IOException {
    return Files.list(Path.of("samples")).filter(p -> !p.getFileName().toString().endsWith(".md")).sorted();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void cleansSampleAsInItsGoldenFile(Path sample) throws Exception {
    Document d = RADAR.extract(new Fetcher.Ref(sample.toString(), -1), null);
    JsonNode record = JSON.valueToTree(ExtractionRecord.of(d));
    ObjectNode actual = JSON.createObjectNode();
    for (String f : FIELDS) {
      actual.set(f, record.get(f));
    }
    Path golden = GOLDEN.resolve(sample.getFileName() + ".json");
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(actual) + "\n");
    }
    JsonNode expected = JSON.readTree(golden.toFile());
    for (String f : FIELDS) {
      assertEquals(expected.get(f), actual.get(f), sample + ": field " + f);
    }
  }
}
