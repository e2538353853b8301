package org.kechuangradar.index;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The results of recent searches, facets included, on a given version of the index: analysts return to the
 * same filters (a province and an industry) again and again. Least recently used entries go first, and
 * entries of older versions age out the same way.
 */
final class SearchCache {
  static final int DEFAULT_ENTRIES = 2000;

  private record Key(SearchQuery query, boolean facets, long version) {}

  private final int capacity;
  private final Map<Key, SearchResult> entries;

  SearchCache(int capacity) {
    this.capacity = capacity;
    this.entries = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Key, SearchResult> eldest) {
        return size() > SearchCache.this.capacity;
      }
    };
  }

  /** The result of a search on one version of the index, or null. */
  synchronized SearchResult get(SearchQuery q, boolean facets, long indexVersion) {
    return capacity == 0 ? null : entries.get(new Key(q, facets, indexVersion));
  }

  synchronized void put(SearchQuery q, boolean facets, long indexVersion, SearchResult result) {
    if (capacity > 0) {
      entries.put(new Key(q, facets, indexVersion), result);
    }
  }
}
