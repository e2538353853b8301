package org.kechuangradar.index;

import static org.kechuangradar.index.IndexSchema.ADDED;
import static org.kechuangradar.index.IndexSchema.ARTICLES;
import static org.kechuangradar.index.IndexSchema.BY_DAY;
import static org.kechuangradar.index.IndexSchema.JSON;
import static org.kechuangradar.index.IndexSchema.POLICIES;
import static org.kechuangradar.index.IndexSchema.PUBLISHED;
import static org.kechuangradar.index.IndexSchema.RECORD;
import static org.kechuangradar.index.IndexSchema.ROW;
import static org.kechuangradar.index.IndexSchema.ROW_TEXT;
import static org.kechuangradar.index.IndexSchema.SOURCE;
import static org.kechuangradar.index.IndexSchema.SPAN;
import static org.kechuangradar.index.IndexSchema.TABLE;
import static org.kechuangradar.index.IndexSchema.TEXT;
import static org.kechuangradar.index.IndexSchema.TITLE;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
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
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.QueryBuilder;
import org.kechuangradar.index.IndexSchema.HitFields;
import org.kechuangradar.index.RecordFacets.Dim;
import org.kechuangradar.index.RecordFacets.Table;
import org.kechuangradar.index.Store.Stats;
import org.kechuangradar.index.Store.YearCount;
import org.kechuangradar.model.PolicyRecord;

/** The read side of the embedded store: searches with snippets and facet counts, table rows, counts and stats. */
final class StoreSearcher {
  // How many values of each dimension a search reports, the most frequent first; each costs a dictionary look-up.
  private static final int FACET_VALUES = 20;

  private final SearcherManager searchers;
  private final Analyzer analyzer;
  // Results are kept per index version, so a commit makes them stale at once.
  private final SearchCache cache;
  private final Path directory;

  StoreSearcher(SearcherManager searchers, Analyzer analyzer, SearchCache cache, Path directory) {
    this.searchers = searchers;
    this.analyzer = analyzer;
    this.cache = cache;
    this.directory = directory;
  }

