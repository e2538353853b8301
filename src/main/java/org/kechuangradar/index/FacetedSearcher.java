package org.kechuangradar.index;

import java.io.IOException;
import java.util.Optional;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * A searcher that carries the facet module's ordinal map of its reader. After a commit the map is built when the
 * new reader is opened, on the thread that refreshes, so no search waits while another builds it; the first
 * reader of a process builds it when a search first needs it, so a command that counts nothing never pays for it.
 */
final class FacetedSearcher extends IndexSearcher {
  static final SearcherFactory FACTORY = new SearcherFactory() {
    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
      FacetedSearcher searcher = new FacetedSearcher(reader);
      if (previousReader != null) {
        searcher.facets();
      }
      return searcher;
    }
  };

  // Null until built: the one field here that is filled late, under the searcher's lock.
  private Optional<SortedSetDocValuesReaderState> facets;

  private FacetedSearcher(IndexReader reader) {
    super(reader);
  }

  /** The ordinal map of the reader's facet values; empty while no article has any. */
  synchronized Optional<SortedSetDocValuesReaderState> facets() throws IOException {
    if (facets == null) {
      try {
        facets = Optional.of(new DefaultSortedSetDocValuesReaderState(getIndexReader(), IndexSchema.FACETS));
      } catch (IllegalArgumentException e) {
        // No document of this reader has a facet value yet.
        facets = Optional.empty();
      }
    }
    return facets;
  }
}
