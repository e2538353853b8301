package org.kechuangradar.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kechuangradar.model.Mention.Type.GOVERNMENT;
import static org.kechuangradar.model.Mention.Type.REGION;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kechuangradar.model.Document;
import org.kechuangradar.model.Event;
import org.kechuangradar.model.EventStatus;
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
    // 到2030年…将建成 is an expected milestone: planned, dated by its year.
    assertEquals(3, events.size(), events.toString());
    assertEquals(EventType.BUILT, events.get(2).type());
    assertEquals("2030", events.get(2).date());
    assertEquals(EventStatus.PLANNED, events.get(2).status());
    assertEquals(EventStatus.DONE, events.get(0).status());
    assertEquals(EventType.CALL, events.get(0).type());
    assertEquals("2024-12-18", events.get(0).date());
    assertEquals("山西省", events.get(0).region());
    assertEquals(List.of("山西省科学技术厅"), events.get(0).actors());
    // 举行…开工仪式: the ceremony is the start, the telling verb of its clause.
    assertEquals(EventType.STARTED, events.get(1).type());
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

  private static List<Event> events(String published, String text, Object... entities) {
    Document d = ByHand.entities(ByHand.text(published, text), entities);
    d = ByHand.regions(d, new Region("浙江省", "330000", RegionLevel.PROVINCE, "中国", 1),
        new Region("杭州市", "330100", RegionLevel.CITY, "浙江省", 1),
        new Region("福建省", "350000", RegionLevel.PROVINCE, "中国", 1),
        new Region("厦门市", "350200", RegionLevel.CITY, "福建省", 1),
        new Region("哈萨克斯坦", "KZ", RegionLevel.COUNTRY, null, 1));
    return new EventExtractor().process(d).extraction().events();
  }

  @Test
  void aVisitTakesThePlaceAfter在NotAnyRegionOfTheSentence() {
    List<Event> events = events("2024-09-22", "9月21日，浙江省委书记在杭州市调研数字经济发展。",
        "浙江省=浙江省", REGION, "杭州市=杭州市", REGION);
    assertEquals(1, events.size(), events.toString());
    assertEquals(EventType.VISIT, events.get(0).type());
    assertEquals("2024-09-21", events.get(0).date());
    assertEquals("杭州市", events.get(0).region());
  }

  @Test
  void aVisitAbroadTakesTheCountryAfterItsVerb() {
    List<Event> events = events("2023-11-28", "11月26日至27日，国务院副总理访问哈萨克斯坦。", "哈萨克斯坦=哈萨克斯坦", REGION);
    assertEquals(1, events.size(), events.toString());
    assertEquals("2023-11-26", events.get(0).date());
    assertEquals("哈萨克斯坦", events.get(0).region());
  }

  @Test
  void twoHappeningsOfOneSentenceAreTwoEventsAndOneClauseIsOne() {
    List<Event> events = events("2025-05-15", "14日上午，国家主席在北京会见来访的外国总统，并出席两国合作文件签约仪式。");
    assertEquals(List.of(EventType.VISIT, EventType.SIGNED), events.stream().map(Event::type).toList());
    assertEquals("2025-05-14", events.get(1).date());
  }

  @Test
  void expectedMilestonesArePlannedAndDatedAtTheTextsPrecision() {
    List<Event> events = events("2024-08-26", "第二十四届投洽会将于9月8日至11日在福建省厦门市举办。\n全线预计2026年底建成。\n"
        + "横琴口岸新验放厅将于4月9日启用。", "福建省=福建省", REGION, "厦门市=厦门市", REGION);
    assertEquals(3, events.size(), events.toString());
    assertEquals(EventType.MEETING, events.get(0).type());
    assertEquals("2024-09-08", events.get(0).date());
    assertEquals("厦门市", events.get(0).region());
    assertEquals(EventStatus.PLANNED, events.get(0).status());
    assertEquals("2026", events.get(1).date());
    assertEquals(EventType.BUILT, events.get(1).type());
    assertEquals(EventStatus.PLANNED, events.get(1).status());
    assertEquals("2025-04-09", events.get(2).date());
  }

  @Test
  void aVagueDateIsARangeEndingAtPublication() {
    List<Event> events = events("2024-03-12", "日前，工业和信息化部印发《关于加快推进新型工业化的实施意见》。");
    assertEquals(1, events.size(), events.toString());
    assertEquals(EventType.ISSUED, events.get(0).type());
    assertEquals("2024-03-05/2024-03-12", events.get(0).date());
    assertEquals("2024-03-05", org.kechuangradar.time.PartialDate.parse(events.get(0).date()).iso());
  }

  @Test
  void titlesNounsAndConditionsAreNoHappenings() {
    List<Event> events = events("2024-04-09", "4月8日，电视剧《南方考察记》在央视播出。\n4月8日，极地考察船抵达香港。\n"
        + "项目今年3月投产后年产值可达100亿元。");
    assertEquals(List.of(), events);
  }

  @Test
  void figuresMadePublicAreAnnouncedAndDocumentsIssued() {
    List<Event> events = events("2024-07-31", "7月30日，国家统计局发布数据。\n7月30日，商务部发布《数字商务三年行动计划》。");
    assertEquals(List.of(EventType.ANNOUNCED, EventType.ISSUED), events.stream().map(Event::type).toList());
  }

  @Test
  void aMeetingsReportDatesWhatTheMeetingAdopted() {
    List<Event> events = events("2024-06-29", "十四届全国人大常委会第十次会议28日在北京闭幕。\n"
        + "会议经表决，通过了新修订的农产品质量安全法。\n该设备顺利通过了72小时试运行。");
    assertEquals(2, events.size(), events.toString());
    assertEquals(EventType.MEETING, events.get(0).type());
    assertEquals(EventType.ADOPTED, events.get(1).type());
    assertEquals("2024-06-28", events.get(1).date());
    assertEquals(EventStatus.DONE, events.get(1).status());
  }

  @Test
  void protestsDrillsLaunchesAndEarthquakesAreOtherHappenings() {
    List<Event> events = events("2025-12-07", "美军6日在波多黎各举行登陆演习。\n数百名民众5日举行抗议活动。\n"
        + "11月25日，神舟二十二号飞船成功发射。\n1月7日，西藏定日县发生6.8级地震。\n12月5日，双方举行会谈。");
    assertEquals(List.of(EventType.OTHER, EventType.OTHER, EventType.OTHER, EventType.OTHER, EventType.VISIT),
        events.stream().map(Event::type).toList());
    assertEquals("2025-12-06", events.get(0).date());
    assertEquals("2025-11-25", events.get(2).date());
  }

  @Test
  void theCountryNamingTheSubjectIsThePlaceButNotAVisitorsNorAnAnniversary() {
    List<Event> events = events("2022-09-28", "匈牙利国家银行27日宣布加息125个基点。\n"
        + "9月26日，哈萨克斯坦总统与到访的土耳其外长举行会谈。\n12月4日，各地纪念现行宪法公布施行40周年。",
        "哈萨克斯坦=哈萨克斯坦", REGION, "土耳其=土耳其", REGION);
    assertEquals(2, events.size(), events.toString());
    assertEquals(EventType.ANNOUNCED, events.get(0).type());
    assertEquals("2022-09-27", events.get(0).date());
    assertEquals("匈牙利", events.get(0).region());
    assertEquals(EventType.VISIT, events.get(1).type());
    assertEquals("哈萨克斯坦", events.get(1).region());
  }

  @Test
  void aSourceTheReporterLearnsFromIsNoEvent() {
    List<Event> events = events("2024-01-08", "记者今天（1月8日）从国铁集团获悉，三峡集团今天发布消息。");
    assertEquals(List.of(), events);
  }
}
