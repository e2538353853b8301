package org.kechuangradar.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option every command that touches the store shares. */
final class DataDirOption {
  @Option(names = "--data", paramLabel = "DIR", defaultValue = "radar-data",
      description = "Data directory of the embedded store (default: ${DEFAULT-VALUE}).")
  Path dir;
}
