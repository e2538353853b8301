package org.kechuangradar.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.kechuangradar.index.RecordFacets.Table;
import org.kechuangradar.model.PolicyRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
  private static final Logger LOG = LoggerFactory.getLogger(LuceneStore.class);
  // How often a read-only store looks for another process's commits.
  private static final long REFRESH_SECONDS = 2;

  private final Directory dir;
  private final Optional<IndexWriter> writer;
  private final SearcherManager searchers;
  private final Optional<StoreWriter> writes;
  private final StoreSearcher reads;
  private final Optional<ScheduledExecutorService> refresher;

  private LuceneStore(Path directory, int cachedSearches, boolean readOnly) throws IOException {
    // Bigrams for every run of CJK characters and no stop words: a phrase of any two characters is findable.
    Analyzer analyzer = new CJKAnalyzer(CharArraySet.EMPTY_SET);
    boolean fresh = !readOnly && !holdsFiles(directory);
    if (!fresh) {
      check(directory, readOnly);
    }
    Files.createDirectories(directory);
    this.dir = FSDirectory.open(directory);
    try {
      if (readOnly) {
        this.writer = Optional.empty();
        this.searchers = new SearcherManager(open(dir, directory), FacetedSearcher.FACTORY);
      } else {
        IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer).setOpenMode(fresh
            ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND).setRAMBufferSizeMB(64));
        w.setLiveCommitData(Map.of(IndexSchema.FORMAT_KEY, IndexSchema.FORMAT).entrySet());
        if (fresh) {
          w.commit();
        }
        this.writer = Optional.of(w);
        this.searchers = new SearcherManager(DirectoryReader.open(dir), FacetedSearcher.FACTORY);
      }
    } catch (IOException | RuntimeException e) {
      dir.close();
      throw e;
    }
    this.reads = new StoreSearcher(searchers, analyzer, new SearchCache(cachedSearches), directory);
    this.writes = writer.map(w -> new StoreWriter(w, searchers, reads));
    if (readOnly) {
      String format = FormatMigration.committedFormat(searchers);
      if (!IndexSchema.FORMAT.equals(format)) {
        release();
        throw new StoreException(directory + " was written in index format " + format + "; this version reads "
            + IndexSchema.FORMAT + ". Open it once with a command that writes (radar ingest) to bring it up to date");
      }
      ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon()
          .name("store-refresh").factory());
      timer.scheduleWithFixedDelay(this::refreshQuietly, REFRESH_SECONDS, REFRESH_SECONDS, TimeUnit.SECONDS);
      this.refresher = Optional.of(timer);
    } else {
      this.refresher = Optional.empty();
      if (!fresh) {
        FormatMigration.migrate(searchers, writes.get(), directory);
      }
    }
  }

  /** Opens (or creates) the store in a data directory; fails if another process holds it open for writing. */
  public static LuceneStore open(Path directory) throws IOException {
    return open(directory, SearchCache.DEFAULT_ENTRIES);
  }

  /** As {@link #open(Path)}, keeping the results of up to {@code cachedSearches} searches (0: none). */
  public static LuceneStore open(Path directory, int cachedSearches) throws IOException {
    return new LuceneStore(directory.resolve("index"), cachedSearches, false);
  }

  /**
   * Opens an existing store for reading only: it writes nothing, not even a lock, so it works beside another
   * process that writes, and sees that process's commits within seconds. Fails with a {@link StoreException}
   * when there is no store or it is damaged, leaving every file as it was.
   */
  public static LuceneStore openReadOnly(Path directory) throws IOException {
    return new LuceneStore(directory.resolve("index"), SearchCache.DEFAULT_ENTRIES, true);
  }

  /** Whether a store is open for reading only. */
  public boolean readOnly() {
    return writes.isEmpty();
  }

  private static boolean holdsFiles(Path directory) throws IOException {
    if (!Files.isDirectory(directory)) {
      return false;
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files.anyMatch(f -> !f.getFileName().toString().equals(IndexWriter.WRITE_LOCK_NAME));
    }
  }

  /**
   * Says in one line why an index cannot be opened, before anything opens it: a writer opened over an index
   * without a commit point would start an empty one and delete the files it does not know.
   */
  private static void check(Path directory, boolean readOnly) throws IOException {
    Path data = directory.getParent();
    if (!Files.isDirectory(directory)) {
      throw new StoreException("no store in " + data + " (ingest articles first: radar ingest --data " + data
          + " FILES…)");
    }
    try (Directory d = FSDirectory.open(directory)) {
      if (!DirectoryReader.indexExists(d)) {
        throw new StoreException(holdsFiles(directory) ? "the index in " + directory + " has no commit point "
            + "(segments_N is missing or unreadable); it was left as it is; radar check --data " + data
            + " says more" : "no store in " + data + " (ingest articles first: radar ingest --data " + data + " FILES…)");
      }
      if (!readOnly) {
        // Every segment is opened once, so a missing or truncated file stops here and not inside the writer.
        open(d, directory).close();
      }
    }
  }

  private static DirectoryReader open(Directory d, Path directory) throws IOException {
    try {
      return DirectoryReader.open(d);
    } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException | NoSuchFileException
        | java.io.FileNotFoundException | java.io.EOFException e) {
      throw new StoreException("the index in " + directory + " is damaged (" + StoreException.oneLine(e)
          + "); it was left as it is; radar check --data " + directory.getParent() + " says more", e);
    }
  }


  private void refreshQuietly() {
    try {
      searchers.maybeRefresh();
    } catch (IOException | RuntimeException e) {
      LOG.warn("could not read the store's latest commit: {}", e.toString());
    }
  }

  private StoreWriter writes() {
    return writes.orElseThrow(() -> new IllegalStateException("the store was opened read-only"));
  }

  @Override
  public Outcome put(StoredDocument doc) throws IOException {
    return writes().put(doc);
  }

  @Override
  public void replace(StoredDocument doc) throws IOException {
    writes().replace(doc);
  }

  @Override
  public void commit() throws IOException {
    writes().commit();
  }

  @Override
  public void putPolicy(PolicyRecord policy) throws IOException {
    writes().putPolicy(policy);
  }

  @Override
  public void deletePolicy(String id) throws IOException {
    writes().deletePolicy(id);
  }

  @Override
  public Optional<PolicyRecord> policy(String id) throws IOException {
    return writes.isPresent() ? writes.get().policy(id) : reads.policy(id);
  }

  @Override
  public List<PolicyRecord> policies() throws IOException {
    return writes.isPresent() ? writes.get().policies() : reads.policies();
  }

  @Override
  public Optional<StoredDocument> get(String id) throws IOException {
    return writes.isPresent() ? writes.get().get(id)
        : reads.first(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(IndexSchema.ID, id)));
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
    refresher.ifPresent(ScheduledExecutorService::shutdownNow);
    release();
  }

  /** Closes the searchers, the writer and the directory: on close, or when opening finds the store unreadable. */
  private void release() throws IOException {
    try {
      searchers.close();
    } finally {
      try {
        if (writer.isPresent()) {
          writer.get().close();
        }
      } finally {
        dir.close();
      }
    }
  }
}
