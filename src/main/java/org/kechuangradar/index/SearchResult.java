package org.kechuangradar.index;

import java.util.List;

/** The hits of a search, with the total number of matching documents. */
public record SearchResult(long total, List<Hit> hits) {
  public SearchResult {
    hits = List.copyOf(hits);
  }

  /** One matching document with a highlighted snippet (matches between 【 and 】). */
  public record Hit(String id, String title, String published, List<String> sources, String snippet, float score) {
    public Hit {
      sources = List.copyOf(sources);
    }
  }
}
