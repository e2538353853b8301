package org.kechuangradar.recognize.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kechuangradar.app.Radar;
import org.kechuangradar.model.Document;
import org.kechuangradar.model.Organization;

/** The statistical organization recogniser, through the real extraction chain, on sentences of our own. */
class OrganizationModelTest {
  private static final Radar RADAR = new Radar();

  private static Map<String, String> organizations(String text) {
    Document d = RADAR.cleanAndExtract(Document.fromText("test", text).withPublished("2025-06-01"));
    return d.extraction().organizations().stream().collect(Collectors.toMap(Organization::name, Organization::type));
  }

  @Test
  void findsNamesThatNoSuffixRuleCoversWithTheirPlace() {
    Map<String, String> orgs = organizations("青海人民出版社本月推出人工智能科普丛书，首批发往西宁的中学。");
    assertEquals("media", orgs.get("青海人民出版社"), orgs.toString());
  }

  @Test
  void typesForeignArmedForcesAndCityBureausAsGovernment() {
    Map<String, String> orgs = organizations("美国海军近日测试了新型无人艇。另据通报，南阳市公安局破获一起数据窃取案。");
    assertEquals("government", orgs.get("美国海军"), orgs.toString());
    assertEquals("government", orgs.get("南阳市公安局"), orgs.toString());
  }

  @Test
  void leavesKindsOfOrganizationsOut() {
    Map<String, String> orgs = organizations("国际组织和社会组织积极参与，各级政府加大投入，当地新开了一家电影院。");
    assertTrue(orgs.isEmpty(), orgs.toString());
  }

  @Test
  void doesNotSwallowABodyFollowedByAVerb() {
    Map<String, String> orgs = organizations("国务院组织开展安全生产大检查。");
    assertEquals(List.of("国务院"), List.copyOf(orgs.keySet()));
  }

  @Test
  void typesByTheLastWord() {
    assertEquals("government", OrganizationModel.typeOf("公安局"));
    assertEquals("company", OrganizationModel.typeOf("地产"));
    assertEquals("university", OrganizationModel.typeOf("小学"));
    assertEquals("other", OrganizationModel.typeOf("博物馆"));
  }
}
