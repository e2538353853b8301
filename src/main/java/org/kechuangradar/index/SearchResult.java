package org.kechuangradar.index;

import java.util.List;
import java.util.Map;

/**
 * The hits of a search, with the total number of matching documents and, when asked for, the counts of each
 * dimension's most frequent values over all of them (dimension parameter → value → documents).
 */
public record SearchResult(long total, List<Hit> hits, Map<String, Map<String, Long>> facets) {
  public SearchResult {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
  }

  public SearchResult(long total, List<Hit> hits) {
    this(total, hits, Map.of());
  }

  /** Opens a match in a snippet: a private-use character, so that brackets in the text stay unambiguous. */
  public static final char MATCH_START = '\uE000';
  /** Closes a match in a snippet. */
  public static final char MATCH_END = '\uE001';

  /** One matching document with a highlighted snippet (matches between {@link #MATCH_START} and {@link #MATCH_END}). */
  public record Hit(String id, String title, String published, List<String> sources, String snippet, float score) {
    public Hit {
      sources = List.copyOf(sources);
    }

    /** The snippet with its matches between the given marks ({@code 【} and {@code 】} in a terminal). */
    public String snippet(String open, String close) {
      return snippet.replace(String.valueOf(MATCH_START), open).replace(String.valueOf(MATCH_END), close);
    }
  }
}
