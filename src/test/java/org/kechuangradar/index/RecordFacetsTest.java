package org.kechuangradar.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

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
  void aRowInheritsTheArticlesValuesOfADimensionUpToTheBound() throws Exception {
    for (int organizations : List.of(3, RecordFacets.INHERITED, RecordFacets.INHERITED + 1)) {
      ObjectNode record = JSON.createObjectNode().put("text", "张三在会上发言。");
      record.putArray("people").addObject().put("name", "张三");
      ArrayNode orgs = record.putArray("organizations");
      for (int i = 0; i < organizations; i++) {
        orgs.addObject().put("name", "机构" + i).put("type", "other");
      }
      RecordFacets facets = RecordFacets.of(new StoredDocument("id", List.of("a.txt"), null, null,
          "张三在会上发言。", JSON.writeValueAsString(record)));
      RecordFacets.Row person = facets.rows().stream().filter(r -> r.table() == RecordFacets.Table.PERSON)
          .findFirst().orElseThrow();
      assertEquals(organizations <= RecordFacets.INHERITED ? organizations : 0,
          person.values().get(RecordFacets.Dim.ORG).size());
      assertEquals("张三在会上发言。", JSON.readTree(person.json()).get("sentence").asText());
    }
  }
}
