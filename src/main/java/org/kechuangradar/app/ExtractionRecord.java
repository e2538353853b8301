package org.kechuangradar.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kechuangradar.index.StoredDocument;
import org.kechuangradar.model.Article;
import org.kechuangradar.model.Document;

/**
 * The extraction record of {@code ../shared/docs/extraction-format.md} for a cleaned document, as JSON.
 *
 * <p>The extraction fields (entities, regions, policies …) are empty arrays until the extraction stages exist.
 */
public final class ExtractionRecord {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final List<String> EXTRACTED = List.of("entities", "regions", "organizations", "people",
      "policies", "events", "quantities", "industry_focus", "facilities", "funds", "calls", "instruments",
      "indicators", "proposals");

  private ExtractionRecord() {}

  /** The record's fields in the order of the format document. */
  public static Map<String, Object> of(Document d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", idOf(d));
    m.put("source", d.source());
    m.put("title", d.title());
    m.put("published", d.published());
    m.put("authors", d.authors());
    m.put("original_script", d.originalScript().label());
    m.put("text", d.text());
    m.put("captions", d.captions());
    m.put("articles", d.articles().stream().map(ExtractionRecord::article).toList());
    for (String field : EXTRACTED) {
      m.put(field, List.of());
    }
    m.put("issues", d.issues().stream().map(i -> Map.of("stage", i.stage(), "message", i.message())).toList());
    return m;
  }

  private static Map<String, Object> article(Article a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("title", a.title());
    m.put("authors", a.authors());
    m.put("start", a.start());
    m.put("end", a.end());
    return m;
  }

  public static String json(Document d, boolean pretty) {
    try {
      return (pretty ? PRETTY : JSON).writeValueAsString(of(d));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("record not serialisable", e);
    }
  }

  /** The key of a document's content: the first 128 bits of the SHA-256 of its clean text, in hex. */
  public static String idOf(Document d) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(d.text().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }

  /** What the store keeps of a document. */
  public static StoredDocument stored(Document d) {
    return new StoredDocument(idOf(d), List.of(d.source()), d.title(), d.published(), d.text(), json(d, false));
  }
}
