package org.kechuangradar.index;

import java.util.List;
import java.util.Objects;

/**
 * A document as the store keeps it: its key, every source it came from, the fields that are searched and
 * sorted on, and the whole extraction record as JSON.
 *
 * @param id the hash of the clean text
 * @param sources every path or URL this content came from, first one first
 * @param title the headline, or null
 * @param published ISO date or date-time, or null
 * @param text the clean text
 * @param record the extraction record, as JSON
 * @param original the text as read, before cleaning (of a web page, its main text), or null when not kept
 * @param extracted the record as the extractor made it, when an editor's corrections changed it; else null
 */
public record StoredDocument(String id, List<String> sources, String title, String published, String text,
    String record, String original, String extracted) {
  public StoredDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(record, "record");
    sources = List.copyOf(sources);
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("a stored document needs a source");
    }
  }

  public StoredDocument(String id, List<String> sources, String title, String published, String text,
      String record, String original) {
    this(id, sources, title, published, text, record, original, null);
  }

  public StoredDocument(String id, List<String> sources, String title, String published, String text,
      String record) {
    this(id, sources, title, published, text, record, null, null);
  }

  public StoredDocument withSources(List<String> newSources) {
    return new StoredDocument(id, newSources, title, published, text, record, original, extracted);
  }

  /** The record as the extractor made it, whether or not corrections changed it since. */
  public String asExtracted() {
    return extracted != null ? extracted : record;
  }

  /** This document with a corrected record; the extractor's stays beside it, unless the two are the same. */
  public StoredDocument withCorrected(String corrected) {
    String raw = asExtracted();
    return new StoredDocument(id, sources, title, published, text, corrected, original,
        corrected.equals(raw) ? null : raw);
  }
}
