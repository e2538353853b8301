package org.kechuangradar.index;

import java.io.IOException;
import java.util.Optional;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * A searcher that carries the facet module's ordinal map of its reader. The map is built when the reader is
 * opened, on the thread that refreshes, so a search never waits while another builds it after a commit.
 */
final class FacetedSearcher extends IndexSearcher {
  static final SearcherFactory FACTORY = new SearcherFactory() {
    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
      return new FacetedSearcher(reader);
    }
  };

  private final Optional<SortedSetDocValuesReaderState> facets;

  private FacetedSearcher(IndexReader reader) throws IOException {
    super(reader);
    this.facets = facetsOf(reader);
  }

  /** The ordinal map of the reader's facet values; empty while no article has any. */
  Optional<SortedSetDocValuesReaderState> facets() {
    return facets;
  }

  private static Optional<SortedSetDocValuesReaderState> facetsOf(IndexReader reader) throws IOException {
    try {
      return Optional.of(new DefaultSortedSetDocValuesReaderState(reader, IndexSchema.FACETS));
    } catch (IllegalArgumentException e) {
      // No document of this reader has a facet value yet.
      return Optional.empty();
    }
  }
}
