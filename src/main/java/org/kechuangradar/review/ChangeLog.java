package org.kechuangradar.review;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kechuangradar.account.Database;
import org.kechuangradar.index.RecordFacets.Table;

/**
 * The audit trail, kept in the database apart from the index: every change in the order made. The changes that
 * stand are the corrections laid over the extractor's records.
 */
public final class ChangeLog {
  private static final String COLUMNS = "id, at, user_name, action, fact_table, document, fact_key, before_json, "
      + "after_json, sentence, undoes, undone_by";

  private final Database db;

  public ChangeLog(Database db) {
    this.db = db;
  }

  /** Appends a change (its id and time are given here) and returns it as kept. */
  public Change append(String user, Action action, Table table, String document, String key, String before,
      String after, String sentence) {
    return append(user, action, table, document, key, before, after, sentence, 0);
  }

  private Change append(String user, Action action, Table table, String document, String key, String before,
      String after, String sentence, long undoes) {
    long at = System.currentTimeMillis();
    return db.inTransaction(c -> insert(c, new Change(0, at, user, action, table, document, key, before, after,
        clip(sentence), undoes, 0)));
  }

  private static String clip(String s) {
    return s == null ? "" : s.length() > 4000 ? s.substring(0, 4000) : s;
  }

  private static Change insert(Connection c, Change ch) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("INSERT INTO changes (at, user_name, action, fact_table, document, "
        + "fact_key, before_json, after_json, sentence, undoes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        Statement.RETURN_GENERATED_KEYS)) {
      s.setLong(1, ch.at());
      s.setString(2, ch.user());
      s.setString(3, ch.action().code());
      s.setString(4, ch.table().path);
      s.setString(5, ch.document());
      s.setString(6, ch.key());
      s.setString(7, ch.before());
      s.setString(8, ch.after());
      s.setString(9, ch.sentence());
      s.setLong(10, ch.undoes());
      s.executeUpdate();
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        return new Change(keys.getLong(1), ch.at(), ch.user(), ch.action(), ch.table(), ch.document(), ch.key(),
            ch.before(), ch.after(), ch.sentence(), ch.undoes(), 0);
      }
    }
  }

  /** Records that {@code user} took back change {@code id}; the undo is a change of its own. */
  public Change undo(String user, Change undone) {
    long at = System.currentTimeMillis();
    return db.inTransaction(c -> {
      Change u = insert(c, new Change(0, at, user, Action.UNDO, undone.table(), undone.document(), undone.key(),
          undone.after(), undone.before(), undone.sentence(), undone.id(), 0));
      try (PreparedStatement s = c.prepareStatement("UPDATE changes SET undone_by = ? WHERE id = ? AND undone_by = 0")) {
        s.setLong(1, u.id());
        s.setLong(2, undone.id());
        if (s.executeUpdate() != 1) {
          throw new ReviewException("change " + undone.id() + " was undone already");
        }
      }
      return u;
    });
  }

  public Optional<Change> get(long id) {
    return db.inTransaction(c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM changes WHERE id = ?")) {
        s.setLong(1, id);
        try (ResultSet r = s.executeQuery()) {
          return r.next() ? Optional.of(change(r)) : Optional.<Change>empty();
        }
      }
    });
  }

  /** The changes that stand for one document and those that reach every document, oldest first. */
  public List<Change> standing(String document) {
    return query("WHERE undone_by = 0 AND action <> 'undo' AND (document = ? OR document = '*') ORDER BY id",
        document);
  }

  /** Every change that stands, oldest first. */
  public List<Change> standing() {
    return query("WHERE undone_by = 0 AND action <> 'undo' ORDER BY id");
  }

  /** The whole trail, newest first, at most {@code limit} entries. */
  public List<Change> trail(int limit) {
    return query("ORDER BY id DESC FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY");
  }

  private List<Change> query(String where, String... args) {
    return db.inTransaction(c -> {
      List<Change> out = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM changes " + where)) {
        for (int i = 0; i < args.length; i++) {
          s.setString(i + 1, args[i]);
        }
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            out.add(change(r));
          }
        }
      }
      return out;
    });
  }

  private static Change change(ResultSet r) throws SQLException {
    return new Change(r.getLong(1), r.getLong(2), r.getString(3), Action.of(r.getString(4)).orElseThrow(),
        tableOf(r.getString(5)), r.getString(6), r.getString(7), nonNull(r.getString(8)), nonNull(r.getString(9)),
        nonNull(r.getString(10)), r.getLong(11), r.getLong(12));
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }

  private static Table tableOf(String path) {
    return Table.of(path).orElseThrow(() -> new ReviewException("no kind of fact is called " + path));
  }
}
