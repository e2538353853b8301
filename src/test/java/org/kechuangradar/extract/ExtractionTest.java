package org.kechuangradar.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kechuangradar.app.Radar;
import org.kechuangradar.model.Document;
import org.kechuangradar.model.Event;
import org.kechuangradar.model.Organization;
import org.kechuangradar.model.Person;
import org.kechuangradar.model.Policy;
import org.kechuangradar.model.Quantity;
import org.kechuangradar.model.Region;
import org.kechuangradar.model.RegionLevel;
import org.kechuangradar.time.DateResolver;

/** Each extraction rule on sentences written for the purpose, through the real cleaning and extraction chain. */
class ExtractionTest {
  private static final Radar RADAR = new Radar();

  private static Document extract(String published, String... lines) {
    return RADAR.cleanAndExtract(Document.fromText("test", String.join("\n", lines)).withPublished(published));
  }

  private static List<String> regionNames(Document d) {
    return d.extraction().regions().stream().map(Region::name).toList();
  }

  private static Organization org(Document d, String name) {
    return d.extraction().organizations().stream().filter(o -> o.name().equals(name)).findFirst().orElse(null);
  }

  @Test
  void resolvesShortAndCompoundRegionNamesWithParents() {
    Document d = extract("2025-03-01", "江苏苏州与浙江嘉兴加强合作，凉山彝族自治州和华蓥市也派员参加。香港特区政府表示欢迎。");
    assertEquals(List.of("江苏省", "苏州市", "浙江省", "嘉兴市", "凉山彝族自治州", "华蓥市", "香港特别行政区"), regionNames(d));
    Region suzhou = d.extraction().regions().get(1);
    assertEquals("320500", suzhou.code());
    assertEquals("江苏省", suzhou.parent());
  }

  @Test
  void reportsNamedAreasAsAreasAndIgnoresLookAlikes() {
    Document d = extract("2025-03-01", "长三角和粤港澳大湾区联合推出“投资浙里”活动，中国城市报记者与中山大学学者参加。");
    List<Region> regions = d.extraction().regions();
    assertEquals(List.of("长三角", "粤港澳大湾区"), regionNames(d));
    assertTrue(regions.stream().allMatch(r -> r.level() == RegionLevel.AREA && r.code() == null));
  }

  @Test
  void namesFormerBodiesUnderTheirOwnNames() {
    Document d = extract("2012-05-01", "银监会与卫生部、国家质检总局日前联合发文，外经贸部有关负责人出席。");
    List<String> names = d.extraction().organizations().stream().map(Organization::name).toList();
    assertEquals(List.of("中国银行业监督管理委员会", "卫生部", "国家质量监督检验检疫总局", "对外贸易经济合作部"), names);
  }

  @Test
  void namesTheLocalBodiesOfTheDataAndInnovationField() {
    Document d = extract("2025-03-01", "深圳市科技创新委员会与浙江省大数据发展管理局签约，雄安新区管理委员会派员参加，"
        + "北京市海淀区的科技园区管委会也到场。");
    List<String> names = d.extraction().organizations().stream().map(Organization::name).toList();
    assertTrue(names.containsAll(List.of("深圳市科技创新委员会", "浙江省大数据发展管理局", "雄安新区管理委员会")), names.toString());
    // The park's committee is not the district's: 区 in 园区 does not stand for a region named before.
    assertNull(org(d, "海淀区管理委员会"), names.toString());
  }

  @Test
  void readsACityCommitteeOfficeAsLocalNotTheNationalOne() {
    Document d = extract("2025-03-01", "杭州市委网信办和市委组织部联合发文，市网信办配合，国家网信办指导。");
    List<String> names = d.extraction().organizations().stream().map(Organization::name).toList();
    assertEquals(List.of("杭州市委网络安全和信息化委员会办公室", "杭州市委组织部", "杭州市网络安全和信息化委员会办公室",
        "国家互联网信息办公室"), names);
  }

