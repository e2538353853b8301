package org.kechuangradar.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kechuangradar.account.Database;
import org.kechuangradar.account.Role;
import org.kechuangradar.account.TestDatabases;
import org.kechuangradar.account.User;
import java.time.LocalDate;
import org.kechuangradar.app.Ingester;
import org.kechuangradar.brief.BriefCategory;
import org.kechuangradar.brief.Chronicles;
import org.kechuangradar.app.Radar;
import org.kechuangradar.index.RecordFacets.Dim;
import org.kechuangradar.index.RecordFacets.Table;
import org.kechuangradar.index.SearchQuery;
import org.kechuangradar.index.Store;
import org.kechuangradar.model.PolicyRecord;
import org.kechuangradar.policy.PolicyTitles;

/**
 * Editors' changes on a real store of our articles (samples/ and the policy corpus): each shows in the tables and
 * counts at once, is kept in the trail, is undone, and stands when the articles are ingested again into a new
 * store; on the embedded H2 and on a real PostgreSQL.
 */
class ReviewIT {
  private static final List<String> INPUTS = List.of("samples", "src/test/resources/policy-corpus");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final User EDITOR = new User("editor", Role.EDITOR, 0);

  @TempDir Path dir;

  static java.util.stream.Stream<String> kinds() {
    return TestDatabases.kinds();
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void correctionsShowAtOnceAndSurviveReingestInto_aNewStore(String kind) throws Exception {
    try (Database db = TestDatabases.fresh(kind, dir.resolve("db-home"))) {
      ChangeLog log = new ChangeLog(db);
      JsonNode event;
      String eventDoc;
      try (Store store = Radar.openStore(dir.resolve("one"))) {
        Review review = new Review(store, log);
        new Ingester(new Radar(), store, 100, Optional.empty(), null, review).ingest(INPUTS, new Ingester.Listener() {});
        event = rows(store, Table.EVENT, SearchQuery.of("").withPage(0, 100)).stream()
            .filter(r -> r.path("date").asText().startsWith("2023")).findFirst().orElseThrow();
        eventDoc = event.path("document").asText();
        String key = event.path("key").asText();
        long in2019Before = count(store, Table.EVENT, "2019-07");

        review.correct(EDITOR, Table.EVENT, eventDoc, key, (ObjectNode) JSON.readTree("{\"date\": \"2019-07-15\"}"));
        JsonNode corrected = row(store, Table.EVENT, eventDoc, key);
        assertEquals("2019-07-15", corrected.path("date").asText());
        assertTrue(corrected.path("verified").asBoolean());
        assertEquals("[\"date\"]", corrected.path("corrected").toString());
        assertEquals(in2019Before + 1, count(store, Table.EVENT, "2019-07"), "the month counts the corrected date");
        // A chronicle of verified facts only holds the one an editor corrected.
        var verified = new Chronicles(store, true).of(LocalDate.of(2019, 1, 1), LocalDate.of(2025, 12, 31), Map.of(),
            List.of(BriefCategory.EVENTS));
        assertEquals(1, verified.sections().get(0).months().stream().mapToInt(m -> m.lines().size()).sum());
        assertTrue(new Chronicles(store).of(LocalDate.of(2019, 1, 1), LocalDate.of(2025, 12, 31), Map.of(),
            List.of(BriefCategory.EVENTS)).sections().get(0).months().size() > 1);

        // A correction that names no date, region or code is refused, and nothing changes.
        for (String bad : List.of("{\"date\": \"last week\"}", "{\"region\": \"亚特兰蒂斯\"}", "{\"type\": \"party\"}",
            "{\"key\": \"x\"}", "{\"verified\": true}", "{}")) {
          assertThrows(ReviewException.class,
              () -> review.correct(EDITOR, Table.EVENT, eventDoc, key, (ObjectNode) JSON.readTree(bad)), bad);
        }
        assertEquals(1, log.trail(100).size());

        // Reject, undo: the organization goes and comes back.
        JsonNode org = rows(store, Table.ORGANIZATION, SearchQuery.of("").withPage(0, 1)).get(0);
        Change rejected = review.reject(EDITOR, Table.ORGANIZATION, org.path("document").asText(),
            org.path("key").asText());
        assertTrue(rowOf(store, Table.ORGANIZATION, org.path("document").asText(), org.path("key").asText()).isEmpty());
        review.undo(EDITOR, rejected.id());
        assertTrue(rowOf(store, Table.ORGANIZATION, org.path("document").asText(), org.path("key").asText()).isPresent());
        assertThrows(ReviewException.class, () -> review.undo(EDITOR, rejected.id()), "undone twice");

        // Two policy records are one: the table counts one record with both's reports; the merge is undone.
        Map<String, PolicyRecord> byCore = store.policies().stream()
            .collect(Collectors.toMap(p -> PolicyTitles.core(p.title()), p -> p, (a, b) -> a));
        PolicyRecord innovation = byCore.get("推动具身智能产业创新发展实施意见");
        PolicyRecord quality = byCore.get("推动具身智能产业高质量发展实施意见");
        long records = store.policies().size();
        Change merge = review.mergePolicies(EDITOR, quality.id(), innovation.id());
        assertTrue(store.policy(quality.id()).isEmpty());
        assertEquals(records - 1, store.policies().size());
        PolicyRecord merged = store.policy(innovation.id()).orElseThrow();
        assertEquals(innovation.mentions().size() + quality.mentions().size(), merged.mentions().size());
        assertEquals(0, store.table(Table.POLICY, SearchQuery.of("").with(Dim.RECORD, quality.id())).total());
        // An article that names the merged-away policy arrives while the merge stands: it counts in the merged record.
        Path later = dir.resolve("later.txt");
        java.nio.file.Files.writeString(later, "国家发展改革委解读政策\n5月6日，国家发展和改革委员会印发"
            + "《关于推动具身智能产业高质量发展的实施意见》，部署加快产业发展。");
        new Ingester(new Radar(), store, 100, Optional.empty(), null, review).ingest(List.of(later.toString()),
            new Ingester.Listener() {});
        assertEquals(documents(merged) + 1, documents(store.policy(innovation.id()).orElseThrow()));
        review.undo(EDITOR, merge.id());
        assertEquals(documents(quality) + 1, documents(store.policy(quality.id()).orElseThrow()),
            "the later article goes back with it");
        assertEquals(java.util.Set.copyOf(innovation.mentions()),
            java.util.Set.copyOf(store.policy(innovation.id()).orElseThrow().mentions()));
        var qualityRows = store.table(Table.POLICY, SearchQuery.of("").with(Dim.RECORD, quality.id()));
        assertEquals(1, qualityRows.total(), "one record");
        assertEquals(2, JSON.readTree(qualityRows.rows().get(0)).path("reports").asInt(), "reported by two articles");

        // A record that is two: the mentions of two articles move to a record of their own.
        List<String> docs = innovation.mentions().stream().map(PolicyRecord.PolicyMention::documentId).distinct().toList();
        Change split = review.splitPolicy(EDITOR, innovation.id(), docs.subList(0, 2));
        String newId = JSON.readTree(split.after()).path("record").asText();
        assertEquals(2, store.policy(newId).orElseThrow().mentions().stream()
            .map(PolicyRecord.PolicyMention::documentId).distinct().count());
        assertEquals(docs.size() - 2, store.policy(innovation.id()).orElseThrow().mentions().stream()
            .map(PolicyRecord.PolicyMention::documentId).distinct().count());

        // An organization that is two: in one of the documents that name it, the name stands for another.
        // Bodies are counted apart from the other organizations; either may be split.
        Map<String, Long> orgs = store.search(SearchQuery.of("").withPage(0, 1), true).facets().get("body");
        String shared = orgs.entrySet().stream().filter(e -> e.getValue() >= 2).map(Map.Entry::getKey).findFirst()
            .orElseThrow();
        long naming = orgs.get(shared);
        String first = store.search(SearchQuery.of("").with(Dim.ORG, shared)).hits().get(0).id();
        Change apart = review.splitOrganization(EDITOR, shared, List.of(first), "另一机构");
        assertEquals(naming - 1, store.search(SearchQuery.of("").with(Dim.ORG, shared)).total());
        assertEquals(List.of(first), store.search(SearchQuery.of("").with(Dim.ORG, "另一机构")).hits().stream()
            .map(h -> h.id()).toList());
        assertThrows(ReviewException.class, () -> review.splitOrganization(EDITOR, "另一机构", List.of(first), "第三"),
            "a split of every document naming it is a rename");
        review.undo(EDITOR, apart.id());
        assertEquals(naming, store.search(SearchQuery.of("").with(Dim.ORG, shared)).total());

        // Two organizations are one, in every document that names the one merged away.
        review.mergeOrganizations(EDITOR, "国家发展和改革委员会", "国家发展改革委");
        assertEquals(0, store.search(SearchQuery.of("").with(Dim.ORG, "国家发展和改革委员会")).total());
        assertTrue(store.search(SearchQuery.of("").with(Dim.ORG, "国家发展改革委")).total() > 0);
      }

      // The same articles into an empty store: every standing change is laid over them again.
      try (Store fresh = Radar.openStore(dir.resolve("two"))) {
        Review review = new Review(fresh, log);
        new Ingester(new Radar(), fresh, 100, Optional.empty(), null, review).ingest(INPUTS, new Ingester.Listener() {});
        JsonNode again = row(fresh, Table.EVENT, eventDoc, event.path("key").asText());
        assertEquals("2019-07-15", again.path("date").asText());
        assertTrue(again.path("verified").asBoolean());
        assertEquals(0, fresh.search(SearchQuery.of("").with(Dim.ORG, "国家发展和改革委员会")).total());
        List<String> records = fresh.policies().stream().map(PolicyRecord::id).toList();
        assertTrue(records.stream().anyMatch(id -> id.contains("~")), "the split record is made again: " + records);
      }
      List<Change> trail = log.trail(100);
      assertEquals(List.of("merge", "undo", "split", "split", "undo", "merge", "undo", "reject", "edit"),
          trail.stream().map(c -> c.action().code()).toList());
      assertTrue(trail.stream().allMatch(c -> c.user().equals("editor")));
      assertFalse(log.standing().stream().anyMatch(c -> c.action() == Action.REJECT));
    }
  }

  private static long documents(PolicyRecord r) {
    return r.mentions().stream().map(PolicyRecord.PolicyMention::documentId).distinct().count();
  }

  private static long count(Store store, Table table, String month) throws Exception {
    return store.table(table, SearchQuery.of("").with(Dim.MONTH, month)).total();
  }

  private static JsonNode row(Store store, Table table, String document, String key) throws Exception {
    return rowOf(store, table, document, key).orElseThrow(() -> new AssertionError("no row " + document + " " + key));
  }

  private static Optional<JsonNode> rowOf(Store store, Table table, String document, String key) throws Exception {
    return rows(store, table, SearchQuery.of("").withPage(0, 1000)).stream()
        .filter(r -> r.path("document").asText().equals(document) && r.path("key").asText().equals(key)).findFirst();
  }

  private static List<JsonNode> rows(Store store, Table table, SearchQuery q) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    for (String r : store.table(table, q).rows()) {
      out.add(JSON.readTree(r));
    }
    return out;
  }
}
