package org.kechuangradar.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kechuangradar.model.PolicyRecord;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.Arrays;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * The embedded store: a Lucene index in a data directory. Title and text are indexed as CJK bigrams (so any
 * run of Chinese characters can be found as a phrase), the publication date as a point and a sort key, the
 * sources as exact strings, and the extraction record is kept as stored JSON.
 *
 * <p>Lucene commits are atomic: a process killed mid-ingest leaves the index as of its last commit. Writes
 * not yet committed are looked up in memory so that duplicates within one batch are recognised.
 */
public final class LuceneStore implements Store {
  private static final String ID = "id";
  private static final String SOURCE = "source";
  private static final String TITLE = "title";
  private static final String TEXT = "text";
  private static final String DAY = "day";
  private static final String PUBLISHED = "published";
  private static final String RECORD = "record";
  private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

  private final Path directory;
  private final Directory dir;
  private final Analyzer analyzer = new CJKAnalyzer(CharArraySet.EMPTY_SET);
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final Map<String, StoredDocument> pendingById = new HashMap<>();
  private final Map<String, String> pendingIdBySource = new HashMap<>();
  private final Map<String, PolicyRecord> pendingPolicies = new java.util.LinkedHashMap<>();
  private final java.util.Set<String> deletedPolicies = new java.util.HashSet<>();
  private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
  // Policy records live in the same index, so that they commit atomically with the articles that name them.
  private static final String KIND = "kind";
  private static final Query POLICIES = new TermQuery(new Term(KIND, "policy"));

  private LuceneStore(Path directory) throws IOException {
    this.directory = directory;
    Files.createDirectories(directory);
    this.dir = FSDirectory.open(directory);
    IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        .setRAMBufferSizeMB(64);
    this.writer = new IndexWriter(dir, config);
    if (!DirectoryReader.indexExists(dir)) {
      writer.commit();
    }
    this.searchers = new SearcherManager(DirectoryReader.open(dir), null);
  }

  /** Opens (or creates) the store in a data directory; fails if another process holds it open for writing. */
  public static LuceneStore open(Path directory) throws IOException {
    return new LuceneStore(directory.resolve("index"));
  }

  @Override
  public Outcome put(StoredDocument doc) throws IOException {
    String source = doc.sources().get(0);
    Optional<StoredDocument> same = get(doc.id());
    if (same.isPresent()) {
      if (same.get().sources().contains(source)) {
        return Outcome.UNCHANGED;
      }
      List<String> sources = new ArrayList<>(same.get().sources());
      sources.add(source);
      write(same.get().withSources(sources));
      forgetSourceElsewhere(source, doc.id());
      return Outcome.DUPLICATE;
    }
    boolean replaced = forgetSourceElsewhere(source, doc.id());
    write(doc);
    return replaced ? Outcome.REPLACED : Outcome.STORED;
  }

  /** Removes a source from the document that held it before; deletes that document when no source is left. */
  private boolean forgetSourceElsewhere(String source, String keepId) throws IOException {
    String oldId = pendingIdBySource.get(source);
    Optional<StoredDocument> old = oldId != null ? get(oldId) : findBySource(source);
    if (old.isEmpty() || old.get().id().equals(keepId)) {
      return false;
    }
    List<String> rest = new ArrayList<>(old.get().sources());
    rest.remove(source);
    if (rest.isEmpty()) {
      writer.deleteDocuments(new Term(ID, old.get().id()));
      pendingById.remove(old.get().id());
    } else {
      write(old.get().withSources(rest));
    }
    return true;
  }

  private void write(StoredDocument doc) throws IOException {
    org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
    d.add(new StringField(ID, doc.id(), Field.Store.YES));
    for (String s : doc.sources()) {
      d.add(new StringField(SOURCE, s, Field.Store.YES));
    }
    if (doc.title() != null) {
      d.add(new TextField(TITLE, doc.title(), Field.Store.YES));
    }
    d.add(new Field(TEXT, doc.text(), TEXT_WITH_OFFSETS));
    LocalDate day = dayOf(doc.published());
    if (day != null) {
      d.add(new LongPoint(DAY, day.toEpochDay()));
      d.add(new NumericDocValuesField(DAY, day.toEpochDay()));
    }
    if (doc.published() != null) {
      d.add(new StoredField(PUBLISHED, doc.published()));
    }
    d.add(new StoredField(RECORD, doc.record()));
    writer.updateDocument(new Term(ID, doc.id()), d);
    pendingById.put(doc.id(), doc);
    for (String s : doc.sources()) {
      pendingIdBySource.put(s, doc.id());
    }
  }