  @Test
  void readsDepartmentsOfAFieldAsNoMinistry() {
    Document d = extract("2025-03-01", "各地财政部门和教育部门要加强协调，财政部将另行通知。");
    List<String> names = d.extraction().organizations().stream().map(Organization::name).toList();
    assertEquals(List.of("财政部"), names);
    assertEquals(1, org(d, "财政部").mentions());
  }

  @Test
  void keepsFieldWordsAndTownQuartersInCompanyNames() {
    Document d = extract("2025-03-01", "该中心由宁波江北智算科技有限公司投资建设，深圳城南算力科技有限公司参与运营。");
    assertTrue(org(d, "宁波江北智算科技有限公司") != null, d.extraction().organizations().toString());
    assertTrue(org(d, "深圳城南算力科技有限公司") != null, d.extraction().organizations().toString());
  }

  @Test
  void sameDayMeansTheLastFullDayNotAMonthNamedSince() {
    Document d = extract("2025-01-17", "1月16日，城西智算中心正式上线运营。", "该中心于2023年5月获批，同年8月开工建设。",
        "市经济和信息化局同日发布《杭州市算力券实施细则》。");
    Event issued = d.extraction().events().stream().filter(e -> e.type().equals("issued")).findFirst().orElseThrow();
    assertEquals("2025-01-16", issued.date());
    assertEquals("2025-01-16", d.extraction().policies().get(0).date());
  }

  @Test
  void disambiguatesSameNamedDistrictsByTheCityInContext() {
    Document d = extract("2025-03-01", "南京市鼓楼区发布人工智能产业扶持政策。");
    Region gulou = d.extraction().regions().stream().filter(r -> r.name().equals("鼓楼区")).findFirst().orElseThrow();
    assertEquals("南京市", gulou.parent());
  }

  @Test
  void namesGovernmentBodiesCanonicallyWithTheirAbbreviations() {
    Document d = extract("2025-03-01", "工信部、国家网信办和市场监管总局联合发文。广州市发展改革委、市工信局和省商务厅随后部署。");
    assertEquals(List.of("工信部"), org(d, "工业和信息化部").aliases());
    assertEquals(List.of("国家网信办"), org(d, "国家互联网信息办公室").aliases());
    assertTrue(org(d, "国家市场监督管理总局") != null);
    assertEquals("government", org(d, "广州市发展和改革委员会").type());
    assertEquals(List.of("市工信局"), org(d, "广州市工业和信息化局").aliases());
    assertEquals(List.of("省商务厅"), org(d, "广东省商务厅").aliases());
    assertNull(org(d, "信息化部"));
  }

  @Test
  void findsOrganizationsBySuffixWithoutFragments() {
    Document d = extract("2025-03-01", "华东人工智能研究院与江南证券签署协议。", "专家说，要规范地方政府行为，推动科技创新和产业创新融合发展。",
        "他在接受江城日报记者采访时说，双方还将共建联合实验室。");
    assertEquals("research", org(d, "华东人工智能研究院").type());
    assertEquals("company", org(d, "江南证券").type());
    assertEquals("media", org(d, "江城日报").type());
    List<String> names = d.extraction().organizations().stream().map(Organization::name).toList();
    for (String fragment : List.of("南证券", "联合实验室", "接受江城日报", "规范地方政府", "融合发展")) {
      assertFalse(names.contains(fragment), fragment + " in " + names);
    }
  }

  @Test
  void readsPeopleWithEveryPositionFromAppositions() {
    Document d = extract("2025-03-01", "全国人大代表、华光集团董事长周永明建议，加快建设算力网络。",
        "在省科学院副院长、智能所所长吴清和看来，场景开放是关键。", "创始人陈立新就提出了这个设想。", "欧阳明代表：要加大投入。");
    List<Person> people = d.extraction().people();
    assertEquals(List.of("周永明", "吴清和", "陈立新", "欧阳明"), people.stream().map(Person::name).toList());
    assertEquals(List.of("全国人大代表", "华光集团董事长"), people.get(0).positions());
    assertEquals(List.of("省科学院副院长", "智能所所长"), people.get(1).positions());
    assertEquals(List.of("创始人"), people.get(2).positions());
  }

