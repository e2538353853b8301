package org.kechuangradar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CommandHelpTest {
  @ParameterizedTest
  @ValueSource(strings = {"ingest", "search", "show", "stats", "extract", "demo", "bench", "eval-html", "eval", "time",
      "eval-time", "eval-ner", "policies", "serve", "bench-web", "calibrate", "users", "users add", "users list",
      "users remove", "users passwd", "users token", "train", "brief", "facts"})
  void everyCommandHasHelp(String command) {
    java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(command.split(" ")));
    args.add("--help");
    Cli cli = Cli.run(args.toArray(String[]::new));
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
  void serverBindsToThisMachineUnlessToldOtherwise() {
    ServeCommand serve = new ServeCommand();
    new picocli.CommandLine(serve).parseArgs();
    assertEquals("127.0.0.1", serve.server.host);
    assertEquals(8080, serve.server.port);
    assertEquals("127.0.0.1", org.kechuangradar.web.WebServer.Settings.local(0).host());
  }

  @Test
  void serveWithoutAStoreSaysSoInsteadOfMakingOne(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) {
    Cli cli = Cli.run("serve", "--data", tmp.resolve("nothing-here").toString(), "--port", "0");
    assertEquals(1, cli.exitCode());
    assertTrue(cli.err().contains("no store in"), cli.err());
    assertTrue(java.nio.file.Files.notExists(tmp.resolve("nothing-here")));
  }

  @Test
  void calibrationRefusesABlindHalfBeforeReadingIt() {
    Cli cli = Cli.run("calibrate", "--gold", "src/test/resources/gold-xwlb/dblind", "--no-write");
    assertEquals(1, cli.exitCode());
    assertTrue(cli.err().contains("is a blind half"), cli.err());
  }

  @Test
  void unknownOptionIsAUsageError() {
    Cli cli = Cli.run("search", "--colour");
    assertEquals(2, cli.exitCode());
    assertTrue(cli.err().contains("Unknown option: '--colour'"), cli.err());
  }
}