  @Override
  public void commit() throws IOException {
    writer.commit();
    searchers.maybeRefreshBlocking();
    pendingById.clear();
    pendingIdBySource.clear();
    pendingPolicies.clear();
    deletedPolicies.clear();
  }

  @Override
  public void putPolicy(PolicyRecord policy) throws IOException {
    org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
    d.add(new StringField(ID, policy.id(), Field.Store.YES));
    d.add(new StringField(KIND, "policy", Field.Store.NO));
    d.add(new TextField(TITLE, policy.title(), Field.Store.YES));
    d.add(new StoredField(RECORD, JSON.writeValueAsString(policy)));
    writer.updateDocument(new Term(ID, policy.id()), d);
    pendingPolicies.put(policy.id(), policy);
    deletedPolicies.remove(policy.id());
  }

  @Override
  public void deletePolicy(String id) throws IOException {
    writer.deleteDocuments(new Term(ID, id));
    pendingPolicies.remove(id);
    deletedPolicies.add(id);
  }

  @Override
  public List<PolicyRecord> policies() throws IOException {
    Map<String, PolicyRecord> all = new java.util.LinkedHashMap<>();
    IndexSearcher searcher = searchers.acquire();
    try {
      TopDocs top = searcher.search(POLICIES, Math.max(1, searcher.getIndexReader().maxDoc()));
      StoredFields fields = searcher.storedFields();
      for (ScoreDoc sd : top.scoreDocs) {
        PolicyRecord r = JSON.readValue(fields.document(sd.doc).get(RECORD), PolicyRecord.class);
        all.put(r.id(), r);
      }
    } finally {
      searchers.release(searcher);
    }
    all.putAll(pendingPolicies);
    all.keySet().removeAll(deletedPolicies);
    return List.copyOf(all.values());
  }

  @Override
  public Optional<StoredDocument> get(String id) throws IOException {
    StoredDocument pending = pendingById.get(id);
    if (pending != null) {
      return Optional.of(pending);
    }
    return first(new TermQuery(new Term(ID, id)));
  }

  private Optional<StoredDocument> findBySource(String source) throws IOException {
    return first(new TermQuery(new Term(SOURCE, source)));
  }