  @Test
  void keepsReportersOutOfThePeople() {
    Document d = extract("2025-03-01", "■本报记者 何晓东", "专家何晓东认为，应加快建设。");
    assertTrue(d.extraction().people().isEmpty(), d.extraction().people().toString());
  }

  @Test
  void tellsPoliciesFromArticleTitlesAndReadsTheirFacts() {
    Document d = extract("2025-08-20", "今年3月，合肥市人民政府印发《合肥市量子科技产业发展行动方案（2025—2027年）》。",
        "此前，本报曾刊发《抢占未来产业》和《合肥发布量子方案：打造量子名城》两篇报道。",
        "7月31日，国务院常务会议审议通过《关于推进低空经济发展的意见》。");
    List<Policy> policies = d.extraction().policies();
    assertEquals(2, policies.size(), policies.toString());
    Policy hefei = policies.get(0);
    assertEquals("行动方案", hefei.kind());
    assertEquals(List.of("合肥市人民政府"), hefei.issuers());
    assertEquals("2025-03", hefei.date());
    assertEquals("合肥市", hefei.region());
    assertEquals(new Policy.Period(2025, 2027), hefei.period());
    assertEquals("issued", hefei.status());
    assertEquals(List.of("量子科技"), hefei.topics());
    Policy national = policies.get(1);
    assertEquals(List.of("国务院"), national.issuers());
    assertEquals("2025-07-31", national.date());
    assertNull(national.region());
    assertEquals("adopted", national.status());
    assertEquals(List.of("低空经济"), national.topics());
  }

  @Test
  void resolvesDatesAgainstPublicationNeverIntoTheFuture() {
    LocalDate published = LocalDate.parse("2024-01-10");
    assertEquals(List.of("2023-12-18", "2024-01-05", "2023", "2024-03", "2024-03", "2024-01"),
        DateResolver.find("12月18日发布，5日开工，去年完成，今年3月上线，同日挂牌，日前获批", published).stream()
            .map(DateResolver.Found::iso).toList());
    assertEquals("2023-07", DateResolver.find("7月", published).get(0).iso());
    assertEquals("2024-03-05", DateResolver.find("2024年3月5日", null).get(0).iso());
  }

  @Test
  void readsAmountsWithMultipliersUnitsAndSubjects() {
    Document d = extract("2025-03-01", "项目总投资达114亿元，新增企业4500家，增速达26.9%，服务超过1000万用户，设立三个中心。",
        "到2027年建成，第二批项目于12月18日公布。");
    List<Quantity> q = d.extraction().quantities();
    assertEquals(List.of("114亿元", "4500家", "26.9%", "1000万", "三个"), q.stream().map(Quantity::text).toList());
    assertEquals(11_400_000_000.0, q.get(0).value());
    assertEquals("元", q.get(0).unit());
    assertEquals("项目总投资", q.get(0).subject());
    assertEquals(10_000_000.0, q.get(3).value());
    assertEquals("", q.get(3).unit());
    assertEquals(3.0, q.get(4).value());
  }

  @Test
  void datesEventsAndTakesTheMostSpecificRegion() {
    Document d = extract("2024-12-23", "12月18日，山西省科学技术厅张榜公布一批“揭榜挂帅”项目。",
        "就在同一日，上海市浦东新区举行重大项目开工仪式。", "到2030年，全市将建成10个智算中心。");
    List<Event> events = d.extraction().events();
    assertEquals(2, events.size(), events.toString());
    assertEquals("call", events.get(0).type());
    assertEquals("2024-12-18", events.get(0).date());
    assertEquals("山西省", events.get(0).region());
    assertEquals(List.of("山西省科学技术厅"), events.get(0).actors());
    assertEquals("meeting", events.get(1).type());
    assertEquals("2024-12-18", events.get(1).date());
    assertEquals("浦东新区", events.get(1).region());
  }

