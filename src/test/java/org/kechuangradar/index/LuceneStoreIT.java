package org.kechuangradar.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kechuangradar.app.ExtractionRecord;
import org.kechuangradar.app.Radar;
import org.kechuangradar.model.Document;

class LuceneStoreIT {
  private final Radar radar = new Radar();

  private StoredDocument doc(String source, String published, String... lines) {
    Document d = radar.clean(Document.fromText(source, String.join("\n", lines))).withPublished(published);
    return ExtractionRecord.stored(d);
  }

  @Test
  void storesTheSameContentOnceAndRecordsEverySource(@TempDir Path dir) throws Exception {
    try (Store store = LuceneStore.open(dir)) {
      StoredDocument a = doc("a.txt", "2025-01-02", "标题", "合肥量子科技园正式揭牌，首批入驻企业42家。");
      assertEquals(Store.Outcome.STORED, store.put(a));
      assertEquals(Store.Outcome.UNCHANGED, store.put(a));
      assertEquals(Store.Outcome.DUPLICATE, store.put(doc("b.txt", "2025-01-02", "标题", "合肥量子科技园正式揭牌，首批入驻企业42家。")));
      store.commit();
      assertEquals(1, store.stats().documents());
      assertEquals(List.of("a.txt", "b.txt"), store.get(a.id()).orElseThrow().sources());
    }
  }

  @Test
  void aReadOnlyStoreReadsBesideAWriterAndSeesItsCommits(@TempDir Path dir) throws Exception {
    try (Store writer = LuceneStore.open(dir)) {
      writer.put(doc("a.txt", "2025-01-02", "标题", "合肥量子科技园正式揭牌，首批入驻企业42家。"));
      writer.commit();
      try (LuceneStore reader = LuceneStore.openReadOnly(dir)) {
        assertTrue(reader.readOnly());
        assertEquals(1, reader.stats().documents());
        assertThrows(IllegalStateException.class, () -> reader.put(doc("x.txt", "2025-01-02", "x", "写不进去。")));
        writer.put(doc("c.txt", "2025-01-03", "新稿", "武汉光谷发布人工智能产业政策。"));
        writer.commit();
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (reader.stats().documents() < 2 && System.nanoTime() < deadline) {
          Thread.sleep(100);
        }
        assertEquals(2, reader.stats().documents(), "the reader refreshes in the background");
      }
    }
  }

  @Test
  void aReadOnlyOpenOfAnOlderFormatSaysHowToBringItUpToDate(@TempDir Path dir) throws Exception {
    try (Store store = LuceneStore.open(dir)) {
      store.put(doc("a.txt", "2025-01-02", "标题", "合肥量子科技园正式揭牌，首批入驻企业42家。"));
      store.commit();
    }
    try (FSDirectory index = FSDirectory.open(dir.resolve("index"));
        IndexWriter w = new IndexWriter(index, new IndexWriterConfig())) {
      w.setLiveCommitData(Map.of(IndexSchema.FORMAT_KEY, "1").entrySet());
      w.commit();
    }
    StoreException e = assertThrows(StoreException.class, () -> LuceneStore.openReadOnly(dir));
    assertTrue(e.getMessage().contains("index format 1") && e.getMessage().contains("radar ingest"), e.getMessage());
    // A command that writes rewrites it; then it reads.
    try (Store store = LuceneStore.open(dir)) {
      assertEquals(1, store.stats().documents());
    }
    try (LuceneStore reader = LuceneStore.openReadOnly(dir)) {
      assertEquals(1, reader.stats().documents());
    }
  }

  @Test
  void aReadOnlyOpenOfNothingFailsAndCreatesNothing(@TempDir Path dir) {
    StoreException e = assertThrows(StoreException.class, () -> LuceneStore.openReadOnly(dir.resolve("none")));
    assertTrue(e.getMessage().startsWith("no store in "), e.getMessage());
    assertFalse(java.nio.file.Files.exists(dir.resolve("none")));
  }

