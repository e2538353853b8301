package org.kechuangradar.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kechuangradar.ingest.Input;
import org.kechuangradar.model.Document;
import org.kechuangradar.model.Event;

/** A review of a past year, read whole: its events without a year are dated in the year it looks back on. */
class RetrospectiveDatesTest {
  private static final Radar RADAR = new Radar();
  private static final String BODY = """
      过去的一年，合肥科技创新多点突破，记者梳理了全年要事。

      1月，合肥市科学技术局印发《合肥市科技企业孵化器认定管理办法》。

      1月3日，合肥高新区举行量子信息产业园开园仪式。

      6月8日，合肥市人民政府与中国科学技术大学签署新一轮战略合作协议。10日，双方共建的量子计算实验室揭牌。

      12月28日，合肥先进光源项目在高新区开工建设。
      """;

  private static Document extract(String headline) throws Exception {
    return extract(headline, "2024-01-03");
  }

  private static Document extract(String headline, String published) throws Exception {
    byte[] bytes = (headline + "\n\n" + BODY).getBytes(StandardCharsets.UTF_8);
    return RADAR.extract(new Input("review.txt", bytes, "text/plain; charset=utf-8"), published);
  }

  private static List<String> eventDates(String headline) throws Exception {
    return extract(headline).extraction().events().stream().map(Event::date).toList();
  }

  @Test
  void datesTheEventsOfAReviewPublishedInJanuaryInTheYearReviewed() throws Exception {
    assertEquals(List.of("2023-01", "2023-01-03", "2023-06-08", "2023-06-10", "2023-12-28"),
        eventDates("回眸2023年合肥科技创新"));
    assertEquals("2023-01", extract("回眸2023年合肥科技创新").extraction().policies().get(0).date());
  }

  @Test
  void anUndatedReviewStillDatesItsMonthsInTheYearItNames() throws Exception {
    assertEquals(List.of("2023-01", "2023-01-03", "2023-06-08", "2023-06-10", "2023-12-28"),
        extract("回眸2023年合肥科技创新", null).extraction().events().stream().map(Event::date).toList());
    assertEquals(List.of(), extract("合肥科技创新综述", null).extraction().events());
  }

  @Test
  void leavesAStoryOfAPeriodDatedFromPublication() throws Exception {
    // 2019年以来 names a period, not a year looked back on: a month not after publication is of 2024.
    assertEquals(List.of("2024-01", "2024-01-03", "2023-06-08", "2023-12-10", "2023-12-28"),
        eventDates("2019年以来合肥科技创新综述"));
  }
}
