package org.kechuangradar.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.kechuangradar.index.RecordFacets.Table;
import org.kechuangradar.model.PolicyRecord;

/**
 * The embedded store: a Lucene index in a data directory. Title and text are indexed as CJK bigrams (so any
 * run of Chinese characters can be found as a phrase), the publication date as a point and a sort key, the
 * sources as exact strings, and the extraction record is kept as stored JSON ({@link IndexSchema}). Writing is
 * {@link StoreWriter}'s, reading {@link StoreSearcher}'s, and an older index is brought up to date on opening
 * by {@link FormatMigration}.
 *
 * <p>Lucene commits are atomic: a process killed mid-ingest leaves the index as of its last commit.
 */
public final class LuceneStore implements Store {
  private final Directory dir;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final StoreWriter writes;
  private final StoreSearcher reads;

  private LuceneStore(Path directory, int cachedSearches) throws IOException {
    Files.createDirectories(directory);
    this.dir = FSDirectory.open(directory);
    // Bigrams for every run of CJK characters and no stop words: a phrase of any two characters is findable.
    Analyzer analyzer = new CJKAnalyzer(CharArraySet.EMPTY_SET);
    this.writer = new IndexWriter(dir, new IndexWriterConfig(analyzer)
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND).setRAMBufferSizeMB(64));
    boolean fresh = !DirectoryReader.indexExists(dir);
    writer.setLiveCommitData(Map.of(IndexSchema.FORMAT_KEY, IndexSchema.FORMAT).entrySet());
    if (fresh) {
      writer.commit();
    }
    this.searchers = new SearcherManager(DirectoryReader.open(dir), null);
    this.writes = new StoreWriter(writer, searchers);
    this.reads = new StoreSearcher(searchers, analyzer, new SearchCache(cachedSearches), directory);
    if (!fresh) {
      FormatMigration.migrate(searchers, writes, directory);
    }
  }

  /** Opens (or creates) the store in a data directory; fails if another process holds it open for writing. */
  public static LuceneStore open(Path directory) throws IOException {
    return open(directory, SearchCache.DEFAULT_ENTRIES);
  }

  /** As {@link #open(Path)}, keeping the results of up to {@code cachedSearches} searches (0: none). */
  public static LuceneStore open(Path directory, int cachedSearches) throws IOException {
    return new LuceneStore(directory.resolve("index"), cachedSearches);
  }

  @Override
  public Outcome put(StoredDocument doc) throws IOException {
    return writes.put(doc);
  }

  @Override
  public void commit() throws IOException {
    writes.commit();
  }

  @Override
  public void putPolicy(PolicyRecord policy) throws IOException {
    writes.putPolicy(policy);
  }

  @Override
  public void deletePolicy(String id) throws IOException {
    writes.deletePolicy(id);
  }

  @Override
  public List<PolicyRecord> policies() throws IOException {
    return writes.policies();
  }

  @Override
  public Optional<StoredDocument> get(String id) throws IOException {
    return writes.get(id);
  }

  @Override
  public SearchResult search(SearchQuery q, boolean facets) throws IOException {
    return reads.search(q, facets);
  }

  @Override
  public TableResult table(Table table, SearchQuery q) throws IOException {
    return reads.table(table, q);
  }

  @Override
  public Map<String, Map<String, Long>> pairs(Table table, SearchQuery q, String first, String second)
      throws IOException {
    return reads.pairs(table, q, first, second);
  }

  @Override
  public Map<String, Long> counts(Table table, SearchQuery q, String dimension) throws IOException {
    return reads.counts(table, q, dimension);
  }

  @Override
  public Stats stats() throws IOException {
    return reads.stats();
  }

  @Override
  public void close() throws IOException {
    try {
      searchers.close();
    } finally {
      writer.close();
      dir.close();
    }
  }
}
