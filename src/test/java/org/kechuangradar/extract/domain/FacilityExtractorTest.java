package org.kechuangradar.extract.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kechuangradar.model.Document;
import org.kechuangradar.model.Facility;
import org.kechuangradar.model.Mention;
import org.kechuangradar.model.Region;
import org.kechuangradar.model.RegionLevel;
import org.kechuangradar.testing.ByHand;

/** The facility stage alone, on clean text. */
class FacilityExtractorTest {
  private final FacilityExtractor stage = new FacilityExtractor();

  @Test
  void datesAFacilitysStagesAndLeavesStagesStillToCome() {
    Document d = ByHand.text("2025-01-17", "滨江智算中心于2023年5月获批，同年8月开工建设，去年12月通过验收。\n"
        + "该中心预计今年年底前建成投运，已有20家企业入驻。");
    Facility f = stage.process(d).extraction().domain().facilities().get(0);
    assertEquals("滨江智算中心", f.name());
    assertEquals("compute", f.kind());
    List<String> stages = f.stages().stream().map(st -> st.stage().code() + "@" + st.date()).toList();
    assertTrue(stages.containsAll(List.of("approved@2023-05", "started@2023-08", "accepted@2024-12")), stages.toString());
    assertFalse(stages.stream().anyMatch(st -> st.startsWith("built") || st.startsWith("opened")), stages.toString());
  }

  @Test
  void leavesUndatedAStepWhoseDateNeedsThePublicationDay() {
    Document d = ByHand.text(null, "滨江智算中心于2023年5月获批，同年8月开工建设，去年12月通过验收。");
    List<String> stages = stage.process(d).extraction().domain().facilities().get(0).stages().stream()
        .map(st -> st.stage().code() + "@" + st.date()).toList();
    assertTrue(stages.containsAll(List.of("approved@2023-05", "started@2023-08", "accepted@null")), stages.toString());
  }

  @Test
  void takesNoKindAloneForAFacility() {
    Document d = ByHand.text("2025-01-17", "全国重点实验室和国家实验室建设加快，未来产业集群不断壮大。");
    assertEquals(List.of(), stage.process(d).extraction().domain().facilities());
  }

  @Test
  void takesNoClassCountOrPointerForAFacility() {
    Document d = ByHand.text("2025-01-17", "我国大科学装置加快布局，一批农业科技孵化器投入使用。\n"
        + "全国“东数西算”工程八大算力枢纽建设提速，济南这个超算中心已经运行两年。");
    assertEquals(List.of(), stage.process(d).extraction().domain().facilities());
  }

  @Test
  void findsNamedFacilitiesOfManyKindsWithTheirStages() {
    Document d = ByHand.text("2025-10-28", "今天（10月28日），雅砻江流域的孟底沟水电站和牙根一级水电站同步实现大江截流。\n"
        + "我国首台自主研制的15米口径亚毫米波望远镜启动建设。");
    List<Facility> found = stage.process(d).extraction().domain().facilities();
    List<String> names = found.stream().map(Facility::name).toList();
    assertEquals(List.of("孟底沟水电站", "牙根一级水电站", "15米口径亚毫米波望远镜"), names);
    assertEquals("energy", found.get(0).kind());
    assertEquals("started@2025-10-28", found.get(0).stages().get(0).stage().code() + "@" + found.get(0).stages().get(0).date());
  }

  @Test
  void takesAStageStillToComeForAPlan() {
    Document d = ByHand.text("2023-05-06", "在吴忠，牛首山二期680万千瓦抽水蓄能电站项目完成招标，即将开工。");
    Facility f = stage.process(d).extraction().domain().facilities().get(0);
    assertEquals("牛首山二期680万千瓦抽水蓄能电站", f.name());
    assertEquals(List.of("planned"), f.stages().stream().map(st -> st.stage().code()).toList());
  }

  @Test
  void startsANameAfterTheVerbThatTakesIt() {
    Document d = ByHand.text("2025-01-17", "厦门加快建设海峡两岸融合发展示范区。");
    assertEquals("海峡两岸融合发展示范区", stage.process(d).extraction().domain().facilities().get(0).name());
  }

  @Test
  void keepsEverySpanInsideRandomText() {
    Random random = new Random(20);
    for (int i = 0; i < 200; i++) {
      ByHand.assertSpansInside(stage.process(ByHand.text("2025-01-01", ByHand.randomText(random, 1 + random.nextInt(200)))));
    }
  }