  @Test
  void aDocumentFromANewSourceKeepsTheTimeItWasFirstStored(@TempDir Path dir) throws Exception {
    try (Store store = LuceneStore.open(dir)) {
      store.put(doc("a.txt", "2025-01-02", "标题", "合肥量子科技园正式揭牌，首批入驻企业42家。"));
      store.commit();
      long seen = System.currentTimeMillis();
      Thread.sleep(5);
      store.put(doc("b.txt", "2025-01-02", "标题", "合肥量子科技园正式揭牌，首批入驻企业42家。"));
      store.put(doc("c.txt", "2025-01-03", "新稿", "武汉光谷发布人工智能产业政策。"));
      store.commit();
      SearchResult fresh = store.search(SearchQuery.of("").addedAfter(seen));
      assertEquals(1, fresh.total(), "only the new article is new to a watch");
      assertEquals("新稿", fresh.hits().get(0).title());
    }
  }

  @Test
  void replacesAChangedDocumentFromTheSameSource(@TempDir Path dir) throws Exception {
    try (Store store = LuceneStore.open(dir)) {
      StoredDocument v1 = doc("page.html", "2025-01-02", "标题", "第一版正文，科技园首批入驻企业42家。");
      store.put(v1);
      store.commit();
      StoredDocument v2 = doc("page.html", "2025-01-02", "标题", "第二版正文，科技园首批入驻企业45家。");
      assertEquals(Store.Outcome.REPLACED, store.put(v2));
      store.commit();
      assertEquals(1, store.stats().documents());
      assertTrue(store.get(v1.id()).isEmpty());
      assertEquals("第二版正文，科技园首批入驻企业45家。", store.get(v2.id()).orElseThrow().text());
    }
  }

  @Test
  void keepsContentThatAnotherSourceStillHolds(@TempDir Path dir) throws Exception {
    try (Store store = LuceneStore.open(dir)) {
      StoredDocument shared = doc("a.txt", null, "同一篇转载的稿件正文。");
      store.put(shared);
      store.put(doc("b.txt", null, "同一篇转载的稿件正文。"));
      store.put(doc("a.txt", null, "a.txt 改写后的新正文。"));
      store.commit();
      assertEquals(List.of("b.txt"), store.get(shared.id()).orElseThrow().sources());
      assertEquals(2, store.stats().documents());
    }
  }

  @Test
  void searchesEitherScriptWithHighlightsFiltersAndSorting(@TempDir Path dir) throws Exception {
    try (Store store = LuceneStore.open(dir)) {
      store.put(doc("sz.txt", "2024-07-01", "深圳算力行动", "深圳市发布算力基础设施高质量发展行动计划，建设智算中心。"));
      store.put(doc("bj.txt", "2025-03-05", "北京数据要素", "北京市推进数据要素市场化配置改革，发展人工智能产业。"));
      store.put(doc("sh.txt", "2025-06-01", "上海人工智能", "上海市发布人工智能产业政策，建设智算中心和数据要素市场。"));
      store.commit();
      SearchResult simplified = Radar.search(store, SearchQuery.of("智算中心"));
      SearchResult traditional = Radar.search(store, SearchQuery.of("智算中心 數據要素"));
      assertEquals(2, simplified.total());
      assertEquals(1, traditional.total());
      assertEquals("上海人工智能", traditional.hits().get(0).title());
      String snippet = simplified.hits().get(0).snippet("【", "】");
      assertTrue(snippet.contains("【智算】【中心】") || snippet.contains("【智算中心】"), snippet);
      SearchResult since2025 = store.search(new SearchQuery("", LocalDate.parse("2025-01-01"), null, null,
          SearchQuery.Sort.DATE, 0, 10));
      assertEquals(List.of("上海人工智能", "北京数据要素"), since2025.hits().stream().map(SearchResult.Hit::title).toList());
      assertEquals(1, store.search(new SearchQuery("", null, null, "sz", SearchQuery.Sort.RELEVANCE, 0, 10)).total());
      assertEquals(0, store.search(SearchQuery.of("量子")).total());
    }
  }

  @Test
  void survivesReopeningWithEveryCommittedDocument(@TempDir Path dir) throws Exception {
    try (Store store = LuceneStore.open(dir)) {
      store.put(doc("a.txt", "2024-05-06", "标题", "第一篇文章的正文内容。"));
      store.commit();
    }
    try (Store store = LuceneStore.open(dir)) {
      Store.Stats stats = store.stats();
      assertEquals(1, stats.documents());
      assertEquals("2024-05-06", stats.earliest());
      assertEquals(List.of(new Store.YearCount(2024, 1)), stats.byYear());
    }
  }
}