  SearchResult search(SearchQuery q, boolean facets) throws IOException {
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

  /** The first committed document a query matches. */
  Optional<StoredDocument> first(Query query) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      TopDocs top = searcher.search(query, 1);
      return top.scoreDocs.length == 0 ? Optional.empty()
          : Optional.of(IndexSchema.load(searcher.storedFields(), top.scoreDocs[0].doc));
    } finally {
      searchers.release(searcher);
    }
  }

  /** The committed policy record of this id. */
  Optional<PolicyRecord> policy(String id) throws IOException {
    Query query = new BooleanQuery.Builder().add(new TermQuery(new Term(IndexSchema.ID, id)), Occur.FILTER)
        .add(POLICIES, Occur.FILTER).build();
    IndexSearcher searcher = searchers.acquire();
    try {
      TopDocs top = searcher.search(query, 1);
      return top.scoreDocs.length == 0 ? Optional.empty() : Optional.of(JSON.readValue(
          searcher.storedFields().document(top.scoreDocs[0].doc, Set.of(RECORD)).get(RECORD), PolicyRecord.class));
    } finally {
      searchers.release(searcher);
    }
  }

  /** Every committed policy record. */
  List<PolicyRecord> policies() throws IOException {
    List<PolicyRecord> all = new ArrayList<>();
    IndexSearcher searcher = searchers.acquire();
    try {
      TopDocs top = searcher.search(POLICIES, Math.max(1, searcher.getIndexReader().maxDoc()));
      StoredFields fields = searcher.storedFields();
      for (ScoreDoc sd : top.scoreDocs) {
        all.add(JSON.readValue(fields.document(sd.doc).get(RECORD), PolicyRecord.class));
      }
    } finally {
      searchers.release(searcher);
    }
    return all;
  }

  TableResult table(Table table, SearchQuery q) throws IOException {
    Query query = toLucene(q, table);
    IndexSearcher searcher = searchers.acquire();
    try {
      if (table.distinctBy != null) {
        return distinctRows(searcher, query, q, table.distinctBy);
      }
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

  /**
   * The rows of a table whose rows of one key are one fact (a policy named by several articles): the first row of
   * each key in the query's order, with {@code reports}, how many rows of that key matched.
   */
  private static TableResult distinctRows(IndexSearcher searcher, Query query, SearchQuery q, Dim key)
      throws IOException {
    ScoreDoc[] hits = top(searcher, query, q.withPage(0, Math.max(1, searcher.count(query)))).scoreDocs;
    String[] keys = keys(searcher, hits, key);
    Map<String, Integer> first = new LinkedHashMap<>();
    Map<String, Integer> reports = new HashMap<>();
    for (int i = 0; i < hits.length; i++) {
      first.putIfAbsent(keys[i], hits[i].doc);
      reports.merge(keys[i], 1, Integer::sum);
    }
    StoredFields fields = searcher.storedFields();
    List<String> rows = new ArrayList<>();
    for (Map.Entry<String, Integer> e : first.entrySet().stream().skip(q.offset()).limit(q.limit()).toList()) {
      ObjectNode row = (ObjectNode) JSON.readTree(fields.document(e.getValue(), Set.of(ROW)).get(ROW));
      rows.add(JSON.writeValueAsString(row.put("reports", reports.get(e.getKey()))));
    }
    return new TableResult(first.size(), rows);
  }

  /**
   * The key of each hit, read in index order with one doc-values iterator per segment (an iterator only moves
   * forward), then put back in the hits' order; a hit without a key is a key of its own.
   */
  private static String[] keys(IndexSearcher searcher, ScoreDoc[] hits, Dim key) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    Integer[] byDoc = new Integer[hits.length];
    Arrays.setAll(byDoc, i -> i);
    Arrays.sort(byDoc, Comparator.comparingInt(i -> hits[i].doc));
    String[] keys = new String[hits.length];
    int leafAt = -1;
    SortedSetDocValues values = null;
    for (int i : byDoc) {
      int doc = hits[i].doc;
      int at = ReaderUtil.subIndex(doc, leaves);
      if (at != leafAt) {
        leafAt = at;
        values = DocValues.getSortedSet(leaves.get(at).reader(), key.field());
      }
      keys[i] = values.advanceExact(doc - leaves.get(at).docBase) ? values.lookupOrd(values.nextOrd()).utf8ToString()
          : "row " + doc;
    }
    return keys;
  }

  Map<String, Map<String, Long>> pairs(Table table, SearchQuery q, String first, String second) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      return searcher.search(toLucene(q, table),
          ValueCounts.pairs(IndexSchema.valueField(first), IndexSchema.valueField(second), keyField(table)));
    } finally {
      searchers.release(searcher);
    }
  }

  Map<String, Long> counts(Table table, SearchQuery q, String dimension) throws IOException {
    String field = IndexSchema.valueField(dimension);
    IndexSearcher searcher = searchers.acquire();
    try {
      return searcher.search(toLucene(q, table), ValueCounts.each(List.of(field), keyField(table)))
          .getOrDefault(field, Map.of());
    } finally {
      searchers.release(searcher);
    }
  }

  /** The field whose distinct values a table's counts count, or null when they count rows. */
  private static String keyField(Table table) {
    return table == null || table.distinctBy == null ? null : table.distinctBy.field();
  }

  Stats stats() throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      long sources = 0;
      String earliest = null;
      String latest = null;
      TreeMap<Integer, Long> byYear = new TreeMap<>();
      int count = searcher.count(ARTICLES);
      ScoreDoc[] all = searcher.search(ARTICLES, new TopScoreDocCollectorManager(Math.max(1, count),
          Integer.MAX_VALUE)).scoreDocs;
      // In index order, so that the stored-field reader decompresses each block once.
      int[] ids = Arrays.stream(all).mapToInt(sd -> sd.doc).sorted().toArray();
      StoredFields fields = searcher.storedFields();
      for (int id : ids) {
        Document d = fields.document(id, Set.of(SOURCE, PUBLISHED));
        sources += d.getValues(SOURCE).length;
        String p = d.get(PUBLISHED);
        if (p != null) {
          earliest = earliest == null || p.compareTo(earliest) < 0 ? p : earliest;
          latest = latest == null || p.compareTo(latest) > 0 ? p : latest;
          LocalDate day = IndexSchema.dayOf(p);
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
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    for (int i = 0; i < page.length; i++) {
      HitFields h = IndexSchema.hitFields(leaves, page[i].doc);
      String snippet = snippets[i] != null ? snippets[i] : h.lead();
      hits.add(new SearchResult.Hit(h.id(), h.title(), h.published(), h.sources(), snippet.replace('\n', ' '),
          Float.isNaN(page[i].score) ? 0 : page[i].score));
    }
    return new SearchResult(top.totalHits.value(), hits, counts);
  }

  private Map<String, Map<String, Long>> facetCounts(IndexSearcher searcher, FacetsCollector matching)
      throws IOException {
    Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
    SortedSetDocValuesReaderState state = ((FacetedSearcher) searcher).facets().orElse(null);
    Facets facets = state == null ? null : new SortedSetDocValuesFacetCounts(state, matching);
    Set<String> indexed = new HashSet<>();
    if (state != null) {
      state.getDims().forEach(indexed::add);
    }
    for (Dim d : Dim.values()) {
      Map<String, Long> values = new LinkedHashMap<>();
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

  /** The first hits and the exact number of matches (Lucene counts only the first thousand unless told). */
  private static TopDocs top(IndexSearcher searcher, Query query, SearchQuery q) throws IOException {
    int wanted = q.offset() + q.limit();
    if (q.sort() == SearchQuery.Sort.DATE) {
      return searcher.search(query, new TopFieldCollectorManager(BY_DAY, wanted, Integer.MAX_VALUE));
    }
    return searcher.search(query, new TopScoreDocCollectorManager(wanted, Integer.MAX_VALUE));
  }

  private String[] snippets(IndexSearcher searcher, Query query, ScoreDoc[] page) throws IOException {
    if (page.length == 0) {
      return new String[0];
    }
    UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new DefaultPassageFormatter(String.valueOf(SearchResult.MATCH_START),
        String.valueOf(SearchResult.MATCH_END), "…", false)).withMaxLength(1_000_000).build();
    return highlighter.highlight(TEXT, query, new TopDocs(null, page), 2);
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
    all.add(table == null ? ARTICLES : new TermQuery(new Term(TABLE, table.name())), Occur.FILTER);
    q.filters().forEach((dim, value) -> all.add(new TermQuery(new Term(dim.field(), value)), Occur.FILTER));
    if (q.from() != null || q.to() != null) {
      long lo = q.from() == null ? Long.MIN_VALUE : q.from().toEpochDay();
      long hi = q.to() == null ? Long.MAX_VALUE : q.to().toEpochDay();
      all.add(LongRange.newWithinQuery(SPAN, new long[] {lo}, new long[] {hi}), Occur.FILTER);
    }
    if (q.addedAfter() > 0) {
      all.add(LongPoint.newRangeQuery(ADDED, q.addedAfter() + 1, Long.MAX_VALUE), Occur.FILTER);
    }
    if (q.source() != null && !q.source().isBlank()) {
      all.add(new PrefixQuery(new Term(SOURCE, q.source())), Occur.FILTER);
    }
    return all.build();
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
}
