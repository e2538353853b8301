package org.kechuangradar.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** A fact's key names what the fact is, so another extractor's record of the same text finds the same facts. */
class FactKeysTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode stamped(String record) throws Exception {
    JsonNode r = JSON.readTree(record);
    FactKeys.stampAll(r);
    return r;
  }

  @Test
  void aKeyOutlivesOtherFactsAndOtherFieldsAndIsKeptOnceStamped() throws Exception {
    String sentence = "6月8日，武汉东湖新技术开发区启动建设人工智能计算中心二期。";
    JsonNode v1 = stamped("{\"events\": [{\"type\": \"started\", \"date\": \"2023-06-08\", \"sentence\": \"" + sentence
        + "\"}], \"people\": [{\"name\": \"郑栅洁\"}]}");
    // A newer extractor: another type and date, one more event before it, a person more.
    JsonNode v2 = stamped("{\"events\": [{\"type\": \"meeting\", \"sentence\": \"会议召开。\"}, {\"type\": \"opened\", "
        + "\"date\": \"2023-06\", \"sentence\": \"" + sentence + "\"}], \"people\": [{\"name\": \"阴和俊\"}, "
        + "{\"name\": \"郑栅洁\", \"positions\": [\"主任\"]}]}");
    assertEquals(v1.at("/events/0/key"), v2.at("/events/1/key"));
    assertEquals(v1.at("/people/0/key"), v2.at("/people/1/key"));
    assertNotEquals(v2.at("/people/0/key"), v2.at("/people/1/key"));

    // Two events of one sentence are told apart by their order; a key once stamped is kept as it is.
    JsonNode two = stamped("{\"events\": [{\"sentence\": \"" + sentence + "\"}, {\"sentence\": \"" + sentence + "\"}]}");
    assertEquals(v1.at("/events/0/key").asText(), two.at("/events/0/key").asText());
    assertEquals(v1.at("/events/0/key").asText().replace("-0", "-1"), two.at("/events/1/key").asText());
    JsonNode kept = stamped("{\"organizations\": [{\"name\": \"改过的名字\", \"key\": \"abc-0\"}]}");
    assertEquals("abc-0", kept.at("/organizations/0/key").asText());
  }
}