  @Test
  void keepsCommonWordsVerbsAndForeignGovernmentsOutOfNames() {
    Document d = extract("2025-03-01", "文章表示，要加快发展。张凡也表示赞同。", "很多人借了来电科技的充电宝。英国政府宣布了新政策。");
    assertEquals(List.of("张凡"), d.extraction().people().stream().map(Person::name).toList());
    List<String> orgs = d.extraction().organizations().stream().map(Organization::name).toList();
    assertTrue(orgs.contains("来电科技") && orgs.contains("英国政府"), orgs.toString());
    assertFalse(orgs.contains("借了来电科技") || orgs.contains("英国人民政府"), orgs.toString());
  }

  @Test
  void findsNamesWithoutCuesFromHowLikelyTheyAreAsNames() {
    Document d = extract("2025-03-01", "会议由王建国主持，托雷斯和周晓梅出席。各地高度重视，张先生也来了。");
    List<String> people = d.extraction().people().stream().map(Person::name).toList();
    assertTrue(people.containsAll(List.of("王建国", "托雷斯", "周晓梅")), people.toString());
    assertFalse(people.stream().anyMatch(p -> p.startsWith("高") || p.startsWith("张")), people.toString());
  }

  @Test
  void readsOneCharacterCountryNamesOnlyWhereNewsUsesThem() {
    Document d = extract("2025-03-01", "中美合作取得进展，中方表示欢迎。代表团将于下月访华。其中方法很多。");
    assertEquals(List.of("中国", "美国"), regionNames(d));
    List<String> spans = d.extraction().entities().stream()
        .filter(m -> m.type() == org.kechuangradar.model.Mention.Type.REGION).map(m -> m.text()).toList();
    assertEquals(List.of("中", "美", "中", "华"), spans);
  }

  @Test
  void leavesAPlaceInsideAnOrganizationsNameToTheOrganization() {
    Document d = extract("2025-03-01", "中国女队战胜了巴西队。中国共产党员参加了活动。");
    List<String> places = d.extraction().entities().stream()
        .filter(m -> m.type() == org.kechuangradar.model.Mention.Type.REGION).map(m -> m.text()).toList();
    List<String> orgs = d.extraction().organizations().stream().map(Organization::name).toList();
    assertTrue(orgs.containsAll(List.of("中国女队", "巴西队")), orgs.toString());
    assertFalse(places.contains("巴西"), places.toString());
    assertTrue(regionNames(d).contains("巴西"), regionNames(d).toString());
  }

  @Test
  void takesAFoundedNameWithoutSuffixAsACompanyButNotAPlainWord() {
    Document d = extract("2025-03-01", "由某大学推动成立的星河智芯，聚焦存算一体芯片。新成立的公司，主要做软件。");
    List<String> orgs = d.extraction().organizations().stream().map(Organization::name).toList();
    assertTrue(orgs.contains("星河智芯"), orgs.toString());
    assertFalse(orgs.contains("公司"), orgs.toString());
  }

  @Test
  void datesAFacilitysStagesAndLeavesStagesStillToCome() {
    Document d = extract("2025-01-17", "滨江智算中心于2023年5月获批，同年8月开工建设，去年12月通过验收。",
        "该中心预计今年年底前建成投运，已有20家企业入驻。");
    org.kechuangradar.model.Facility f = d.extraction().domain().facilities().get(0);
    assertEquals("滨江智算中心", f.name());
    assertEquals("compute", f.kind());
    List<String> stages = f.stages().stream().map(st -> st.stage() + "@" + st.date()).toList();
    assertTrue(stages.containsAll(List.of("approved@2023-05", "started@2023-08", "accepted@2024-12")), stages.toString());
    assertFalse(stages.stream().anyMatch(st -> st.startsWith("built") || st.startsWith("opened")), stages.toString());
  }

