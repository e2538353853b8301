package org.kechuangradar.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kechuangradar.app.Radar;

/** Drawing items to judge from a small collection, and scoring the judged file. */
class AuditTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void drawsItemsWithTheirSentencesAndScoresTheJudgements(@TempDir Path dir) throws IOException {
    Path stories = dir.resolve("stories.jsonl");
    Files.writeString(stories, """
        {"id": "a", "date": "2025-03-01", "title": "甲", "html": "<p>3月1日，科技部部长王志刚表示，今年将投入50亿元支持基础研究。</p>"}
        {"id": "b", "date": "2025-03-02", "title": "乙", "html": "<p>上海市发布《上海市算力发展行动方案》，建设10个智算中心。</p>"}
        """);
    Path out = dir.resolve("audit.jsonl");
    List<String> skipped = new ArrayList<>();
    Map<String, Integer> sizes = new Audit(new Radar()).sample(List.of(stories.toString()), 1, 5, out, skipped::add);
    assertEquals(List.of(), skipped);
    assertTrue(sizes.get("quantities") >= 2 && sizes.get("people") == 1, sizes.toString());
    List<String> lines = Files.readAllLines(out);
    assertEquals(sizes.values().stream().mapToInt(n -> Math.min(n, 1)).sum(), lines.size());
    List<String> judged = new ArrayList<>();
    for (String line : lines) {
      ObjectNode node = (ObjectNode) JSON.readTree(line);
      assertTrue(!node.get("sentence").asText().isEmpty(), line);
      node.put("judgement", node.get("section").asText().equals("people") ? "correct" : "wrong");
      judged.add(JSON.writeValueAsString(node));
    }
    Files.write(out, judged);
    Map<String, Audit.Score> scores = Audit.score(out);
    assertEquals(100.0, scores.get("people").strict());
    assertEquals(0.0, scores.get("quantities").strict());
    Files.writeString(out, "{\"section\": \"people\", \"judgement\": \"maybe\"}\n");
    assertThrows(IOException.class, () -> Audit.score(out));
  }
}