  private String regionOf(Document d, String name) {
    return stage.process(d).extraction().domain().facilities().stream().filter(f -> f.name().equals(name))
        .findFirst().orElseThrow(() -> new AssertionError(name + " not found")).region();
  }

  @Test
  void givesEachFacilityTheStageOfItsOwnClause() {
    Document d = ByHand.text("2023-11-14", "前三季度，重大水利工程开工35项，龙滩水利枢纽工程全面完工，"
        + "陕西引汉济渭工程实现通水，开始发挥效益。");
    assertEquals(List.of("built@2023"), stagesOf(d, "龙滩水利枢纽工程"));
    assertEquals(List.of("opened@2023"), stagesOf(d, "陕西引汉济渭工程"));
  }

  @Test
  void givesAVerbBeforeAListToEachMemberAndNoneToAnotherSubject() {
    Document d = ByHand.entities(ByHand.text("2024-05-10", "5月10日，长沙智算中心和株洲智算中心同时投运，湘潭市新开工项目12个。"),
        "长沙=长沙市", Mention.Type.REGION, "株洲=株洲市", Mention.Type.REGION, "湘潭市", Mention.Type.REGION);
    assertEquals(List.of("opened@2024-05-10"), stagesOf(d, "长沙智算中心"));
    assertEquals(List.of("opened@2024-05-10"), stagesOf(d, "株洲智算中心"));
  }

  @Test
  void takesTheOpeningOfAUnitInCommercialOperationAndNoUnitNumberForADay() {
    Document d = ByHand.text("2022-11-02", "今天（11月2日），白鹤滩水电站11号机组顺利通过72小时试运行，正式投入商业运行。");
    assertTrue(stagesOf(d, "白鹤滩水电站").contains("opened@2022-11-02"), stagesOf(d, "白鹤滩水电站").toString());
    assertFalse(stagesOf(d, "白鹤滩水电站").stream().anyMatch(st -> st.endsWith("10-11")));
  }

  @Test
  void placesAFacilityWhereTheTextSaysItStands() {
    Document d = ByHand.regions(ByHand.entities(ByHand.text("2023-03-20", "国家重点工程——贺兰山东麓防洪治理工程近日在银川启动。"),
        "山东=山东省", Mention.Type.REGION, "银川=银川市", Mention.Type.REGION),
        new Region("山东省", "370000", RegionLevel.PROVINCE, null, 1, 1), new Region("银川市", "640100", RegionLevel.CITY, "宁夏回族自治区", 1, 1));
    assertEquals("银川市", regionOf(d, "贺兰山东麓防洪治理工程"));
    Document bridge = ByHand.regions(ByHand.entities(ByHand.text("2025-01-04",
        "在贵州的高山峡谷中，六枝至安龙高速控制性工程——花江峡谷大桥正在加紧施工。"), "贵州=贵州省", Mention.Type.REGION,
        "六枝=六枝特区", Mention.Type.REGION, "安龙=安龙县", Mention.Type.REGION),
        new Region("贵州省", "520000", RegionLevel.PROVINCE, null, 1, 1), new Region("六枝特区", "520203", RegionLevel.COUNTY, "六盘水市", 1, 1),
        new Region("安龙县", "522328", RegionLevel.COUNTY, "黔西南布依族苗族自治州", 1, 1));
    assertEquals("贵州省", regionOf(bridge, "花江峡谷大桥"));
    Document route = ByHand.regions(ByHand.entities(ByHand.text("2025-01-04", "六枝至安龙高速控制性工程——花江峡谷大桥正在加紧施工。"),
        "六枝=六枝特区", Mention.Type.REGION, "安龙=安龙县", Mention.Type.REGION),
        new Region("六枝特区", "520203", RegionLevel.COUNTY, "六盘水市", 1, 1),
        new Region("安龙县", "522328", RegionLevel.COUNTY, "黔西南布依族苗族自治州", 1, 1));
    assertEquals("贵州省", regionOf(route, "花江峡谷大桥"));
    assertEquals(List.of("started@null"), stagesOf(bridge, "花江峡谷大桥"));
  }

  @Test
  void carriesAFacilityOnlyIntoASentenceWithoutASubject() {
    Document d = ByHand.text("2024-01-14", "胜利油田2023年生产原油达2345万吨。自投产以来，已累计生产原油超13亿吨。");
    assertEquals(List.of("operating@null"), stagesOf(d, "胜利油田"));
    Document other = ByHand.text("2024-01-14", "胜利油田2023年生产原油达2345万吨。中国石化多个新项目今年投产。");
    assertEquals(List.of(), stagesOf(other, "胜利油田"));
  }

