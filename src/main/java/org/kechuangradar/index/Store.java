package org.kechuangradar.index;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.kechuangradar.model.PolicyRecord;

/**
 * Where clean documents are kept and searched. The embedded implementation is {@link LuceneStore}; the
 * interface is kept narrow so that a SolrCloud one can stand beside it.
 *
 * <p>Writes become durable and visible to searches at {@link #commit()}; a crash before it loses only the
 * uncommitted writes, never committed ones. Not thread-safe for writes: one ingest at a time.
 */
public interface Store extends AutoCloseable {

  /** What {@link #put} did with a document. */
  enum Outcome {
    /** New content, stored. */
    STORED,
    /** New content from a source that held other content before; the old version is gone. */
    REPLACED,
    /** The same content was already stored; this source was added to it. */
    DUPLICATE,
    /** The same content from the same source was already stored; nothing changed. */
    UNCHANGED
  }

  /** Stores a document, keyed by the hash of its clean text. */
  Outcome put(StoredDocument document) throws IOException;

  /**
   * Writes a stored document again with another record (corrected by an editor), its rows and facets with it;
   * durable at the next commit. The document must be stored.
   */
  void replace(StoredDocument document) throws IOException;

  /** Makes every write so far durable and searchable, atomically. */
  void commit() throws IOException;

  Optional<StoredDocument> get(String id) throws IOException;

  /** Matching documents, without facet counts. */
  default SearchResult search(SearchQuery query) throws IOException {
    return search(query, false);
  }

  /** Matching documents; with {@code facets}, also the counts of every dimension's values over all of them. */
  SearchResult search(SearchQuery query, boolean facets) throws IOException;

  /** One page of a table's rows that match a query's words (in the row's sentence) and filters. */
  TableResult table(RecordFacets.Table table, SearchQuery query) throws IOException;

  /** Counts of one dimension's values (or months) over the documents or a table's rows a query matches. */
  java.util.Map<String, Long> counts(RecordFacets.Table table, SearchQuery query, String dimension) throws IOException;

  /**
   * Counts over the documents (or, with a table, its rows) a query matches, by pairs of values of two
   * dimensions, each a {@link RecordFacets.Dim} parameter or {@code month}: first value → second → count.
   */
  java.util.Map<String, java.util.Map<String, Long>> pairs(RecordFacets.Table table, SearchQuery query, String first,
      String second) throws IOException;

  Stats stats() throws IOException;

  /** Stores or replaces one policy record (keyed by its id), durable at the next commit. */
  void putPolicy(PolicyRecord policy) throws IOException;

  /** Removes a policy record no article names any more, at the next commit. */
  void deletePolicy(String id) throws IOException;

  /** The policy record of this id, an uncommitted one included. */
  Optional<PolicyRecord> policy(String id) throws IOException;

  /** Every policy record, the uncommitted ones included. */
  List<PolicyRecord> policies() throws IOException;

  @Override
  void close() throws IOException;

  /** What a store holds. */
  record Stats(long documents, long sources, long policies, String earliest, String latest, long bytesOnDisk,
      List<YearCount> byYear) {
    public Stats {
      byYear = List.copyOf(byYear);
    }
  }

  /** Documents published in one year. */
  record YearCount(int year, long documents) {}
}
