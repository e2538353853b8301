package org.kechuangradar.account;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The databases the account and review tests run on: the embedded H2 of a data directory, and the PostgreSQL that
 * scripts/test starts (its address in RADAR_TEST_PG). Each is handed over empty.
 */
public final class TestDatabases {
  public static final String POSTGRES = System.getenv("RADAR_TEST_PG");

  private TestDatabases() {}

  /** The kinds to run a test on: always H2, PostgreSQL when the test script started one. */
  public static Stream<String> kinds() {
    return Stream.of("h2", "postgresql");
  }

  /** An empty, migrated database of a kind; a test on PostgreSQL is skipped when none was started. */
  public static Database fresh(String kind, Path dir) throws SQLException {
    if (kind.equals("h2")) {
      return Database.open(dir, null);
    }
    Assumptions.assumeTrue(POSTGRES != null && !POSTGRES.isBlank(),
        "no PostgreSQL: scripts/test starts one and sets RADAR_TEST_PG");
    Database db = Database.open(dir, POSTGRES);
    try (Connection c = db.connection()) {
      c.createStatement().executeUpdate("DELETE FROM changes");
      c.createStatement().executeUpdate("DELETE FROM users");
    }
    return db;
  }
}
