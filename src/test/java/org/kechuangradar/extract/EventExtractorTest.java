package org.kechuangradar.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kechuangradar.model.Mention.Type.GOVERNMENT;
import static org.kechuangradar.model.Mention.Type.REGION;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kechuangradar.model.Document;
import org.kechuangradar.model.Event;
import org.kechuangradar.model.EventType;
import org.kechuangradar.model.Region;
import org.kechuangradar.model.RegionLevel;
import org.kechuangradar.testing.ByHand;

/** The event stage alone, with the regions and bodies of the text filled in by hand. */
class EventExtractorTest {
  private final EventExtractor stage = new EventExtractor();

  @Test
  void datesEventsAndTakesTheMostSpecificRegionAndTheBodiesAsActors() {
    Document d = ByHand.text("2024-12-23", "12月18日，山西省科学技术厅张榜公布一批“揭榜挂帅”项目。\n"
        + "就在同一日，上海市浦东新区举行重大项目开工仪式。\n到2030年，全市将建成10个智算中心。");
    d = ByHand.entities(d, "山西省=山西省", REGION, "山西省科学技术厅", GOVERNMENT, "上海市=上海市", REGION,
        "浦东新区=浦东新区", REGION);
    d = ByHand.regions(d, new Region("山西省", "140000", RegionLevel.PROVINCE, "中国", 1),
        new Region("上海市", "310000", RegionLevel.PROVINCE, "中国", 1),
        new Region("浦东新区", "310115", RegionLevel.COUNTY, "上海市", 1));
    List<Event> events = stage.process(d).extraction().events();
    assertEquals(2, events.size(), events.toString());
    assertEquals(EventType.CALL, events.get(0).type());
    assertEquals("2024-12-18", events.get(0).date());
    assertEquals("山西省", events.get(0).region());
    assertEquals(List.of("山西省科学技术厅"), events.get(0).actors());
    assertEquals(EventType.MEETING, events.get(1).type());
    assertEquals("2024-12-18", events.get(1).date());
    assertEquals("浦东新区", events.get(1).region());
    assertEquals(0, events.get(0).start());
  }

  @Test
  void takesTheLastFullDayForTheSameDayNotAMonthNamedSince() {
    Document d = ByHand.text("2025-01-17", "1月16日，城西智算中心正式上线运营。\n该中心于2023年5月获批，同年8月开工建设。\n"
        + "市经济和信息化局同日发布《杭州市算力券实施细则》。");
    Event issued = stage.process(d).extraction().events().stream().filter(e -> e.type() == EventType.ISSUED)
        .findFirst().orElseThrow();
    assertEquals("2025-01-16", issued.date());
  }

  @Test
  void keepsEverySpanInsideRandomText() {
    Random random = new Random(18);
    for (int i = 0; i < 200; i++) {
      ByHand.assertSpansInside(stage.process(ByHand.text("2025-01-01", ByHand.randomText(random, 1 + random.nextInt(200)))));
    }
  }
}
