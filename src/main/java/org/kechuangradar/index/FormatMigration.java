package org.kechuangradar.index;

import static org.kechuangradar.index.IndexSchema.FORMAT;
import static org.kechuangradar.index.IndexSchema.FORMAT_KEY;
import static org.kechuangradar.index.IndexSchema.NOT_ARTICLES;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings an index written by an older version up to {@link IndexSchema#FORMAT}: every article is written again
 * from its stored record, which adds what the newer format indexes.
 */
final class FormatMigration {
  private static final Logger LOG = LoggerFactory.getLogger(FormatMigration.class);

  private FormatMigration() {}

  /** Rewrites the articles when the last commit was made in another format; does nothing otherwise. */
  static void migrate(SearcherManager searchers, StoreWriter writer, Path directory) throws IOException {
    if (FORMAT.equals(committedFormat(searchers))) {
      return;
    }
    List<StoredDocument> all = new ArrayList<>();
    IndexSearcher searcher = searchers.acquire();
    try {
      TopDocs top = searcher.search(new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST)
          .add(NOT_ARTICLES, Occur.MUST_NOT).build(), Math.max(1, searcher.getIndexReader().maxDoc()));
      StoredFields fields = searcher.storedFields();
      for (ScoreDoc sd : top.scoreDocs) {
        all.add(IndexSchema.load(fields, sd.doc));
      }
    } finally {
      searchers.release(searcher);
    }
    LOG.info("rewriting {} articles of {} to index format {} …", all.size(), directory, FORMAT);
    int done = 0;
    for (StoredDocument d : all) {
      writer.write(d);
      if (++done % 10_000 == 0) {
        LOG.info("  {} / {}", done, all.size());
      }
    }
    writer.commit();
  }

  /** The index format of the last commit a manager's reader sees. */
  static String committedFormat(SearcherManager searchers) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      return ((DirectoryReader) searcher.getIndexReader()).getIndexCommit().getUserData().get(FORMAT_KEY);
    } finally {
      searchers.release(searcher);
    }
  }
}
