package org.kechuangradar.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.kechuangradar.index.RecordFacets.Table;

/**
 * The key that names one fact of a document's record, so that an editor's correction finds it again after the
 * document is ingested anew or by another version of the extractor: a hash of what the fact is (a policy's title,
 * an event's sentence, a person's name …) and its place among the facts of the document that are the same.
 * It is made from the fact as extracted and kept on it (the {@code key} field) once corrections change it.
 */
public final class FactKeys {
  static final String FIELD = "key";

  private FactKeys() {}

  /** Puts its key on each fact of a record's array (the field {@link Table#path}) that has none yet. */
  public static void stamp(Table table, JsonNode facts) {
    Map<String, Integer> seen = new HashMap<>();
    for (JsonNode f : facts) {
      if (f instanceof ObjectNode o && !f.hasNonNull(FIELD)) {
        String identity = identity(table, f);
        int n = seen.merge(identity, 1, Integer::sum) - 1;
        o.put(FIELD, hash(table.name() + "|" + identity) + "-" + n);
      }
    }
  }

  /** Puts their keys on the facts of every table of a record. */
  public static void stampAll(JsonNode record) {
    for (Table t : Table.values()) {
      stamp(t, record.path(t.path));
    }
  }

  /** What a fact is, for its key: what names it, and for facts named by no word of their own, their sentence. */
  private static String identity(Table table, JsonNode f) {
    return switch (table) {
      case POLICY -> f.path("title").asText();
      case PERSON, ORGANIZATION, FACILITY, FUND, CALL -> f.path("name").asText();
      case PROPOSAL -> f.path("speaker").asText() + "|" + f.path("start").asText();
      case EVENT -> f.path("sentence").asText();
      case INSTRUMENT -> f.path("kind").asText() + "|" + f.path("sentence").asText();
      case INDICATOR -> f.path("metric").asText() + "|" + f.path("sentence").asText();
    };
  }

  private static String hash(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
