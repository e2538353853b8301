package org.kechuangradar.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
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
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.kechuangradar.index.RecordFacets.Dim;
import org.kechuangradar.index.RecordFacets.Table;
import org.kechuangradar.model.PolicyRecord;
import org.kechuangradar.time.PartialDate;

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
  private static final String ORIGINAL = "original";
  private static final String ADDED = "added";
  private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

  private static final Sort BY_DAY = new Sort(new SortField(DAY, SortField.Type.LONG, true), SortField.FIELD_SCORE);
  private final Path directory;
  private volatile FacetState facetState;
  // Results are kept per index version, so a commit makes them stale at once.
  private final SearchCache cache;
  private final Directory dir;
  private final Analyzer analyzer = new CJKAnalyzer(CharArraySet.EMPTY_SET);
  private final IndexWriter writer;
  private final SearcherManager searchers;
  // Concurrent: the web server reads while an upload writes.
  private final Map<String, StoredDocument> pendingById = new java.util.concurrent.ConcurrentHashMap<>();
  private final Map<String, String> pendingIdBySource = new java.util.concurrent.ConcurrentHashMap<>();
  private final Map<String, PolicyRecord> pendingPolicies = java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>());
  private final java.util.Set<String> deletedPolicies = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
  // Policy records live in the same index, so that they commit atomically with the articles that name them.
  private static final String KIND = "kind";
  private static final Query POLICIES = new TermQuery(new Term(KIND, "policy"));
  // Table rows (a policy, an event, a person … of one document) are index entries of their own, kind=row.
  private static final Query NOT_ARTICLES = new TermInSetQuery(KIND, List.of(new BytesRef("policy"), new BytesRef("row")));
  private static final Query ARTICLES = new TermQuery(new Term(KIND, "article"));
  // Facets of articles, counted by Lucene's facet module over one doc-values field with global ordinals.
  private static final FacetsConfig FACETS = facetsConfig();
  // How many values of each dimension a search reports, the most frequent first; each costs a dictionary look-up.
  private static final int FACET_VALUES = 20;
  private static final String TABLE = "table";
  private static final String OF = "of";
  private static final String ROW_TEXT = "rowtext";
  private static final String ROW = "row";
  private static final String MONTH = "f_month";
  private static final int LEAD_LENGTH = 120;
  // What a hit shows (id, title, date, sources, lead) as doc values: reading it does not decompress the
  // stored block that holds the whole text and record.
  private static final String HIT = "hit";
  // Index format: 2 added facet values and table rows, 3 the lead, 4 kind=article, 5 Lucene's facet field, 6 hit
  // fields as doc values, 7 bodies counted apart from other organizations; an older index is rewritten.
  private static final String FORMAT_KEY = "format";
  private static final String FORMAT = "7";

  private LuceneStore(Path directory, int cachedSearches) throws IOException {
    this.directory = directory;
    this.cache = new SearchCache(cachedSearches);
    Files.createDirectories(directory);
    this.dir = FSDirectory.open(directory);
    IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        .setRAMBufferSizeMB(64);
    this.writer = new IndexWriter(dir, config);
    boolean fresh = !DirectoryReader.indexExists(dir);
    writer.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT).entrySet());
    if (fresh) {
      writer.commit();
    }
    this.searchers = new SearcherManager(DirectoryReader.open(dir), null);
    if (!fresh && !FORMAT.equals(committedFormat())) {
      rewriteArticles();
    }
  }

  private String committedFormat() throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      return ((DirectoryReader) searcher.getIndexReader()).getIndexCommit().getUserData().get(FORMAT_KEY);
    } finally {
      searchers.release(searcher);
    }
  }

  /** Writes every article again from its stored record, which adds what a newer format indexes. */
  private void rewriteArticles() throws IOException {
    List<StoredDocument> all = new ArrayList<>();
    IndexSearcher searcher = searchers.acquire();
    try {
      TopDocs top = searcher.search(new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST)
          .add(NOT_ARTICLES, Occur.MUST_NOT).build(), Math.max(1, searcher.getIndexReader().maxDoc()));
      StoredFields fields = searcher.storedFields();
      for (ScoreDoc sd : top.scoreDocs) {
        all.add(load(fields, sd.doc));
      }
    } finally {
      searchers.release(searcher);
    }
    org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(LuceneStore.class);
    log.info("rewriting {} articles of {} to index format {} …", all.size(), directory, FORMAT);
    int done = 0;
    for (StoredDocument d : all) {
      write(d);
      if (++done % 10_000 == 0) {
        log.info("  {} / {}", done, all.size());
      }
    }
    commit();
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
      writer.deleteDocuments(new Term(ID, old.get().id()), new Term(OF, old.get().id()));
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
    d.add(new org.apache.lucene.document.BinaryDocValuesField(HIT, new BytesRef(JSON.writeValueAsBytes(
        new HitFields(doc.id(), doc.title(), doc.published(), doc.sources(),
            doc.text().substring(0, Math.min(LEAD_LENGTH, doc.text().length())))))));
    LocalDate day = dayOf(doc.published());
    if (day != null) {
      d.add(new LongPoint(DAY, day.toEpochDay()));
      d.add(new NumericDocValuesField(DAY, day.toEpochDay()));
    }
    if (doc.published() != null) {
      d.add(new StoredField(PUBLISHED, doc.published()));
    }
    d.add(new StoredField(RECORD, doc.record()));
    if (doc.original() != null) {
      d.add(new StoredField(ORIGINAL, doc.original()));
    }
    long added = addedBefore(doc.id());
    d.add(new LongPoint(ADDED, added));
    d.add(new StoredField(ADDED, added));
    d.add(new StringField(KIND, "article", Field.Store.NO));
    RecordFacets facets = RecordFacets.of(doc);
    addValues(d, facets.values(), facets.month());
    Set<String> bodies = facets.values().get(Dim.BODY);
    facets.values().forEach((dim, values) -> values.forEach(v -> {
      // A body is counted under body only; org counts the other organizations, half the values to count.
      boolean counted = dim != Dim.ORG || !bodies.contains(v);
      if (counted && !v.isBlank() && v.indexOf(FacetsConfig.DELIM_CHAR) < 0) {
        d.add(new SortedSetDocValuesFacetField(dim.param, v));
      }
    }));
    writer.updateDocument(new Term(ID, doc.id()), FACETS.build(d));
    writer.deleteDocuments(new Term(OF, doc.id()));
    for (RecordFacets.Row row : facets.rows()) {
      writer.addDocument(rowDocument(doc, row));
    }
    pendingById.put(doc.id(), doc);
    for (String s : doc.sources()) {
      pendingIdBySource.put(s, doc.id());
    }
  }

  private static void addValues(org.apache.lucene.document.Document d, Map<Dim, java.util.Set<String>> values,
      String month) {
    for (Map.Entry<Dim, java.util.Set<String>> e : values.entrySet()) {
      for (String v : e.getValue()) {
        d.add(new StringField(e.getKey().field(), v, Field.Store.NO));
        d.add(new SortedSetDocValuesField(e.getKey().field(), new BytesRef(v)));
      }
    }
    if (month != null) {
      d.add(new SortedSetDocValuesField(MONTH, new BytesRef(month)));
    }
  }

  /**
   * When a document was first stored: kept when it is written again (a new source, an index rewrite), so that a
   * watch does not see it as new; now for a new one.
   */
  private long addedBefore(String id) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      TopDocs top = searcher.search(new TermQuery(new Term(ID, id)), 1);
      if (top.scoreDocs.length > 0) {
        var value = searcher.storedFields().document(top.scoreDocs[0].doc, Set.of(ADDED)).getField(ADDED);
        if (value != null && value.numericValue() != null) {
          return value.numericValue().longValue();
        }
      }
      return System.currentTimeMillis();
    } finally {
      searchers.release(searcher);
    }
  }

  private static org.apache.lucene.document.Document rowDocument(StoredDocument of, RecordFacets.Row row) {
    org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
    d.add(new StringField(KIND, "row", Field.Store.NO));
    d.add(new StringField(TABLE, row.table().name(), Field.Store.NO));
    d.add(new StringField(OF, of.id(), Field.Store.NO));
    for (String s : of.sources()) {
      d.add(new StringField(SOURCE, s, Field.Store.NO));
    }
    d.add(new TextField(ROW_TEXT, row.text(), Field.Store.NO));
    d.add(new StoredField(ROW, row.json()));
    LocalDate day = dayOf(row.date());
    if (day != null) {
      d.add(new LongPoint(DAY, day.toEpochDay()));
      d.add(new NumericDocValuesField(DAY, day.toEpochDay()));
    }
    PartialDate date = PartialDate.parse(row.date());
    addValues(d, row.values(), date == null ? null : date.yearMonth());
    return d;
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
        d.get(RECORD), d.get(ORIGINAL));
  }

  @Override
  public SearchResult search(SearchQuery q, boolean facets) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      long version = ((DirectoryReader) searcher.getIndexReader()).getVersion();
      SearchResult cached = cache.get(q, facets, version);
      if (cached != null) {
        return cached;
      }
      SearchResult result = searchIndex(searcher, q, facets);
      cache.put(q, facets, version, result);
      return result;
    } finally {
      searchers.release(searcher);
    }
  }

  private SearchResult searchIndex(IndexSearcher searcher, SearchQuery q, boolean facets) throws IOException {
    Query query = toLucene(q, null);
    TopDocs top;
    Map<String, Map<String, Long>> counts = Map.of();
    if (facets) {
      // One pass collects the top hits and the matching documents the facets are counted over.
      int wanted = q.offset() + q.limit();
      FacetsCollectorManager.FacetsResult r = q.sort() == SearchQuery.Sort.DATE
          ? FacetsCollectorManager.search(searcher, query, wanted, BY_DAY, new FacetsCollectorManager())
          : FacetsCollectorManager.search(searcher, query, wanted, new FacetsCollectorManager());
      top = r.topDocs();
      counts = facetCounts(searcher, r.facetsCollector());
    } else {
      top = top(searcher, query, q);
    }
    ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, Math.min(q.offset(), top.scoreDocs.length),
        top.scoreDocs.length);
    // Filters alone match no words, so there is nothing to highlight: the snippet is the article's lead.
    String[] snippets = q.text().isBlank() ? new String[page.length] : snippets(searcher, query, page);
    List<SearchResult.Hit> hits = new ArrayList<>();
    List<org.apache.lucene.index.LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    for (int i = 0; i < page.length; i++) {
      HitFields h = hitFields(leaves, page[i].doc);
      String snippet = snippets[i] != null ? snippets[i] : h.lead();
      hits.add(new SearchResult.Hit(h.id(), h.title(), h.published(), h.sources(), snippet.replace('\n', ' '),
          Float.isNaN(page[i].score) ? 0 : page[i].score));
    }
    return new SearchResult(top.totalHits.value(), hits, counts);
  }

  private Map<String, Map<String, Long>> facetCounts(IndexSearcher searcher, FacetsCollector matching)
      throws IOException {
    Map<String, Map<String, Long>> counts = new java.util.LinkedHashMap<>();
    SortedSetDocValuesReaderState state = facetState(searcher.getIndexReader());
    Facets facets = state == null ? null : new SortedSetDocValuesFacetCounts(state, matching);
    Set<String> indexed = new java.util.HashSet<>();
    if (state != null) {
      state.getDims().forEach(indexed::add);
    }
    for (Dim d : Dim.values()) {
      Map<String, Long> values = new java.util.LinkedHashMap<>();
      FacetResult r = indexed.contains(d.param) ? facets.getTopChildren(FACET_VALUES, d.param) : null;
      if (r != null) {
        for (LabelAndValue lv : r.labelValues) {
          values.put(lv.label, lv.value.longValue());
        }
      }
      counts.put(d.param, values);
    }
    return counts;
  }

  /** The facet module's ordinal map of a reader, built once per reader; null when no article has facets. */
  private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
    FacetState current = facetState;
    if (current != null && current.reader() == reader) {
      return current.state();
    }
    synchronized (this) {
      if (facetState == null || facetState.reader() != reader) {
        SortedSetDocValuesReaderState state = null;
        try {
          state = new DefaultSortedSetDocValuesReaderState(reader, FACETS);
        } catch (IllegalArgumentException e) {
          // No document of this reader has a facet value yet.
        }
        facetState = new FacetState(reader, state);
      }
      return facetState.state();
    }
  }

  private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {}

  private static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    for (Dim d : Dim.values()) {
      config.setMultiValued(d.param, true);
    }
    return config;
  }

  /** The first hits and the exact number of matches (Lucene counts only the first thousand unless told). */
  private static TopDocs top(IndexSearcher searcher, Query query, SearchQuery q) throws IOException {
    int wanted = q.offset() + q.limit();
    if (q.sort() == SearchQuery.Sort.DATE) {
      return searcher.search(query, new TopFieldCollectorManager(BY_DAY, wanted, Integer.MAX_VALUE));
    }
    return searcher.search(query, new TopScoreDocCollectorManager(wanted, Integer.MAX_VALUE));
  }

  @Override
  public TableResult table(Table table, SearchQuery q) throws IOException {
    Query query = toLucene(q, table);
    IndexSearcher searcher = searchers.acquire();
    try {
      TopDocs top = top(searcher, query, q);
      StoredFields fields = searcher.storedFields();
      List<String> rows = new ArrayList<>();
      for (int i = q.offset(); i < top.scoreDocs.length; i++) {
        rows.add(fields.document(top.scoreDocs[i].doc, Set.of(ROW)).get(ROW));
      }
      return new TableResult(top.totalHits.value(), rows);
    } finally {
      searchers.release(searcher);
    }
  }

  @Override
  public Map<String, Map<String, Long>> pairs(Table table, SearchQuery q, String first, String second)
      throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      return searcher.search(toLucene(q, table), ValueCounts.pairs(valueField(first), valueField(second)));
    } finally {
      searchers.release(searcher);
    }
  }

  @Override
  public Map<String, Long> counts(Table table, SearchQuery q, String dimension) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      return searcher.search(toLucene(q, table), ValueCounts.each(List.of(valueField(dimension))))
          .getOrDefault(valueField(dimension), Map.of());
    } finally {
      searchers.release(searcher);
    }
  }

  private static String valueField(String dimOrMonth) {
    if (dimOrMonth.equals("month")) {
      return MONTH;
    }
    for (Dim d : Dim.values()) {
      if (d.param.equals(dimOrMonth)) {
        return d.field();
      }
    }
    throw new IllegalArgumentException("no such dimension: " + dimOrMonth);
  }

  private String[] snippets(IndexSearcher searcher, Query query, ScoreDoc[] page) throws IOException {
    if (page.length == 0) {
      return new String[0];
    }
    UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new DefaultPassageFormatter(String.valueOf(SearchResult.MATCH_START),
        String.valueOf(SearchResult.MATCH_END), "…", false)).withMaxLength(1_000_000).build();
    TopDocs pageDocs = new TopDocs(null, page);
    return highlighter.highlight(TEXT, query, pageDocs, 2);
  }

  /** What a hit shows of an article; {@code lead} is the start of its text. */
  private record HitFields(String id, String title, String published, List<String> sources, String lead) {}

  private static HitFields hitFields(List<org.apache.lucene.index.LeafReaderContext> leaves, int doc)
      throws IOException {
    var leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves));
    var values = org.apache.lucene.index.DocValues.getBinary(leaf.reader(), HIT);
    if (!values.advanceExact(doc - leaf.docBase)) {
      throw new IOException("article without hit fields (index written by an older version): " + doc);
    }
    BytesRef b = values.binaryValue();
    return JSON.readValue(b.bytes, b.offset, b.length, HitFields.class);
  }

  /** The Lucene query for articles (table null) or for one table's rows. */
  private Query toLucene(SearchQuery q, Table table) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    QueryBuilder builder = new QueryBuilder(analyzer);
    boolean anyTerm = false;
    for (String word : q.text().strip().split("\\s+")) {
      if (word.isEmpty()) {
        continue;
      }
      Query inText = builder.createPhraseQuery(table == null ? TEXT : ROW_TEXT, word);
      Query inTitle = table == null ? builder.createPhraseQuery(TITLE, word) : null;
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
    if (table == null) {
      all.add(ARTICLES, Occur.FILTER);
    } else {
      all.add(new TermQuery(new Term(TABLE, table.name())), Occur.FILTER);
    }
    q.filters().forEach((dim, value) -> all.add(new TermQuery(new Term(dim.field(), value)), Occur.FILTER));
    if (q.from() != null || q.to() != null) {
      long lo = q.from() == null ? Long.MIN_VALUE : q.from().toEpochDay();
      long hi = q.to() == null ? Long.MAX_VALUE : q.to().toEpochDay();
      all.add(LongPoint.newRangeQuery(DAY, lo, hi), Occur.FILTER);
    }
    if (q.addedAfter() > 0) {
      all.add(LongPoint.newRangeQuery(ADDED, q.addedAfter() + 1, Long.MAX_VALUE), Occur.FILTER);
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
      Query articles = ARTICLES;
      int count = searcher.count(articles);
      ScoreDoc[] all = searcher.search(articles, new TopScoreDocCollectorManager(Math.max(1, count), Integer.MAX_VALUE))
          .scoreDocs;
      // In index order, so that the stored-field reader decompresses each block once.
      int[] ids = Arrays.stream(all).mapToInt(sd -> sd.doc).sorted().toArray();
      StoredFields fields = searcher.storedFields();
      for (int id : ids) {
        org.apache.lucene.document.Document d = fields.document(id, Set.of(SOURCE, PUBLISHED));
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
      return new Stats(count, sources, searcher.count(POLICIES), earliest, latest, sizeOnDisk(), years);
    } finally {
      searchers.release(searcher);
    }
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
    PartialDate d = PartialDate.parse(published);
    return d == null || d.yearMonth() == null ? null : d.first();
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
