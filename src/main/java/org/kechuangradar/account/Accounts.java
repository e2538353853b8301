package org.kechuangradar.account;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The accounts of a store: who they are, their roles, passwords and API tokens. Accounts are on once one exists;
 * until then the server keeps its anonymous, read-only behaviour.
 */
public final class Accounts {
  // Letters, digits and . _ - only: a name shows in the audit trail and in addresses without escaping.
  private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}._-]{1,64}");

  private final Database db;

  public Accounts(Database db) {
    this.db = db;
  }

  /** Whether any account exists. */
  public boolean any() {
    return db.inTransaction(c -> {
      try (ResultSet r = c.createStatement().executeQuery("SELECT COUNT(*) FROM users")) {
        r.next();
        return r.getLong(1) > 0;
      }
    });
  }

  /** Adds an account; refused for a taken or malformed name or a short password. */
  public User add(String name, Role role, char[] password) {
    checkName(name);
    checkPassword(password);
    String hash = Passwords.hash(password);
    long now = System.currentTimeMillis();
    return db.inTransaction(c -> {
      if (find(c, name).isPresent()) {
        throw new AccountException("an account named " + name + " exists already");
      }
      try (PreparedStatement s = c.prepareStatement(
          "INSERT INTO users (name, role, password_hash, created) VALUES (?, ?, ?, ?)")) {
        s.setString(1, name);
        s.setString(2, role.code());
        s.setString(3, hash);
        s.setLong(4, now);
        s.executeUpdate();
      }
      return new User(name, role, now);
    });
  }

  public List<User> list() {
    return db.inTransaction(c -> {
      List<User> out = new ArrayList<>();
      try (ResultSet r = c.createStatement().executeQuery("SELECT name, role, created FROM users ORDER BY name")) {
        while (r.next()) {
          out.add(user(r));
        }
      }
      return out;
    });
  }

  public Optional<User> get(String name) {
    return db.inTransaction(c -> find(c, name));
  }

  /**
   * Removes an account with its sessions and tokens. The last admin goes only with the last account (accounts are
   * then off), so the others are never left without one.
   */
  public void remove(String name) {
    db.inTransaction(c -> {
      User u = find(c, name).orElseThrow(() -> new AccountException("no account named " + name));
      if (u.role() == Role.ADMIN && admins(c) == 1 && count(c) > 1) {
        throw new AccountException(name + " is the last admin; make another admin first");
      }
      try (PreparedStatement s = c.prepareStatement("DELETE FROM users WHERE name = ?")) {
        s.setString(1, name);
        s.executeUpdate();
      }
      return null;
    });
  }

  /** Sets a new password and ends the account's sessions. */
  public void setPassword(String name, char[] password) {
    checkPassword(password);
    String hash = Passwords.hash(password);
    db.inTransaction(c -> {
      find(c, name).orElseThrow(() -> new AccountException("no account named " + name));
      try (PreparedStatement s = c.prepareStatement("UPDATE users SET password_hash = ? WHERE name = ?");
          PreparedStatement end = c.prepareStatement("DELETE FROM sessions WHERE user_name = ?")) {
        s.setString(1, hash);
        s.setString(2, name);
        s.executeUpdate();
        end.setString(1, name);
        end.executeUpdate();
      }
      return null;
    });
  }

  /** The account a name and password open, if they match. */
  public Optional<User> authenticate(String name, char[] password) {
    Optional<String> hash = db.inTransaction(c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT password_hash FROM users WHERE name = ?")) {
        s.setString(1, name);
        try (ResultSet r = s.executeQuery()) {
          return r.next() ? Optional.of(r.getString(1)) : Optional.<String>empty();
        }
      }
    });
    // An unknown name costs a hash too, so the time taken does not tell which names exist.
    boolean ok = Passwords.verify(password, hash.orElse(UNKNOWN));
    return ok && hash.isPresent() ? get(name) : Optional.empty();
  }

  private static final String UNKNOWN = Passwords.hash("no account has this password".toCharArray());

  /** A new API token for an account; only its hash is kept, so it is shown once. */
  public String newToken(String name) {
    String token = "rk_" + Secrets.fresh();
    db.inTransaction(c -> {
      find(c, name).orElseThrow(() -> new AccountException("no account named " + name));
      try (PreparedStatement s = c.prepareStatement(
          "INSERT INTO api_tokens (token_hash, user_name, created) VALUES (?, ?, ?)")) {
        s.setString(1, Secrets.hash(token));
        s.setString(2, name);
        s.setLong(3, System.currentTimeMillis());
        s.executeUpdate();
      }
      return null;
    });
    return token;
  }

  /** The account an API token belongs to. */
  public Optional<User> byToken(String token) {
    return db.inTransaction(c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT u.name, u.role, u.created FROM api_tokens t "
          + "JOIN users u ON u.name = t.user_name WHERE t.token_hash = ?")) {
        s.setString(1, Secrets.hash(token));
        try (ResultSet r = s.executeQuery()) {
          return r.next() ? Optional.of(user(r)) : Optional.<User>empty();
        }
      }
    });
  }

  private static void checkName(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new AccountException("an account name is 1 to 64 letters, digits, '.', '_' or '-', not \"" + name + "\"");
    }
  }

  private static void checkPassword(char[] password) {
    if (password.length < Passwords.MIN_LENGTH) {
      throw new AccountException("a password needs at least " + Passwords.MIN_LENGTH + " characters");
    }
    if (new String(password).isBlank()) {
      throw new AccountException("a password cannot be blank");
    }
  }

  private static Optional<User> find(java.sql.Connection c, String name) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT name, role, created FROM users WHERE name = ?")) {
      s.setString(1, name);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Optional.of(user(r)) : Optional.empty();
      }
    }
  }

  private static long admins(java.sql.Connection c) throws SQLException {
    try (ResultSet r = c.createStatement().executeQuery("SELECT COUNT(*) FROM users WHERE role = 'admin'")) {
      r.next();
      return r.getLong(1);
    }
  }

  private static long count(java.sql.Connection c) throws SQLException {
    try (ResultSet r = c.createStatement().executeQuery("SELECT COUNT(*) FROM users")) {
      r.next();
      return r.getLong(1);
    }
  }

  private static User user(ResultSet r) throws SQLException {
    return new User(r.getString(1), Role.of(r.getString(2)).orElse(Role.VIEWER), r.getLong(3));
  }
}
