package org.kechuangradar.index;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.kechuangradar.index.RecordFacets.Dim;

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
 * @param filters exact values per dimension (a region by its code, or its name when it has none)
 * @param addedAfter only documents stored after this instant (epoch milliseconds); 0 for all
 */
public record SearchQuery(String text, LocalDate from, LocalDate to, String source, Sort sort, int offset,
    int limit, Map<Dim, String> filters, long addedAfter) {
  /** The order of hits. */
  public enum Sort { RELEVANCE, DATE }

  public SearchQuery {
    text = text == null ? "" : text;
    sort = sort == null ? Sort.RELEVANCE : sort;
    if (offset < 0 || limit < 1) {
      throw new IllegalArgumentException("offset must be >= 0 and limit >= 1");
    }
    EnumMap<Dim, String> kept = new EnumMap<>(Dim.class);
    if (filters != null) {
      filters.forEach((d, v) -> {
        if (v != null && !v.isBlank()) {
          kept.put(d, v.strip());
        }
      });
    }
    filters = Map.copyOf(kept);
  }

  public SearchQuery(String text, LocalDate from, LocalDate to, String source, Sort sort, int offset, int limit) {
    this(text, from, to, source, sort, offset, limit, Map.of(), 0);
  }

  public static SearchQuery of(String text) {
    return new SearchQuery(text, null, null, null, Sort.RELEVANCE, 0, 10);
  }

  public SearchQuery withText(String newText) {
    return new SearchQuery(newText, from, to, source, sort, offset, limit, filters, addedAfter);
  }

  public SearchQuery withPage(int newOffset, int newLimit) {
    return new SearchQuery(text, from, to, source, sort, newOffset, newLimit, filters, addedAfter);
  }

  /** The same query with one more filter (or one replaced). */
  public SearchQuery with(Dim dim, String value) {
    Map<Dim, String> more = new EnumMap<>(Dim.class);
    more.putAll(filters);
    more.put(dim, value);
    return new SearchQuery(text, from, to, source, sort, offset, limit, more, addedAfter);
  }

  /** The same query restricted to documents stored after an instant (epoch milliseconds). */
  public SearchQuery addedAfter(long millis) {
    return new SearchQuery(text, from, to, source, sort, offset, limit, filters, millis);
  }
}
