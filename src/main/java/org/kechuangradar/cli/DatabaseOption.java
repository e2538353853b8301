package org.kechuangradar.cli;

import java.nio.file.Path;
import org.kechuangradar.account.Database;
import picocli.CommandLine.Option;

/** The {@code --db URL} option: where accounts and review changes live, when not in the data directory. */
final class DatabaseOption {
  @Option(names = "--db", paramLabel = "URL", defaultValue = "${env:RADAR_DB}",
      description = "Database of accounts and review changes: postgresql://user:password@host:port/db for a team "
          + "server; default: the RADAR_DB environment variable, else an embedded one in the data directory.")
  String url;

  /** Whether there is a database to open without making one. */
  boolean exists(Path dataDir) {
    return Database.exists(dataDir, url);
  }

  Database open(Path dataDir) {
    return Database.open(dataDir, url);
  }
}