  private Optional<StoredDocument> first(Query query) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      TopDocs top = searcher.search(query, 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      StoredDocument doc = load(searcher.storedFields(), top.scoreDocs[0].doc);
      // A document deleted or rewritten since the last commit is only current in memory.
      return pendingById.containsKey(doc.id()) ? Optional.of(pendingById.get(doc.id())) : Optional.of(doc);
    } finally {
      searchers.release(searcher);
    }
  }

  private static StoredDocument load(StoredFields fields, int docId) throws IOException {
    org.apache.lucene.document.Document d = fields.document(docId);
    return new StoredDocument(d.get(ID), List.of(d.getValues(SOURCE)), d.get(TITLE), d.get(PUBLISHED), d.get(TEXT),
        d.get(RECORD));
  }

  @Override
  public SearchResult search(SearchQuery q) throws IOException {
    Query query = toLucene(q);
    IndexSearcher searcher = searchers.acquire();
    try {
      int wanted = q.offset() + q.limit();
      TopDocs top = q.sort() == SearchQuery.Sort.DATE
          ? searcher.search(query, wanted, new Sort(new SortField(DAY, SortField.Type.LONG, true), SortField.FIELD_SCORE), true)
          : searcher.search(query, wanted);
      ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, Math.min(q.offset(), top.scoreDocs.length),
          top.scoreDocs.length);
      String[] snippets = snippets(searcher, query, page);
      List<SearchResult.Hit> hits = new ArrayList<>();
      StoredFields fields = searcher.storedFields();
      for (int i = 0; i < page.length; i++) {
        StoredDocument d = load(fields, page[i].doc);
        String snippet = snippets[i] != null ? snippets[i] : d.text().substring(0, Math.min(120, d.text().length()));
        hits.add(new SearchResult.Hit(d.id(), d.title(), d.published(), d.sources(), snippet.replace('\n', ' '),
            Float.isNaN(page[i].score) ? 0 : page[i].score));
      }
      return new SearchResult(top.totalHits.value(), hits);
    } finally {
      searchers.release(searcher);
    }
  }

  private String[] snippets(IndexSearcher searcher, Query query, ScoreDoc[] page) throws IOException {
    if (page.length == 0) {
      return new String[0];
    }
    UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new DefaultPassageFormatter("【", "】", "…", false)).withMaxLength(1_000_000).build();
    TopDocs pageDocs = new TopDocs(null, page);
    return highlighter.highlight(TEXT, query, pageDocs, 2);
  }

  private Query toLucene(SearchQuery q) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    QueryBuilder builder = new QueryBuilder(analyzer);
    boolean anyTerm = false;
    for (String word : q.text().strip().split("\\s+")) {
      if (word.isEmpty()) {
        continue;
      }
      Query inText = builder.createPhraseQuery(TEXT, word);
      Query inTitle = builder.createPhraseQuery(TITLE, word);
      if (inText == null) {
        continue;
      }
      BooleanQuery.Builder either = new BooleanQuery.Builder().add(inText, Occur.SHOULD);
      if (inTitle != null) {
        either.add(new BoostQuery(inTitle, 2f), Occur.SHOULD);
      }
      all.add(either.build(), Occur.MUST);
      anyTerm = true;
    }
    if (!anyTerm) {
      all.add(new MatchAllDocsQuery(), Occur.MUST);
    }
    all.add(POLICIES, Occur.MUST_NOT);
    if (q.from() != null || q.to() != null) {
      long lo = q.from() == null ? Long.MIN_VALUE : q.from().toEpochDay();
      long hi = q.to() == null ? Long.MAX_VALUE : q.to().toEpochDay();
      all.add(LongPoint.newRangeQuery(DAY, lo, hi), Occur.FILTER);
    }
    if (q.source() != null && !q.source().isBlank()) {
      all.add(new PrefixQuery(new Term(SOURCE, q.source())), Occur.FILTER);
    }
    return all.build();
  }

  @Override
  public Stats stats() throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      long sources = 0;
      String earliest = null;
      String latest = null;
      TreeMap<Integer, Long> byYear = new TreeMap<>();
      long policies = 0;
      StoredFields fields = searcher.storedFields();
      DirectoryReader reader = (DirectoryReader) searcher.getIndexReader();
      for (int i = 0; i < reader.maxDoc(); i++) {
        if (!isLive(reader, i)) {
          continue;
        }
        org.apache.lucene.document.Document d = fields.document(i, Set.of(SOURCE, PUBLISHED));
        if (d.getValues(SOURCE).length == 0) {
          policies++;
          continue;
        }
        sources += d.getValues(SOURCE).length;
        String p = d.get(PUBLISHED);
        if (p != null) {
          earliest = earliest == null || p.compareTo(earliest) < 0 ? p : earliest;
          latest = latest == null || p.compareTo(latest) > 0 ? p : latest;
          LocalDate day = dayOf(p);
          if (day != null) {
            byYear.merge(day.getYear(), 1L, Long::sum);
          }
        }
      }
      List<YearCount> years = byYear.entrySet().stream().map(e -> new YearCount(e.getKey(), e.getValue())).toList();
      return new Stats(reader.numDocs() - policies, sources, policies, earliest, latest, sizeOnDisk(), years);
    } finally {
      searchers.release(searcher);
    }
  }

  private static boolean isLive(DirectoryReader reader, int docId) {
    for (var leaf : reader.leaves()) {
      int local = docId - leaf.docBase;
      if (local >= 0 && local < leaf.reader().maxDoc()) {
        var live = leaf.reader().getLiveDocs();
        return live == null || live.get(local);
      }
    }
    return false;
  }

  private long sizeOnDisk() throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.mapToLong(p -> {
        try {
          return Files.size(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).sum();
    }
  }

  /** The calendar day of an ISO date or date-time ({@code 2024-03}, {@code 2024-03-07T10:00}), or null. */
  static LocalDate dayOf(String published) {
    if (published == null || published.length() < 7) {
      return null;
    }
    try {
      String date = published.length() >= 10 ? published.substring(0, 10) : published.substring(0, 7) + "-01";
      return LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      return null;
    }
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

  private static FieldType textWithOffsets() {
    FieldType t = new FieldType(TextField.TYPE_STORED);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    return t;
  }
}
