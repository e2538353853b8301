package org.kechuangradar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchShowStatsIT {
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void findsShowsAndCountsTheDemoArticles(@TempDir Path tmp) throws Exception {
    String data = tmp.resolve("data").toString();
    Cli demo = Cli.run("demo", "--no-serve", "--data", data);
    assertEquals(0, demo.exitCode(), demo.err());
    assertTrue(demo.out().contains("read 15, stored 15"), demo.out());

    Cli search = Cli.run("search", "--data", data, "--json", "量子", "行动计划");
    assertEquals(0, search.exitCode());
    JsonNode result = json.readTree(search.out());
    assertEquals(1, result.get("total").asInt());
    JsonNode hit = result.get("hits").get(0);
    assertEquals("合肥量子信息未来产业科技园揭牌", hit.get("title").asText());
    assertTrue(hit.get("snippet").asText().contains("【"), hit.toString());

    Cli show = Cli.run("show", "--data", data, hit.get("id").asText());
    assertEquals(0, show.exitCode(), show.err());
    JsonNode record = json.readTree(show.out());
    assertEquals(hit.get("id").asText(), record.get("id").asText());
    assertTrue(record.get("sources").get(0).asText().endsWith("hefei-quantum-gbk.txt"));
    assertEquals(java.util.List.of("吴晓岚", "钱进"), json.convertValue(record.get("authors"), java.util.List.class));

    Cli missing = Cli.run("show", "--data", data, "0000");
    assertEquals(1, missing.exitCode());
    assertEquals("radar show: no document with id 0000", missing.err().strip());

    Cli byDate = Cli.run("search", "--data", data, "--sort", "date", "--from", "2025-06-01");
    assertTrue(byDate.out().startsWith("1 documents match"), byDate.out());

    for (String sichuan : java.util.List.of("四川", "四川省", "510000")) {
      Cli policies = Cli.run("policies", "--data", data, "--region", sichuan);
      assertTrue(policies.out().startsWith("1 policies"), sichuan + ": " + policies.out());
    }
    Cli nowhere = Cli.run("policies", "--data", data, "--region", "火星");
    assertEquals(2, nowhere.exitCode());
    assertTrue(nowhere.err().startsWith("radar policies: no region 火星"), nowhere.err());

    // Facts are filtered by their own region: Suzhou's policies are the ones Suzhou issued.
    Cli suzhou = Cli.run("facts", "policies", "--data", data, "--region", "苏州", "--json");
    assertEquals(0, suzhou.exitCode(), suzhou.err());
    java.util.List<String> lines = suzhou.out().lines().toList();
    assertTrue(!lines.isEmpty(), suzhou.out());
    for (String line : lines) {
      assertEquals("苏州市", json.readTree(line).get("region").asText(), line);
    }
    Cli vouchers = Cli.run("facts", "instruments", "算力券", "--data", data, "--type", "voucher");
    assertTrue(vouchers.out().contains("成都市算力券 | 成都市"), vouchers.out());
    Cli widgets = Cli.run("facts", "widgets", "--data", data);
    assertEquals(2, widgets.exitCode());
    assertTrue(widgets.err().startsWith("radar facts: no kind of fact widgets"), widgets.err());
    Cli mars = Cli.run("facts", "events", "--data", data, "--region", "火星");
    assertEquals(2, mars.exitCode());
    assertTrue(mars.err().startsWith("radar facts: no region 火星"), mars.err());

    Cli stats = Cli.run("stats", "--data", data);
    assertTrue(stats.out().contains("documents:  15 (from 15 sources)"), stats.out());
    Cli again = Cli.run("ingest", "--quiet", "--data", data, "samples");
    // Unchanged inputs are skipped without being read; --reread reads them and finds them stored.
    assertTrue(again.out().startsWith("read 0, stored 0 (0 replaced an older version), duplicates 0, failed 0\n"
        + "skipped 15 stored before and unchanged since"), again.out());
    Cli reread = Cli.run("ingest", "--quiet", "--reread", "--data", data, "samples");
    assertTrue(reread.out().startsWith("read 15, stored 0 (0 replaced an older version), duplicates 15, failed 0"),
        reread.out());
  }

  @Test
  void givesTheDateOfIngestToDocumentsThatStateNone(@TempDir Path tmp) throws Exception {
    Path text = tmp.resolve("undated.txt");
    java.nio.file.Files.writeString(text, "1月5日，合肥市举行量子科技产业大会，发布一批应用场景。");
    String data = tmp.resolve("data").toString();
    Cli ingest = Cli.run("ingest", "--quiet", "--data", data, "--published", "2024-01-08", text.toString());
    assertEquals(0, ingest.exitCode(), ingest.err());
    JsonNode hit = json.readTree(Cli.run("search", "--data", data, "--json", "量子").out()).get("hits").get(0);
    assertEquals("2024-01-08", hit.get("published").asText().substring(0, 10));
    JsonNode record = json.readTree(Cli.run("show", "--data", data, hit.get("id").asText()).out());
    assertEquals("2024-01-05", record.get("events").get(0).get("date").asText());
    Cli month = Cli.run("ingest", "--quiet", "--data", data, "--published", "2024-01", text.toString());
    assertEquals(2, month.exitCode());
    assertTrue(month.err().contains("must be a day as YYYY-MM-DD, not 2024-01"), month.err());
  }
}