  @Test
  void readsAFundsSizeStructureAndSponsorButNotTheInvestmentItDrawsIn() {
    Document d = extract("2025-03-01", "南昌市人民政府设立总规模50亿元的“1+N”产业投资基金，力争带动社会投资超过200亿元。");
    org.kechuangradar.model.Fund f = d.extraction().domain().funds().get(0);
    assertEquals("1+N", f.structure());
    assertEquals(5e9, f.size().value());
    assertEquals("南昌市人民政府", f.sponsor());
  }

  @Test
  void countsACallsProjectsByCategory() {
    Document d = extract("2025-06-04", "6月3日，江西省科学技术厅发布2025年度“揭榜挂帅”项目榜单，共10项，其中新材料类6项、电子信息类4项。");
    org.kechuangradar.model.Call c = d.extraction().domain().calls().get(0);
    assertEquals("揭榜挂帅", c.kind());
    assertEquals("江西省科学技术厅", c.issuer());
    assertEquals(10, c.projects().stream().mapToInt(org.kechuangradar.model.Call.ProjectCount::count).sum());
  }

  @Test
  void readsAnInstrumentsCapFromTheNextClauseAndSkipsWhatIsOnlyProposed() {
    Document d = extract("2025-03-01", "《南昌市模型券实施办法》明确，对购买大模型服务的中小企业发放模型券，单个企业每年最高可获50万元。",
        "全国人大代表、某集团董事长王立新建议，设立数据券，支持中小企业采购数据。");
    List<org.kechuangradar.model.Instrument> all = d.extraction().domain().instruments();
    assertEquals(1, all.size(), all.toString());
    assertEquals("voucher", all.get(0).kind());
    assertEquals(5e5, all.get(0).amount().cap());
    assertEquals("南昌市模型券实施办法", all.get(0).policy());
  }

  @Test
  void readsIndicatorsWithTheirBasisAndTargetsWithTheirYear() {
    Document d = extract("2025-08-20", "今年7月，全省集成电路、光伏组件行业增加值同比分别增长18.2%和9.5%。",
        "方案提出，到2027年，全省数字经济核心产业增加值占地区生产总值比重达到12%。");
    List<org.kechuangradar.model.Indicator> all = d.extraction().domain().indicators();
    assertEquals(3, all.size(), all.toString());
    assertEquals("集成电路行业增加值", all.get(0).metric());
    assertEquals("yoy_growth", all.get(0).basis());
    assertEquals("光伏组件行业增加值", all.get(1).metric());
    assertEquals(9.5, all.get(1).value());
    assertTrue(all.get(2).target());
    assertEquals("2027", all.get(2).period());
    assertEquals("share", all.get(2).basis());
  }

  @Test
  void splitsADeputysRecommendationsAndKeepsQuotesApart() {
    Document d = extract("2025-03-06", "“创新要从需求出发。”全国政协委员、某研究院院长许文博说，建议加大首台套保险补偿力度；完善科技成果评价机制。",
        "全国人大代表、某集团董事长陆明认为，一是扩大算力券覆盖面；二是设立未来产业基金。");
    List<org.kechuangradar.model.Proposal> all = d.extraction().domain().proposals();
    assertEquals(2, all.size(), all.toString());
    assertEquals("member", all.get(0).capacity());
    assertEquals(List.of("创新要从需求出发。"), all.get(0).quotes());
    assertEquals(2, all.get(0).recommendations().size(), all.get(0).recommendations().toString());
    assertEquals("deputy", all.get(1).capacity());
    assertEquals(List.of("扩大算力券覆盖面", "设立未来产业基金"), all.get(1).recommendations());
  }

  @Test
  void takesMoneySetAsideByAMeasureAsAFundInstrument() {
    Document d = extract("2025-03-01", "南昌市今年将安排专项资金5000万元，支持企业开展关键技术攻关。");
    List<org.kechuangradar.model.Instrument> all = d.extraction().domain().instruments();
    assertEquals(1, all.size(), all.toString());
    assertEquals("fund", all.get(0).kind());
    assertEquals(5e7, all.get(0).amount().value());
  }
}
