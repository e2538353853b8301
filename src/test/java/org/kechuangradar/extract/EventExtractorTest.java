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
    d = ByHand.regions(d, new Region("山西省", "140000", RegionLevel.PROVINCE, "中国", 1, 1),
        new Region("上海市", "310000", RegionLevel.PROVINCE, "中国", 1, 1),
        new Region("浦东新区", "310115", RegionLevel.COUNTY, "上海市", 1, 1));
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
  void aClausesOwnDateThatNeedsThePublicationDayIsUnknownWithoutIt() {
    Document d = ByHand.text(null, "1月9日，科学城数据中心投入使用。\n该中心于2022年3月获批，同年9月开工，去年11月通过验收。\n"
        + "区科技局同日印发《算力补贴办法》。");
    List<String> events = stage.process(d).extraction().events().stream().map(e -> e.type().code() + " " + e.date())
        .toList();
    // 去年11月 and 同日 (of an unknown 1月9日) are not the months named before them.
    assertEquals(List.of("approved 2022-03", "started 2022-09"), events);
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
    d = ByHand.regions(d, new Region("浙江省", "330000", RegionLevel.PROVINCE, "中国", 1, 1),
        new Region("杭州市", "330100", RegionLevel.CITY, "浙江省", 1, 1),
        new Region("福建省", "350000", RegionLevel.PROVINCE, "中国", 1, 1),
        new Region("厦门市", "350200", RegionLevel.CITY, "福建省", 1, 1),
        new Region("哈萨克斯坦", "KZ", RegionLevel.COUNTRY, null, 1, 1));
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
    assertEquals("2023-11-26/2023-11-27", events.get(0).date());
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

  private static final List<Region> MORE_REGIONS = List.of(new Region("巴基斯坦", "PK", RegionLevel.COUNTRY, null, 1, 1),
      new Region("伊朗", "IR", RegionLevel.COUNTRY, null, 1, 1), new Region("以色列", "IL", RegionLevel.COUNTRY, null, 1, 1),
      new Region("也门", "YE", RegionLevel.COUNTRY, null, 1, 1), new Region("越南", "VN", RegionLevel.COUNTRY, null, 1, 1),
      new Region("中国", "CN", RegionLevel.COUNTRY, null, 1, 1),
      new Region("北京市", "110000", RegionLevel.PROVINCE, "中国", 1, 1),
      new Region("河北省", "130000", RegionLevel.PROVINCE, "中国", 1, 1),
      new Region("西安市", "610100", RegionLevel.CITY, "陕西省", 1, 1),
      new Region("重庆市", "500000", RegionLevel.PROVINCE, "中国", 1, 1),
      new Region("新疆维吾尔自治区", "650000", RegionLevel.PROVINCE, "中国", 1, 1),
      new Region("厦门市", "350200", RegionLevel.CITY, "福建省", 1, 1));

  private static List<Event> eventsIn(String published, String text, Object... entities) {
    Document d = ByHand.entities(ByHand.text(published, text), entities);
    d = ByHand.regions(d, MORE_REGIONS.toArray(Region[]::new));
    return new EventExtractor().process(d).extraction().events();
  }

  @Test
  void aVerbThatDescribesANounGivesWayToTheVerbAfterIt() {
    List<Event> events = eventsIn("2026-04-26", "巴基斯坦总理夏巴兹25日与到访的伊朗外长阿拉格齐举行会谈。",
        "巴基斯坦=巴基斯坦", REGION, "伊朗=伊朗", REGION);
    assertEquals(1, events.size(), events.toString());
    assertEquals(EventType.VISIT, events.get(0).type());
    assertEquals("2026-04-25", events.get(0).date());
    assertEquals("巴基斯坦", events.get(0).region());
    // 计划新开工的项目…已全部实现开工: the plan describes the projects; they have started.
    events = eventsIn("2024-07-14", "今年5月，北京市计划新开工的30个项目，目前已全部实现开工。", "北京市=北京市", REGION);
    assertEquals(1, events.size(), events.toString());
    assertEquals(EventStatus.DONE, events.get(0).status());
    assertEquals("2024-05", events.get(0).date());
  }

  @Test
  void whatIsAnnouncedOrSaidIsNotDatedAsItsAnnouncement() {
    // 宣布10月继续增产: October is when output rises, not when it was announced.
    assertEquals(List.of(), eventsIn("2025-09-08", "8个主要产油国宣布10月继续增产。"));
    List<Event> events = eventsIn("2025-09-08", "欧佩克7日宣布10月继续增产。");
    assertEquals(1, events.size(), events.toString());
    assertEquals("2025-09-07", events.get(0).date());
    // 上月28日公布一项提案称，计划成立…: the plan has no date of its own.
    events = eventsIn("2026-08-06", "国际足联上月28日公布一项提案称，计划成立一家公司运营赛事。");
    assertEquals(List.of(EventType.ANNOUNCED), events.stream().map(Event::type).toList());
    assertEquals("2026-07-28", events.get(0).date());
    // 今年1—11月…，国家医保局公布: the period the figure counts over.
    assertEquals(List.of(), eventsIn("2023-12-26", "今年1—11月基本医疗保险基金总收入29362.15亿元，国家医保局公布。"));
  }

  @Test
  void aGatheringThat启动OpensIsAMeetingAndACountOfHappeningsIsNone() {
    List<Event> events = eventsIn("2024-07-14", "今天（7月14日），“中非儿童手拉手”活动在京启动。\n"
        + "2024年“服务消费季”昨天（7月13日）在北京启动。\n活动将从8月份持续至年底，预计举办12场全国性重点活动。\n"
        + "7月14日，第十五届全国运动会开幕式迎来倒计时50天。", "京=北京市", REGION, "北京=北京市", REGION);
    assertEquals(2, events.size(), events.toString());
    assertEquals(EventType.MEETING, events.get(0).type());
    assertEquals("北京市", events.get(0).region());
    assertEquals("2024-07-14", events.get(0).date());
    assertEquals(EventType.MEETING, events.get(1).type());
    assertEquals("2024-07-13", events.get(1).date());
    // 项目启动 is still a start.
    events = eventsIn("2024-07-14", "7月14日，重大项目在北京启动。", "北京=北京市", REGION);
    assertEquals(EventType.STARTED, events.get(0).type());
  }

  @Test
  void aDirectionARouteAndThePresentDayNameNoPlaceOrDate() {
    List<Event> events = eventsIn("2025-09-08", "以色列安全部门7日称，1架从也门方向发射的无人机在以南部机场坠落。",
        "以色列=以色列", REGION, "也门=也门", REGION);
    assertEquals(1, events.size(), events.toString());
    assertEquals("以色列", events.get(0).region());
    events = eventsIn("2024-08-26", "8月26日，西安至重庆高铁重庆境内首座隧道顺利贯通。", "西安=西安市", REGION,
        "重庆=重庆市", REGION, "重庆=重庆市", REGION);
    assertEquals(1, events.size(), events.toString());
    assertEquals("重庆市", events.get(0).region());
    assertEquals(List.of(), eventsIn("2024-12-24", "今天的中国，已建成全球最大的新能源产业链。", "中国=中国", REGION));
  }

  @Test
  void theDaysOfASpanThePlaceAfter在AndTheVisitsPlaceForWhatJoinsIt() {
    List<Event> events = eventsIn("2025-09-28", "中央代表团各分团27至28日在新疆维吾尔自治区多地，继续看望慰问各族干部群众。",
        "新疆维吾尔自治区=新疆维吾尔自治区", REGION);
    assertEquals(1, events.size(), events.toString());
    assertEquals("2025-09-27/2025-09-28", events.get(0).date());
    events = eventsIn("2024-10-16", "10月16日，习近平在厦门考察了中国（福建）自由贸易试验区厦门片区。", "厦门=厦门市", REGION,
        "中国=中国", REGION);
    assertEquals("厦门市", events.get(0).region());
    events = eventsIn("2025-09-02", "赵乐际于8月31日率团访问越南，并出席越南国庆80周年庆祝活动。", "越南=越南", REGION,
        "越南=越南", REGION);
    assertEquals(List.of(EventType.VISIT, EventType.MEETING), events.stream().map(Event::type).toList());
    assertEquals("越南", events.get(1).region());
    events = eventsIn("2025-05-14", "5月14日，习近平在北京会见来华出席中拉论坛部长级会议的智利总统。", "北京=北京市", REGION);
    assertEquals(List.of(EventType.VISIT), events.stream().map(Event::type).toList());
    events = eventsIn("2025-09-20", "河北国际工业设计周活动今天在雄安新区主会场开幕。", "河北=河北省", REGION,
        "雄安新区=雄安新区", org.kechuangradar.model.Mention.Type.ADDRESS);
    // 雄安新区: a new area is a place as a city is.
    assertEquals("雄安新区", events.get(0).region());
  }

  @Test
  void aBodyBeforeAnOfficeIsPartOfAPersonsTitleNotAnActor() {
    List<Event> events = eventsIn("2023-11-28", "11月26日，国务院副总理丁薛祥会见哈萨克斯坦外交部代表。", "国务院", GOVERNMENT,
        "副总理", org.kechuangradar.model.Mention.Type.POSITION, "丁薛祥", org.kechuangradar.model.Mention.Type.PERSON,
        "哈萨克斯坦外交部", GOVERNMENT);
    assertEquals(1, events.size(), events.toString());
    assertEquals(List.of("哈萨克斯坦外交部", "丁薛祥"), events.get(0).actors());
    // Where no person is named the body acts: 国务院常务会议 is held by 国务院.
    events = eventsIn("2026-07-10", "7月10日，国务院召开常务会议。", "国务院", GOVERNMENT);
    assertEquals(List.of("国务院"), events.get(0).actors());
  }

  @Test
  void keepsASpanOfDaysAsAnInterval() {
    List<Event> events = events("2024-08-30", "8月27日至29日，2024中国国际智能产业博览会在重庆举行。");
    assertEquals("2024-08-27/2024-08-29", events.get(0).date(), events.toString());
    events = events("2024-08-31", "8月28—30日，全国科技工作会议在北京召开。");
    assertEquals("2024-08-28/2024-08-30", events.get(0).date(), events.toString());
    events = events("2024-07-23", "21日夜至22日凌晨，浙江省召开防汛工作会议。");
    assertEquals("2024-07-21/2024-07-22", events.get(0).date(), events.toString());
  }

  @Test
  void aPlannedMonthIsTheComingOne() {
    List<Event> events = events("2024-10-26", "第七届进博会将于11月在上海举办。");
    assertEquals("2024-11", events.get(0).date(), events.toString());
    events = events("2024-10-26", "计划3月开工建设。");
    assertEquals("2025-03", events.get(0).date(), events.toString());
  }
}
