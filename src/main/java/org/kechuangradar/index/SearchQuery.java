package org.kechuangradar.index;

import java.time.LocalDate;

/**
 * A full-text search with filters.
 *
 * @param text words to find in title and text, in either script; blank for all documents
 * @param from earliest publication date, inclusive, or null
 * @param to latest publication date, inclusive, or null
 * @param source a source path or URL prefix, or null
 * @param sort by relevance or by date, newest first
 * @param offset hits to skip
 * @param limit hits to return
 */
public record SearchQuery(String text, LocalDate from, LocalDate to, String source, Sort sort, int offset,
    int limit) {
  /** The order of hits. */
  public enum Sort { RELEVANCE, DATE }

  public SearchQuery {
    text = text == null ? "" : text;
    sort = sort == null ? Sort.RELEVANCE : sort;
    if (offset < 0 || limit < 1) {
      throw new IllegalArgumentException("offset must be >= 0 and limit >= 1");
    }
  }

  public static SearchQuery of(String text) {
    return new SearchQuery(text, null, null, null, Sort.RELEVANCE, 0, 10);
  }
}
