package org.kechuangradar.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kechuangradar.app.Ingester;
import org.kechuangradar.app.Radar;
import org.kechuangradar.index.RecordFacets;
import org.kechuangradar.index.SearchQuery;
import org.kechuangradar.index.Store;
import org.kechuangradar.index.TableResult;
import org.kechuangradar.model.PolicyRecord;
import org.kechuangradar.model.PolicyStatus;

/**
 * Six articles of our own (src/test/resources/policy-corpus) name one policy under five variants, and two other
 * policies with titles that differ from it by one phrase or by the issuing region: the store keeps exactly
 * three policy records, each with every article that names it.
 */
class PolicyRecordsIT {
  private static final String CORPUS = "src/test/resources/policy-corpus";

  @Test
  void keepsOneRecordPerRealPolicyAcrossArticlesAndVariants(@TempDir Path data) throws Exception {
    Radar radar = new Radar();
    try (Store store = Radar.openStore(data)) {
      new Ingester(radar, store, 100).ingest(List.of(CORPUS), new Ingester.Listener() {});
    }
    try (Store store = Radar.openStore(data)) {
      Map<String, PolicyRecord> byTitle = store.policies().stream()
          .collect(Collectors.toMap(p -> PolicyTitles.core(p.title()), p -> p));
      assertEquals(3, byTitle.size(), byTitle.keySet().toString());

      PolicyRecord innovation = byTitle.get("推动具身智能产业创新发展实施意见");
      assertTrue(innovation.variants().size() >= 4, innovation.variants().toString());
      assertTrue(innovation.variants().containsAll(List.of("实施意见", "意见", "推动具身智能产业创新发展实施意见")),
          innovation.variants().toString());
      assertEquals(6, innovation.mentions().stream().map(PolicyRecord.PolicyMention::documentId).distinct().count());
      assertEquals("工信部联科〔2025〕18号", innovation.documentNumber());
      assertTrue(innovation.statuses().contains(new PolicyRecord.StatusDate(PolicyStatus.IN_FORCE, "2025-05-01")),
          innovation.statuses().toString());
      assertEquals(null, innovation.region());

      PolicyRecord quality = byTitle.get("推动具身智能产业高质量发展实施意见");
      assertEquals(List.of("国家发展和改革委员会"), quality.issuers());
      assertEquals(1, quality.mentions().size());

      PolicyRecord beijing = byTitle.get("北京市推动具身智能产业创新发展实施意见");
      assertEquals("北京市", beijing.region());
      assertEquals(2, beijing.mentions().stream().map(PolicyRecord.PolicyMention::documentId).distinct().count());

      // The policies table lists and counts each policy once, however many articles report it.
      SearchQuery every = new SearchQuery("", null, null, null, SearchQuery.Sort.DATE, 0, 100);
      TableResult table = store.table(RecordFacets.Table.POLICY, every);
      JsonNode beijingRow = null;
      for (String row : table.rows()) {
        JsonNode r = new ObjectMapper().readTree(row);
        beijingRow = r.get("title").asText().startsWith("北京市") ? r : beijingRow;
      }
      assertEquals(2, beijingRow.get("reports").asInt(), String.valueOf(beijingRow));
      assertEquals(table.total(), table.rows().size());
      assertEquals(Map.of("110000", 1L), store.counts(RecordFacets.Table.POLICY, every, "region"));
      assertEquals(1, store.table(RecordFacets.Table.POLICY, every.with(RecordFacets.Dim.REGION, "110000")).total());

      assertEquals(beijing, store.policy(beijing.id()).orElseThrow());
      assertTrue(store.policy("policy-none").isEmpty());
      assertEquals(3, store.stats().policies());
      assertEquals(6, store.stats().documents());
      assertEquals(6, Radar.search(store, new SearchQuery("具身智能", null, null, null, SearchQuery.Sort.RELEVANCE, 0, 20))
          .total(), "search finds the articles, not the policy records");
    }
  }

  @Test
  void ingestingTheSameArticlesAgainAddsNoMentions(@TempDir Path data) throws Exception {
    Radar radar = new Radar();
    try (Store store = Radar.openStore(data)) {
      new Ingester(radar, store, 100).ingest(List.of(CORPUS), new Ingester.Listener() {});
      int before = store.policies().stream().mapToInt(p -> p.mentions().size()).sum();
      new Ingester(radar, store, 100).ingest(List.of(CORPUS), new Ingester.Listener() {});
      assertEquals(before, store.policies().stream().mapToInt(p -> p.mentions().size()).sum());
      assertEquals(3, store.policies().size());
    }
  }

  @Test
  void aReplacedArticleTakesItsMentionsAlong(@TempDir Path data, @TempDir Path articles) throws Exception {
    Radar radar = new Radar();
    Path article = articles.resolve("news.txt");
    java.nio.file.Files.copy(Path.of(CORPUS, "a5-number.txt"), article);
    try (Store store = Radar.openStore(data)) {
      new Ingester(radar, store, 100).ingest(List.of(article.toString()), new Ingester.Listener() {});
      assertEquals(1, store.policies().size());
      java.nio.file.Files.writeString(article, "国家发展改革委日前印发《关于推动具身智能产业高质量发展的实施意见》。\n");
      new Ingester(radar, store, 100).ingest(List.of(article.toString()), new Ingester.Listener() {});
      assertEquals(List.of("关于推动具身智能产业高质量发展的实施意见"),
          store.policies().stream().map(PolicyRecord::title).toList());
    }
    try (Store store = Radar.openStore(data)) {
      assertEquals(1, store.policies().size(), "the removal is committed");
    }
  }
}
