package org.kechuangradar.account;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The SQL database of accounts, sessions and the review's changes: embedded H2 in the data directory by default,
 * PostgreSQL for a team server ({@code postgresql://user:password@host:port/db}). Its schema is migrated by
 * Flyway from {@code db/migration} when it is opened, so an older database is brought up to date.
 */
public final class Database implements AutoCloseable {
  private final DataSource source;
  private final AutoCloseable pool;
  private final String name;

  private Database(DataSource source, AutoCloseable pool, String name) {
    this.source = source;
    this.pool = pool;
    this.name = name;
  }

  /** Where the embedded database of a data directory lives. */
  public static Path embeddedFile(Path dataDir) {
    return dataDir.resolve("db").resolve("radar.mv.db");
  }

  /** Whether a database is there to open without creating one: PostgreSQL always, H2 once made. */
  public static boolean exists(Path dataDir, String url) {
    return url != null && !url.isBlank() || Files.exists(embeddedFile(dataDir));
  }

  /** Opens (creating the embedded one when missing) and migrates the database. */
  public static Database open(Path dataDir, String url) {
    String shown = url == null || url.isBlank() ? embeddedFile(dataDir).toString() : withoutPassword(url);
    Database db;
    if (url == null || url.isBlank()) {
      // AUTO_SERVER lets `radar users` change accounts while `radar serve` holds the file open; it does so over a
      // local port, so the database has a password of its own, readable by the data directory's owner only.
      String jdbc = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("db").resolve("radar") + ";AUTO_SERVER=TRUE";
      JdbcConnectionPool pool = JdbcConnectionPool.create(jdbc, "radar", embeddedPassword(dataDir));
      db = new Database(pool, pool::dispose, shown);
    } else {
      db = new Database(postgres(url), () -> { }, shown);
    }
    try {
      Flyway.configure().dataSource(db.source).locations("classpath:db/migration").load().migrate();
    } catch (FlywayException e) {
      db.close();
      throw new DatabaseException("database " + shown + ": " + firstLine(e), e);
    }
    return db;
  }

  private static String embeddedPassword(Path dataDir) {
    Path file = dataDir.resolve("db").resolve("password");
    try {
      if (!Files.exists(file)) {
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), "password", ".tmp");
        try {
          Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
          // A file system without POSIX permissions keeps the directory's own.
        }
        Files.writeString(tmp, Secrets.fresh());
        Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      }
      return Files.readString(file).strip();
    } catch (java.io.IOException e) {
      throw new DatabaseException("database " + file.getParent() + ": its password file cannot be read or written ("
          + e.getMessage() + ")", e);
    }
  }

  private static DataSource postgres(String url) {
    try {
      URI u = new URI(url.startsWith("jdbc:") ? url.substring(5) : url);
      if (!"postgresql".equals(u.getScheme()) && !"postgres".equals(u.getScheme())) {
        throw new DatabaseException("--db " + url + ": only postgresql://user:password@host:port/db is known", null);
      }
      PGSimpleDataSource pg = new PGSimpleDataSource();
      pg.setServerNames(new String[] {u.getHost() == null ? "localhost" : u.getHost()});
      pg.setPortNumbers(new int[] {u.getPort() < 0 ? 5432 : u.getPort()});
      pg.setDatabaseName(u.getPath() == null || u.getPath().length() <= 1 ? "radar" : u.getPath().substring(1));
      if (u.getRawUserInfo() != null) {
        String[] userPassword = u.getRawUserInfo().split(":", 2);
        pg.setUser(URLDecoder.decode(userPassword[0], StandardCharsets.UTF_8));
        if (userPassword.length > 1) {
          pg.setPassword(URLDecoder.decode(userPassword[1], StandardCharsets.UTF_8));
        }
      }
      pg.setConnectTimeout(10);
      return pg;
    } catch (URISyntaxException e) {
      throw new DatabaseException("--db " + withoutPassword(url) + ": not an address (" + e.getReason() + ")", e);
    }
  }

  private static String withoutPassword(String url) {
    return url.replaceFirst("(//[^:/@]*):[^@/]*@", "$1:***@");
  }

  private static String firstLine(Exception e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String m = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return m.lines().findFirst().orElse(m);
  }

  /** A connection; the caller closes it. */
  public Connection connection() {
    try {
      return source.getConnection();
    } catch (SQLException e) {
      throw new DatabaseException("database " + name + ": " + firstLine(e), e);
    }
  }

  /** The database as a user may see it named: its file, or its address without the password. */
  public String name() {
    return name;
  }

  /** Runs a unit of work in one transaction, rolled back when it throws. */
  public <T> T inTransaction(Work<T> work) {
    try (Connection c = connection()) {
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new DatabaseException("database " + name + ": " + firstLine(e), e);
    }
  }

  /** Work on one connection. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  @Override
  public void close() {
    try {
      pool.close();
    } catch (Exception e) {
      throw new DatabaseException("database " + name + ": could not close (" + e.getMessage() + ")", e);
    }
  }
}
