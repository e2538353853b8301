package org.kechuangradar.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kechuangradar.index.RecordFacets.Dim;
import org.kechuangradar.index.RecordFacets.Table;

class RecordFacetsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void sourceFacetIsAPrefixOfTheSourceItCounts() {
    for (String source : List.of("https://www.gov.cn/zhengce/content/1.html", "http://kjt.js.gov.cn",
        "/data/feeds/2025/suzhou.txt", "samples/a.txt")) {
      assertTrue(source.startsWith(RecordFacets.sourceName(source)), source);
    }
    assertEquals("https://www.gov.cn", RecordFacets.sourceName("https://www.gov.cn/zhengce/content/1.html"));
  }

  @Test
  void regionCarriesItsAncestorsAndANamedAreaItsName() {
    assertEquals(Set.of("320505", "320500", "320000"), RecordFacets.regionValues("320505", "虎丘区"));
    assertEquals(Set.of("320500", "320000"), RecordFacets.regionValues("320500", "苏州市"));
    assertEquals(Set.of("320000"), RecordFacets.regionValues("320000", "江苏省"));
    // A municipality's district and a county a province governs directly have no prefecture between.
    assertEquals(Set.of("110108", "110000"), RecordFacets.regionValues("110108", "海淀区"));
    assertEquals(Set.of("429004", "420000"), RecordFacets.regionValues("429004", "仙桃市"));
    assertEquals(Set.of(), RecordFacets.regionValues("100000", "中国"));
    assertEquals(Set.of("长三角"), RecordFacets.regionValues(null, "长三角"));
  }

  @Test
  void aFactHasItsOwnRegionNeverTheOnesTheArticleMentions() throws Exception {
    String text = "国务院印发《规划》。上海市发布《方案》。北京市发展和改革委员会、特斯拉和上海交通大学参会。";
    ObjectNode record = JSON.createObjectNode();
    ArrayNode regions = record.putArray("regions");
    regions.addObject().put("name", "上海市").put("code", "310000");
    regions.addObject().put("name", "北京市").put("code", "110000");
    ArrayNode policies = record.putArray("policies");
    policies.addObject().put("title", "规划").putArray("issuers").add("国务院");
    ObjectNode shanghai = policies.addObject().put("title", "方案").put("region", "上海市").put("date", "2025-03");
    shanghai.putArray("issuers");
    ArrayNode orgs = record.putArray("organizations");
    for (String name : List.of("北京市发展和改革委员会", "特斯拉", "上海交通大学")) {
      orgs.addObject().put("name", name).put("type", name.endsWith("委员会") ? "government" : "company");
    }
    RecordFacets facets = RecordFacets.of(new StoredDocument("id", List.of("a.txt"), null, "2025-04-01", text,
        JSON.writeValueAsString(record)));
    assertEquals(List.of(Set.of(), Set.of("310000")), values(facets, Table.POLICY, Dim.REGION));
    assertEquals(List.of(Set.of("2025-04"), Set.of("2025-03")), values(facets, Table.POLICY, Dim.MONTH));
    // A body or organization is of the region its name begins with, by full or short name.
    assertEquals(List.of(Set.of("110000"), Set.of(), Set.of("310000")), values(facets, Table.ORGANIZATION, Dim.REGION));
    // The region worked out from a name is the one the row shows.
    assertEquals("北京市", JSON.readTree(facets.rows().stream().filter(r -> r.table() == Table.ORGANIZATION).findFirst()
        .orElseThrow().json()).get("region").asText());
    assertEquals(Set.of("310000", "110000"), facets.values().get(Dim.REGION));
  }

  @Test
  void everyKindOfFactIsARowWithItsOwnKindDateAndPeople() throws Exception {
    String text = "合肥先进光源获批。张三代表建议设立基金。";
    ObjectNode record = JSON.createObjectNode();
    record.putArray("regions").addObject().put("name", "合肥市").put("code", "340100");
    ObjectNode facility = record.putArray("facilities").addObject().put("name", "合肥先进光源").put("kind", "big_science")
        .put("region", "合肥市");
    ArrayNode stages = facility.putArray("stages");
    stages.addObject().put("stage", "approved").put("date", "2023-06");
    stages.addObject().put("stage", "started").put("date", "2023-09-28");
    record.putArray("proposals").addObject().put("speaker", "张三").put("start", 9).put("end", text.length())
        .putArray("recommendations").add("设立基金");
    record.putArray("indicators").addObject().put("metric", "算力规模").put("region", "合肥市").put("period", "2027")
        .put("basis", "level");
    record.putArray("instruments").addObject().put("kind", "voucher").put("name", "算力券").put("region", "合肥市");
    RecordFacets facets = RecordFacets.of(new StoredDocument("id", List.of("a.txt"), null, "2024-01-05", text,
        JSON.writeValueAsString(record)));
    RecordFacets.Row site = only(facets, Table.FACILITY);
    assertEquals("2023-09-28", site.date());
    // A facility is found in the period of any of its stages.
    assertEquals(List.of("2023-06", "2023-09-28"), site.otherDates());
    assertEquals(Set.of("big_science"), site.values().get(Dim.KIND));
    assertEquals(Set.of("340100", "340000"), site.values().get(Dim.REGION));
    assertEquals("合肥先进光源获批。", JSON.readTree(site.json()).get("sentence").asText());
    RecordFacets.Row proposal = only(facets, Table.PROPOSAL);
    assertEquals(Set.of("张三"), proposal.values().get(Dim.PERSON));
    assertEquals("张三代表建议设立基金。", JSON.readTree(proposal.json()).get("sentence").asText());
    // A goal for a year is dated by that year alone: it has no month to be counted in.
    RecordFacets.Row goal = only(facets, Table.INDICATOR);
    assertEquals("2027", goal.date());
    assertEquals(Set.of(), goal.values().get(Dim.MONTH));
    assertEquals(Set.of("voucher"), only(facets, Table.INSTRUMENT).values().get(Dim.KIND));
  }

  @Test
  void aFactTakesTheArticlesIndustriesWhenItNamesNoneUpToTheBound() throws Exception {
    for (int industries : List.of(3, RecordFacets.INHERITED, RecordFacets.INHERITED + 1)) {
      ObjectNode record = JSON.createObjectNode();
      ArrayNode focus = record.putArray("industry_focus").addObject().putArray("industries");
      for (int i = 0; i < industries; i++) {
        focus.add("产业" + i);
      }
      record.putArray("events").addObject().put("type", "opened").put("sentence", "中心启用。");
      RecordFacets facets = RecordFacets.of(new StoredDocument("id", List.of("a.txt"), null, null, "中心启用。",
          JSON.writeValueAsString(record)));
      assertEquals(industries <= RecordFacets.INHERITED ? industries : 0,
          only(facets, Table.EVENT).values().get(Dim.INDUSTRY).size());
    }
  }

  private static List<Set<String>> values(RecordFacets facets, Table table, Dim dim) {
    return facets.rows().stream().filter(r -> r.table() == table).map(r -> r.values().get(dim)).toList();
  }

  private static RecordFacets.Row only(RecordFacets facets, Table table) {
    List<RecordFacets.Row> rows = facets.rows().stream().filter(r -> r.table() == table).toList();
    assertEquals(1, rows.size(), table.path);
    return rows.get(0);
  }
}
