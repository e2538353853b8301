package org.kechuangradar.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class RecordScoresTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(String s) throws Exception {
    return JSON.readTree(s.replace('\'', '"'));
  }

  @Test
  void anEventIsRightOnlyWithItsKeywordDateRegionTypeAndStatus() throws Exception {
    JsonNode gold = json("{'story': 'x', 'events': [{'date': '2023-05', 'region': '石嘴山市', 'keyword': '循环经济', 'type': 'built',"
        + " 'status': 'planned'}]}");
    JsonNode right = json("{'events': [{'type': 'built', 'date': '2023-05-12', 'region': '石嘴山', 'status': 'planned',"
        + " 'sentence': '石嘴山市循环经济全产业链项目预计5月12日建成。'}]}");
    JsonNode done = json("{'events': [{'type': 'built', 'date': '2023-05-12', 'region': '石嘴山市',"
        + " 'sentence': '石嘴山市循环经济全产业链项目预计5月12日建成。'}]}");
    JsonNode otherMonth = json("{'events': [{'type': 'built', 'date': '2023-06', 'region': '石嘴山市', 'status': 'planned',"
        + " 'sentence': '循环经济项目6月建成。'}]}");
    assertEquals(new RecordScores.Counts(1, 1, 1, 1), RecordScores.score(gold, right).get("events"));
    assertEquals(new RecordScores.Counts(0, 1, 0, 1), RecordScores.score(gold, done).get("events"));
    assertEquals(new RecordScores.Counts(0, 1, 0, 1), RecordScores.score(gold, otherMonth).get("events"));
  }

  @Test
  void policiesAreScoredAgainstTheirExpectedListByTitle() throws Exception {
    JsonNode gold = json("{'story': 'x', 'policies': {'expected': [{'title': '能源领域碳达峰实施方案', 'region': '宁夏回族自治区'}],"
        + " 'not': ['求是']}}");
    JsonNode found = json("{'policies': [{'title': '能源领域碳达峰实施方案', 'region': '宁夏回族自治区'},"
        + " {'title': '求是', 'region': null}]}");
    assertEquals(new RecordScores.Counts(1, 1, 1, 2), RecordScores.score(gold, found).get("policies"));
    assertEquals(null, RecordScores.score(json("{'policies': {'expected': []}}"), found).get("policies"));
    assertEquals(1, RecordScores.misses(gold, found).stream().filter(m -> m.startsWith("WRONG [policies]")).count());
  }
}
