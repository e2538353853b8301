package org.kechuangradar.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecordFacetsTest {
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
    assertEquals(Set.of("长三角"), RecordFacets.regionValues(null, "长三角"));
  }
}
