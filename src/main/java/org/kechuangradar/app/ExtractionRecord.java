package org.kechuangradar.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.AbstractList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.kechuangradar.index.StoredDocument;
import org.kechuangradar.lexicon.Industries;
import org.kechuangradar.model.Article;
import org.kechuangradar.model.Document;
import org.kechuangradar.model.Extraction;
import org.kechuangradar.model.Mention;
import org.kechuangradar.model.Policy;
import org.kechuangradar.policy.PolicyRegistry;

/**
 * The extraction record of {@code ../shared/docs/extraction-format.md} for a cleaned document, as JSON.
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
    return of(d, idOf(d));
  }

  private static Map<String, Object> of(Document d, String id) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("source", d.source());
    m.put("title", d.title());
    m.put("column", d.column());
    m.put("topics", d.title() == null ? List.of() : Industries.of(d.title()));
    m.put("published", d.published());
    m.put("authors", d.authors());
    m.put("original_script", d.originalScript().label());
    m.put("text", d.text());
    m.put("captions", d.captions());
    m.put("articles", d.articles().stream().map(ExtractionRecord::article).toList());
    Extraction x = d.extraction();
    m.put("entities", rowsOf(x.entities().stream().sorted(Comparator.comparingInt(Mention::start)
        .thenComparingInt(Mention::end)).toList(), e -> row("text", e.text(), "type", e.type().name(), "canonical",
        e.canonical(), "start", e.start(), "end", e.end())));
    m.put("regions", x.regions().stream().map(r -> row("name", r.name(), "code", r.code(), "level", r.level().code(),
        "parent", r.parent(), "mentions", r.mentions(), "confidence", r.confidence())).toList());
    m.put("organizations", x.organizations().stream().map(o -> row("name", o.name(), "type", o.type(), "aliases",
        o.aliases(), "mentions", o.mentions(), "confidence", o.confidence())).toList());
    m.put("people", x.people().stream().map(p -> row("name", p.name(), "positions", p.positions(), "organization",
        p.organization(), "confidence", p.confidence())).toList());
    m.put("policies", x.policies().stream().map(ExtractionRecord::policy).toList());
    m.put("events", x.events().stream().map(e -> row("type", e.type().code(), "date", e.date(), "status",
        e.status().code(), "region", e.region(), "actors", e.actors(), "summary", e.summary(), "sentence",
        e.sentence(), "start", e.start(), "end", e.end(), "confidence", e.confidence())).toList());
    m.put("quantities", rowsOf(x.quantities(), q -> row("text", q.text(), "value", q.value(), "unit", q.unit(),
        "subject", q.subject(), "start", q.start(), "end", q.end())));
    m.put("industry_focus", x.industryFocus().stream().map(f -> row("region", f.region(), "items", f.items(),
        "industries", f.industries(), "sentence", f.sentence())).toList());
    m.put("facilities", JSON.convertValue(x.domain().facilities(), List.class));
    m.put("funds", JSON.convertValue(x.domain().funds(), List.class));
    m.put("calls", JSON.convertValue(x.domain().calls(), List.class));
    m.put("instruments", JSON.convertValue(x.domain().instruments(), List.class));
    m.put("indicators", JSON.convertValue(x.domain().indicators(), List.class));
    m.put("proposals", JSON.convertValue(x.domain().proposals(), List.class));
    for (String field : EXTRACTED) {
      m.putIfAbsent(field, List.of());
    }
    m.put("issues", d.issues().stream().map(i -> Map.of("stage", i.stage(), "message", i.message())).toList());
    return m;
  }

  private static Map<String, Object> policy(Policy p) {
    Map<String, Object> period = p.period() == null ? null : row("from", p.period().from(), "to", p.period().to());
    return row("title", p.title(), "kind", p.kind(), "issuers", p.issuers(), "date", p.date(), "region", p.region(),
        "period", period, "status", p.status() == null ? null : p.status().code(), "topics", p.topics(), "sentence", p.sentence(),
        "record", PolicyRegistry.recordOf(p), "confidence", p.confidence());
  }

  /**
   * The rows of a list as a view that makes each row when it is read: the mentions and amounts of a long document
   * are written out one by one instead of all being held as maps at once.
   */
  private static <T> List<Map<String, Object>> rowsOf(List<T> items, Function<T, Map<String, Object>> row) {
    return new AbstractList<>() {
      @Override
      public Map<String, Object> get(int index) {
        return row.apply(items.get(index));
      }

      @Override
      public int size() {
        return items.size();
      }
    };
  }

  /** A JSON object with its keys in the given order; values may be null. */
  private static Map<String, Object> row(Object... keysAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
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
    return json(of(d), pretty);
  }

  private static String json(Map<String, Object> record, boolean pretty) {
    try {
      // As UTF-8 first: for a long record, one copy in bytes and one in chars, not a growing buffer of chars as well.
      return new String((pretty ? PRETTY : JSON).writeValueAsBytes(record), StandardCharsets.UTF_8);
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
    String id = idOf(d);
    return new StoredDocument(id, List.of(d.source()), d.title(), d.published(), d.text(), json(of(d, id), false),
        d.original());
  }
}
