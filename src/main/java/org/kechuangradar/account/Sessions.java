package org.kechuangradar.account;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Optional;

/**
 * Login sessions. The browser holds a random id in a cookie; the database holds only its hash, the account, the
 * session's CSRF token and when it expires. Each use moves the expiry on, up to a limit from the login.
 */
public final class Sessions {
  /** A live session: the cookie's value (only when just made), its CSRF token, its account and expiry. */
  public record Session(String id, String csrf, User user, long expires) {}

  private static final long TOUCH_MILLIS = 60_000;
  private final Database db;
  private final Duration idle;
  private final Duration longest;

  /** Sessions that end after {@code idle} without use, and at {@code longest} after the login in any case. */
  public Sessions(Database db, Duration idle, Duration longest) {
    this.db = db;
    this.idle = idle;
    this.longest = longest;
  }

  public Session create(User user) {
    String id = Secrets.fresh();
    String csrf = Secrets.fresh();
    long now = System.currentTimeMillis();
    long expires = now + idle.toMillis();
    db.inTransaction(c -> {
      try (PreparedStatement old = c.prepareStatement("DELETE FROM sessions WHERE expires < ?");
          PreparedStatement s = c.prepareStatement(
              "INSERT INTO sessions (id_hash, user_name, csrf, created, expires) VALUES (?, ?, ?, ?, ?)")) {
        old.setLong(1, now);
        old.executeUpdate();
        s.setString(1, Secrets.hash(id));
        s.setString(2, user.name());
        s.setString(3, csrf);
        s.setLong(4, now);
        s.setLong(5, expires);
        s.executeUpdate();
      }
      return null;
    });
    return new Session(id, csrf, user, expires);
  }

  /** The live session of a cookie's value, its expiry moved on; empty when unknown or expired. */
  public Optional<Session> find(String id) {
    if (id == null || id.isBlank()) {
      return Optional.empty();
    }
    long now = System.currentTimeMillis();
    return db.inTransaction(c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT s.csrf, s.created, s.expires, u.name, u.role, u.created "
          + "FROM sessions s JOIN users u ON u.name = s.user_name WHERE s.id_hash = ?")) {
        s.setString(1, Secrets.hash(id));
        try (ResultSet r = s.executeQuery()) {
          if (!r.next() || r.getLong(3) < now) {
            return Optional.<Session>empty();
          }
          long expires = Math.min(now + idle.toMillis(), r.getLong(2) + longest.toMillis());
          // Moved on at most once a minute: otherwise every request of a page would write to the database.
          if (expires - r.getLong(3) >= TOUCH_MILLIS) {
            try (PreparedStatement touch = c.prepareStatement("UPDATE sessions SET expires = ? WHERE id_hash = ?")) {
              touch.setLong(1, expires);
              touch.setString(2, Secrets.hash(id));
              touch.executeUpdate();
            }
          } else {
            expires = r.getLong(3);
          }
          User u = new User(r.getString(4), Role.of(r.getString(5)).orElse(Role.VIEWER), r.getLong(6));
          return Optional.of(new Session(null, r.getString(1), u, expires));
        }
      }
    });
  }

  /** Ends a session; its cookie opens nothing afterwards. */
  public void end(String id) {
    if (id == null) {
      return;
    }
    db.inTransaction(c -> {
      try (PreparedStatement s = c.prepareStatement("DELETE FROM sessions WHERE id_hash = ?")) {
        s.setString(1, Secrets.hash(id));
        s.executeUpdate();
      }
      return null;
    });
  }
}
