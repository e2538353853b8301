package org.kechuangradar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractCommandTest {
  @Test
  void printsTheRecordOfTheFormatDocument() throws Exception {
    Cli cli = Cli.run("extract", "samples/hefei-quantum-gbk.txt", "--format", "json", "--published", "2025-04-02");
    assertEquals(0, cli.exitCode(), cli.err());
    JsonNode r = new ObjectMapper().readTree(cli.out());
    for (String field : List.of("source", "title", "published", "authors", "original_script", "text", "captions",
        "articles", "entities", "regions", "organizations", "people", "policies", "events", "quantities",
        "industry_focus")) {
      assertTrue(r.has(field), field);
    }
    assertEquals("2025-04-02", r.get("published").asText());
    assertEquals("simplified", r.get("original_script").asText());
    JsonNode policy = r.get("policies").get(0);
    assertEquals("安徽省量子科技产业发展行动计划（2025—2030年）", policy.get("title").asText());
    assertEquals("安徽省科学技术厅", policy.get("issuers").get(0).asText());
    assertEquals(2030, policy.get("period").get("to").asInt());
    assertEquals("安徽省", policy.get("region").asText());
  }

  @Test
  void printsOneLinePerDocumentAsJsonLines() {
    Cli cli = Cli.run("extract", "samples/hefei-quantum-gbk.txt", "samples/hongkong-innotech-big5.txt", "--format", "jsonl");
    assertEquals(0, cli.exitCode(), cli.err());
    assertEquals(2, cli.out().lines().count());
  }

  @Test
  void rejectsABadDateAndNamesTheBadFile() {
    assertEquals(2, Cli.run("extract", "samples/hefei-quantum-gbk.txt", "--published", "yesterday").exitCode());
    Cli cli = Cli.run("extract", "src/test/resources/fixtures/bad/empty.txt");
    assertEquals(1, cli.exitCode());
    assertEquals("src/test/resources/fixtures/bad/empty.txt: empty file", cli.err().strip());
  }

  @Test
  void printsEntitiesPerSentenceWithOffsetsIntoTheLine(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
      throws Exception {
    java.nio.file.Path file = tmp.resolve("sentences.txt");
    java.nio.file.Files.writeString(file, "工信部等部门在北京召开会议。\n華光集團董事長周永明表示，將加大投入。\n");
    Cli cli = Cli.run("extract", "--sentences", file.toString(), "--format", "jsonl");
    assertEquals(0, cli.exitCode(), cli.err());
    List<String> lines = cli.out().lines().toList();
    assertEquals(2, lines.size());
    JsonNode first = new ObjectMapper().readTree(lines.get(0));
    JsonNode ministry = first.get("entities").get(0);
    assertEquals("工信部", ministry.get("text").asText());
    assertEquals("工业和信息化部", ministry.get("canonical").asText());
    assertEquals(0, ministry.get("start").asInt());
    JsonNode second = new ObjectMapper().readTree(lines.get(1));
    assertTrue(second.get("entities").toString().contains("\"text\":\"周永明\",\"type\":\"PERSON\""), second.toString());
  }
}
