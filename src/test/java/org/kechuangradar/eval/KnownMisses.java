package org.kechuangradar.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The gold checks known to fail (src/test/resources/gold-known-misses.tsv): a failure not listed is a regression. */
final class KnownMisses {
  private static final Path FILE = Path.of("src/test/resources/gold-known-misses.tsv");

  private KnownMisses() {}

  /** Fails on every failure of the scores that the file does not list. */
  static void assertNoNewFailures(List<GoldEvaluation.FileScore> scores) throws IOException {
    Set<String> known = Files.readAllLines(FILE).stream().filter(l -> !l.isBlank() && !l.startsWith("#"))
        .collect(Collectors.toSet());
    List<String> unknown = new ArrayList<>();
    for (GoldEvaluation.FileScore s : scores) {
      for (String f : s.failures()) {
        if (!known.contains(s.file() + "\t" + f)) {
          unknown.add(s.file() + ": " + f);
        }
      }
    }
    assertEquals(List.of(), unknown, "failures not in " + FILE);
  }
}
