package org.kechuangradar.recognize.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.kechuangradar.model.Mention.Type.ADDRESS;
import static org.kechuangradar.model.Mention.Type.COMPANY;
import static org.kechuangradar.model.Mention.Type.GOVERNMENT;
import static org.kechuangradar.model.Mention.Type.ORGANIZATION;
import static org.kechuangradar.model.Mention.Type.POSITION;
import static org.kechuangradar.model.Mention.Type.REGION;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kechuangradar.model.Document;
import org.kechuangradar.model.Mention;
import org.kechuangradar.model.Organization;
import org.kechuangradar.testing.ByHand;

/** The organization stage alone, with the tagger's names and the regions filled in by hand. */
class OrganizationExtractorTest {
  private final OrganizationExtractor stage = new OrganizationExtractor();

  private static List<String> names(Document d) {
    return d.extraction().organizations().stream().map(Organization::name).toList();
  }

  private static Organization org(Document d, String name) {
    return d.extraction().organizations().stream().filter(o -> o.name().equals(name)).findFirst().orElse(null);
  }

  private static List<String> spans(Document d) {
    return d.extraction().entities().stream().filter(m -> m.type() != REGION)
        .map(m -> m.text() + "@" + m.start() + "=" + m.type()).toList();
  }

  @Test
  void namesGovernmentBodiesCanonicallyWithTheirAbbreviations() {
    Document d = ByHand.text("2025-03-01", "工信部、国家网信办和市场监管总局联合发文。广州市发展改革委、市工信局和省商务厅随后部署。");
    d = ByHand.entities(d, "广州市=广州市", REGION);
    d = stage.process(d);
    assertEquals(List.of("工信部"), org(d, "工业和信息化部").aliases());
    assertEquals(List.of("国家网信办"), org(d, "国家互联网信息办公室").aliases());
    assertEquals("government", org(d, "国家市场监督管理总局").type());
    assertEquals(List.of("市工信局"), org(d, "广州市工业和信息化局").aliases());
    assertEquals(List.of("省商务厅"), org(d, "广东省商务厅").aliases());
    assertEquals(List.of("工信部@0=GOVERNMENT", "国家网信办@4=GOVERNMENT", "市场监管总局@10=GOVERNMENT",
        "广州市发展改革委@21=GOVERNMENT", "市工信局@30=GOVERNMENT", "省商务厅@35=GOVERNMENT"), spans(d));
  }

  @Test
  void readsAnAutonomousRegionStandingForTheOneNamedBefore() {
    Document d = ByHand.text("2025-03-01", "西藏自治区召开会议。自治区人大常委会负责人出席。");
    d = stage.process(ByHand.entities(d, "西藏自治区=西藏自治区", REGION));
    assertEquals(List.of("自治区人大常委会"), org(d, "西藏自治区人民代表大会常务委员会").aliases());
  }

  @Test
  void findsNoBodyWhereItsAliasRunsAcrossAWordBoundary() {
    Document d = stage.process(ByHand.text("2025-03-01", "工作人员集中办公，中办和国办联合印发通知。"));
    assertEquals(List.of("中办@9=GOVERNMENT", "国办@12=GOVERNMENT"), spans(d));
  }

  @Test
  void foldsAShortFormIntoTheFullNameItAbbreviates() {
    Document d = ByHand.text("2025-03-01", "国际羽毛球职业联合会今天发布赛程。国际羽联表示，国务院办公厅和国务院有关部门支持。");
    d = stage.process(ByHand.names(d, "国际羽毛球职业联合会", ORGANIZATION, "国际羽联", ORGANIZATION));
    assertEquals(List.of("国务院办公厅", "国务院", "国际羽毛球职业联合会"), names(d));
    assertEquals(List.of("国际羽联"), org(d, "国际羽毛球职业联合会").aliases());
    assertEquals("国际羽毛球职业联合会", d.extraction().entities().stream().filter(m -> m.text().equals("国际羽联"))
        .findFirst().orElseThrow().canonical());
  }

  @Test
  void takesTheLongerNameTheTaggerMarkedOverABodyInsideIt() {
    Document d = ByHand.text("2025-03-01", "农工党中央和致公党中央负责人出席，国务院总理主持会议。");
    d = ByHand.names(d, "农工党中央", GOVERNMENT, "致公党中央", GOVERNMENT, "国务院总理", POSITION);
    d = stage.process(d);
    assertEquals(List.of("国务院", "农工党中央", "致公党中央"), names(d));
    assertNull(org(d, "中共中央"), names(d).toString());
  }

