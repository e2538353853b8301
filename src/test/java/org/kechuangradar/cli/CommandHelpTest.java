package org.kechuangradar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CommandHelpTest {
  @ParameterizedTest
  @ValueSource(strings = {"ingest", "search", "show", "stats", "extract", "demo", "bench", "eval-html", "eval", "time",
      "eval-time"})
  void everyCommandHasHelp(String command) {
    Cli cli = Cli.run(command, "--help");
    assertEquals(0, cli.exitCode());
    assertTrue(cli.out().startsWith("Usage: radar " + command), cli.out());
  }

  @Test
  void topLevelHelpListsCommands() {
    Cli cli = Cli.run("--help");
    assertEquals(0, cli.exitCode());
    assertTrue(cli.out().contains("ingest") && cli.out().contains("bench"), cli.out());
  }

  @Test
  void unknownOptionIsAUsageError() {
    Cli cli = Cli.run("search", "--colour");
    assertEquals(2, cli.exitCode());
    assertTrue(cli.err().contains("Unknown option: '--colour'"), cli.err());
  }
}