  @Test
  void takesNoMeetingVenueNationalProgrammeOrTradeClassForAFacility() {
    Document d = ByHand.text("2025-02-20", "两会通道受到广泛关注。该网多年来服务于中国探月工程的测定轨任务。"
        + "目前，海上风电基地、沿海核电等建设正有序展开。");
    assertEquals(List.of(), names(d));
  }

  private List<String> names(Document d) {
    return stage.process(d).extraction().domain().facilities().stream().map(Facility::name).toList();
  }

  @Test
  void takesACommonKindOnlyWithAProperPartBeforeIt() {
    Document d = ByHand.text("2025-01-04", "引江补汉工程加紧施工，深中通道建成通车。\n"
        + "各地水源调蓄工程、控制性工程和国家水网骨干工程加快实施，一批生产基地投产。");
    assertEquals(List.of("引江补汉工程", "深中通道"), names(d));
  }

  @Test
  void takesNoCountedNameAnywhere() {
    Document d = ByHand.text("2025-01-04", "省级水网先导区建设开局良好，第一批7个省级水网先导区完成投资。");
    assertEquals(List.of(), names(d));
    Document centres = ByHand.regions(ByHand.entities(ByHand.text("2025-03-02", "上海市发布行动方案，建设10个智算中心。"),
        "上海市=上海市", Mention.Type.REGION), new Region("上海市", "310000", RegionLevel.PROVINCE, null, 1, 1));
    assertEquals(List.of(), names(centres));
  }

  @Test
  void knowsAFacilityByItsShortestNameWhereTheRegionBeforeItSays() {
    Document d = ByHand.entities(ByHand.text("2025-01-04", "在黑龙江鹤岗市关门嘴子水库，工程建设一派繁忙。关门嘴子水库预计明年汛期前投入使用。"),
        "黑龙江=黑龙江省", Mention.Type.REGION, "鹤岗市", Mention.Type.REGION);
    List<Facility> fs = stage.process(d).extraction().domain().facilities();
    assertEquals(1, fs.size(), fs.toString());
    assertEquals("关门嘴子水库", fs.get(0).name());
    assertEquals("鹤岗市", fs.get(0).region());
    List<String> stages = fs.get(0).stages().stream().map(st -> st.stage().code()).toList();
    // A completion still to come: planned for it, and being built now.
    assertTrue(stages.containsAll(List.of("planned", "started")), stages.toString());
  }

  @Test
  void takesAPartOfAFacilityForTheFacility() {
    Document d = ByHand.text("2023-11-14", "大藤峡水利枢纽工程主体工程全面完工。");
    assertEquals(List.of("大藤峡水利枢纽工程"), names(d));
  }

  @Test
  void beginsANameAfterADateANumberOrAQuoteItDoesNotClose() {
    Document d = ByHand.text("2024-01-04", "2018年10月港珠澳大桥正式通车。“代表通道”开启。");
    assertEquals(List.of("港珠澳大桥"), names(d));
  }

  @Test
  void readsAnAdverbLikeCharacterBeforeANounAsPartOfTheName() {
    Document d = ByHand.text("2025-01-04", "重要项目——常泰长江大桥建设进入冲刺阶段。");
    assertEquals(List.of("常泰长江大桥"), names(d));
  }

  private List<String> stagesOf(Document d, String name) {
    return stage.process(d).extraction().domain().facilities().stream().filter(f -> f.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError(name + " not found in " + names(d))).stages().stream()
        .map(st -> st.stage().code() + "@" + st.date()).toList();
  }

  @Test
  void takesBuildingWorkUnderWayForAFacilityBeingBuilt() {
    assertEquals(List.of("started@null"), stagesOf(ByHand.text("2023-03-20", "白马河防洪治理工程正在紧张施工。"), "白马河防洪治理工程"));
    assertEquals(List.of("started@null"), stagesOf(ByHand.text("2023-03-20", "青石岭水库建设现场一派繁忙。"), "青石岭水库"));
    assertEquals(List.of("started@null"),
        stagesOf(ByHand.text("2025-01-04", "大湾区超级工程——狮子洋通道项目建设紧锣密鼓。"), "狮子洋通道"));
    // Still to come: a plan, not work under way.
    assertEquals(List.of(), stagesOf(ByHand.text("2025-01-04", "青石岭水库明年将加快建设。"), "青石岭水库").stream()
        .filter(st -> st.startsWith("started")).toList());
  }