  @Test
  void namesFormerBodiesUnderTheirOwnNames() {
    Document d = stage.process(ByHand.text("2012-05-01", "银监会与卫生部、国家质检总局日前联合发文，外经贸部有关负责人出席。"));
    assertEquals(List.of("中国银行业监督管理委员会", "卫生部", "国家质量监督检验检疫总局", "对外贸易经济合作部"), names(d));
  }

  @Test
  void namesTheLocalBodiesOfTheDataAndInnovationField() {
    Document d = ByHand.text("2025-03-01", "深圳市科技创新委员会与浙江省大数据发展管理局签约，北京市海淀区的科技园区管委会也到场。");
    d = stage.process(ByHand.entities(d, "深圳市=深圳市", REGION, "浙江省=浙江省", REGION, "北京市=北京市", REGION,
        "海淀区=海淀区", REGION));
    assertEquals(List.of("深圳市科技创新委员会", "浙江省大数据发展管理局"), names(d));
  }

  @Test
  void takesACountrysTeamAsAnOrganizationOfItsOwn() {
    Document d = ByHand.text("2025-03-01", "中国女队战胜了巴西队。");
    d = stage.process(ByHand.entities(d, "中国=中国", REGION, "巴西=巴西", REGION));
    assertEquals(List.of("中国女队", "巴西队"), names(d));
  }

  @Test
  void readsDepartmentsOfAFieldAsNoMinistry() {
    Document d = stage.process(ByHand.text("2025-03-01", "各地财政部门和教育部门要加强协调，财政部将另行通知。"));
    assertEquals(List.of("财政部"), names(d));
    assertEquals(1, org(d, "财政部").mentions());
  }

  @Test
  void readsACityCommitteeOfficeAsLocalNotTheNationalOne() {
    Document d = ByHand.text("2025-03-01", "杭州市委网信办牵头，市网信办配合，国家网信办指导。");
    d = stage.process(ByHand.entities(d, "杭州市=杭州市", REGION));
    assertEquals(List.of("杭州市委网络安全和信息化委员会办公室", "杭州市网络安全和信息化委员会办公室", "国家互联网信息办公室"), names(d));
  }

  @Test
  void typesOtherOrganizationsByTheWordThatEndsThem() {
    Document d = ByHand.text("2025-03-01", "华东人工智能研究院与江南证券、江城日报社、美国国家广播公司和中国科协签署协议。");
    d = stage.process(ByHand.names(d, "华东人工智能研究院", ORGANIZATION, "江南证券", COMPANY, "江城日报社", ORGANIZATION,
        "美国国家广播公司", COMPANY, "中国科协", ORGANIZATION));
    assertEquals("research", org(d, "华东人工智能研究院").type());
    assertEquals("company", org(d, "江南证券").type());
    assertEquals("media", org(d, "江城日报社").type());
    assertEquals("media", org(d, "美国国家广播公司").type());
    assertEquals("other", org(d, "中国科协").type());
  }

  @Test
  void keepsEverydayWordsAndAnonymousNamesOut() {
    Document d = ByHand.text("2025-03-01", "某集团与企业代表和该公司负责人座谈。");
    d = stage.process(ByHand.names(d, "某集团", COMPANY, "企业", COMPANY, "该公司", COMPANY));
    assertEquals(List.of(), names(d));
  }

  @Test
  void extendsANameCutAtTheParenthesisItHolds() {
    Document d = ByHand.text("2025-03-01", "江苏宿迁经济技术开发区天合光能（宿迁）有限公司的车间里。");
    d = stage.process(ByHand.names(d, "江苏宿迁经济技术开发区", ADDRESS, "宿迁）有限公司", COMPANY));
    assertEquals(List.of("天合光能（宿迁）有限公司"), names(d));
  }

  @Test
  void namesAForeignGovernmentAsTheTextDoes() {
    Document d = ByHand.text("2025-03-01", "英国政府宣布了新政策。");
    d = stage.process(ByHand.entities(d, "英国=英国", REGION));
    assertEquals(List.of("英国政府"), names(d));
  }

  @Test
  void keepsEverySpanInsideRandomText() {
    Random random = new Random(12);
    for (int i = 0; i < 200; i++) {
      Document d = stage.process(ByHand.text(null, ByHand.randomText(random, 1 + random.nextInt(200))));
      ByHand.assertSpansInside(d);
      d.extraction().entities().forEach(m -> assertEquals(true, m.type() != Mention.Type.WORK));
    }
  }
}