  @Test
  void takesTheTimeSinceOpeningForOperation() {
    assertEquals(List.of("operating@null"),
        stagesOf(ByHand.text("2024-01-14", "截至1月13日，滨海油田自投产以来，已累计生产原油2亿吨。"), "滨海油田"));
  }

  @Test
  void takesEachMemberOfAListClosedByACountOrByDeng() {
    Document d = ByHand.entities(ByHand.text("2022-11-08", "截至目前，河北青龙、山西汾河等4处新建灌区已全部开工建设。"),
        "河北=河北省", Mention.Type.REGION, "山西=山西省", Mention.Type.REGION);
    List<Facility> fs = stage.process(d).extraction().domain().facilities();
    assertEquals(List.of("河北青龙灌区", "山西汾河灌区"), fs.stream().map(Facility::name).toList());
    assertEquals("河北省", fs.get(0).region());
    assertEquals("started", fs.get(1).stages().get(0).stage().code());
    Document two = ByHand.entities(ByHand.text("2025-02-20", "东川和西岭两座射电望远镜落成启用。"),
        "东川", Mention.Type.REGION, "西岭", Mention.Type.REGION);
    assertEquals(List.of("东川望远镜", "西岭望远镜"), names(two));
    // Places listed without a count are where facilities stand, not their names.
    Document places = ByHand.entities(ByHand.text("2025-02-20", "河北、山西等省份新建灌区加快建设。"),
        "河北=河北省", Mention.Type.REGION, "山西=山西省", Mention.Type.REGION);
    assertEquals(List.of(), names(places));
  }

  @Test
  void givesTheMembersOfAListWhatTheSentenceBeforeToldOfThemAll() {
    Document d = ByHand.text("2024-07-14", "今年计划新开工的50个重大项目，目前已全部实现开工。项目包括滨河科技示范园、青龙湖生态治理工程等。");
    assertTrue(stagesOf(d, "滨河科技示范园").contains("started@null") || stagesOf(d, "滨河科技示范园").stream()
        .anyMatch(st -> st.startsWith("started")), stagesOf(d, "滨河科技示范园").toString());
    assertTrue(stagesOf(d, "青龙湖生态治理工程").stream().anyMatch(st -> st.startsWith("started")));
  }

  @Test
  void datesAStageByAYearOnlyInItsOwnClause() {
    assertEquals(List.of("built@2012"), stagesOf(ByHand.text("2022-09-28", "东港大桥2012年建成。"), "东港大桥"));
    assertEquals(List.of("built@null"),
        stagesOf(ByHand.text("2024-01-04", "2023年，全市完成投资100亿元，东港大桥建成。"), "东港大桥"));
  }

  @Test
  void takesNoMilitaryBaseNorAPlaceQualifiedClass() {
    assertEquals(List.of(), names(ByHand.text("2024-01-04", "阿萨德空军基地遭到袭击。深水油气田开发加快。")));
  }

  @Test
  void takesNoProgrammeCountOrClauseForAFacility() {
    Document d = ByHand.text("2026-01-05", "浙江深入实施“千万工程”，开展“放心消费服务”提升工程，实施文明乡风建设工程和高素质农民培育工程。\n"
        + "“十五五”时期将实施102项重大工程，其中包括多座跨海大桥工程。当地建成光伏产业园、新材料产业园等。\n"
        + "2023年6月，习近平总书记发出打好“三北”工程攻坚战的号召。1月3日，重庆开行2026年首趟西部陆海新通道班列。\n"
        + "罢工组织方英国铁路海事运输工会表示，罢工将持续三天。");
    assertEquals(List.of(), stage.process(d).extraction().domain().facilities());
  }

  @Test
  void takesTheNameAfterADashAndNoStartDateFromAMilestone() {
    Document d = ByHand.text("2026-01-05", "粤港澳大湾区核心枢纽工程——狮子洋通道日前开工建设。\n黄茅海跨海通道昨天实现全线合龙。");
    List<Facility> found = stage.process(d).extraction().domain().facilities();
    assertEquals(List.of("狮子洋通道", "黄茅海跨海通道"), found.stream().map(Facility::name).toList());
    assertEquals("[STARTED@null]", found.get(1).stages().stream().map(st -> st.stage() + "@" + st.date()).toList().toString());
  }
}
