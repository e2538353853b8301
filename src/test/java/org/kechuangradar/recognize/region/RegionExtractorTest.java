package org.kechuangradar.recognize.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kechuangradar.model.Mention.Type.ADDRESS;
import static org.kechuangradar.model.Mention.Type.GOVERNMENT;
import static org.kechuangradar.model.Mention.Type.ORGANIZATION;
import static org.kechuangradar.model.Mention.Type.PERSON;
import static org.kechuangradar.model.Mention.Type.POSITION;
import static org.kechuangradar.model.Mention.Type.WORK;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kechuangradar.model.Document;
import org.kechuangradar.model.Mention;
import org.kechuangradar.model.Region;
import org.kechuangradar.model.RegionLevel;
import org.kechuangradar.testing.ByHand;

/** The region stage alone, with the tagger's names filled in by hand. */
class RegionExtractorTest {
  private final RegionExtractor stage = new RegionExtractor();

  private Document run(String text, Object... names) {
    return stage.process(ByHand.names(ByHand.text("2025-03-01", text), names));
  }

  private static List<String> spans(Document d) {
    return d.extraction().entities().stream().filter(m -> m.type() == Mention.Type.REGION)
        .map(m -> m.text() + "@" + m.start()).toList();
  }

  @Test
  void readsFullNamesShortFormsAndChainsWithTheirCodes() {
    Document d = run("江苏苏州、浙江嘉兴和凉山彝族自治州的华蓥市代表到香港交流。", "江苏苏州", ADDRESS, "浙江嘉兴", ADDRESS,
        "凉山彝族自治州", ADDRESS, "华蓥市", ADDRESS, "香港", ADDRESS);
    assertEquals(List.of("江苏省", "苏州市", "浙江省", "嘉兴市", "凉山彝族自治州", "华蓥市", "香港特别行政区"),
        ByHand.regionNames(d));
    assertEquals(List.of("江苏@0", "苏州@2", "浙江@5", "嘉兴@7", "凉山彝族自治州@10", "华蓥市@18", "香港@24"), spans(d));
    Region suzhou = d.extraction().regions().get(1);
    assertEquals("320500", suzhou.code());
    assertEquals(RegionLevel.CITY, suzhou.level());
    assertEquals("江苏省", suzhou.parent());
  }

  @Test
  void takesARegionInsideItsOwnBodyOrATitleButNotInsideAnotherOrganization() {
    Document d = run("福建省委书记周祖翼在中山大学调研，新疆生产建设兵团和哈萨克斯坦总统也出席。", "福建省委", GOVERNMENT,
        "书记", POSITION, "中山大学", ORGANIZATION, "新疆生产建设兵团", GOVERNMENT, "哈萨克斯坦总统", POSITION);
    assertEquals(List.of("福建省", "哈萨克斯坦"), ByHand.regionNames(d));
  }

  @Test
  void takesAShortFormOnlyWhereNoWordRunsAcrossItsEndsAndItIsNoEverydayWord() {
    Document d = run("他家住在中山路，双方合作开放，合作市和东方市也有代表。");
    assertEquals(List.of("合作市", "东方市"), ByHand.regionNames(d));
  }

  @Test
  void takesARegionInsideItsDelegationOfDeputies() {
    Document d = run("习近平参加江苏代表团审议。", "习近平", PERSON, "江苏代表团", GOVERNMENT);
    assertEquals(List.of("江苏省"), ByHand.regionNames(d));
  }

  @Test
  void readsNoPlaceBeforeTheWordForTimeZone() {
    Document d = run("北京时间今天凌晨，火箭在酒泉卫星发射中心发射。东京时间上午九时，会谈在东京举行。", "北京", ADDRESS,
        "酒泉卫星发射中心", ORGANIZATION, "东京", ADDRESS, "东京", ADDRESS);
    assertEquals(List.of("东京@35"), spans(d));
  }

  @Test
  void needsItsProvinceOrCityNearbyForADistrictByItsShortForm() {
    assertEquals(List.of("广东省", "顺德区"), ByHand.regionNames(run("广东顺德的家电企业加快转型。", "广东顺德", ADDRESS)));
    assertEquals(List.of(), ByHand.regionNames(run("天山南北，瓜果飘香。", "天山", ADDRESS)));
  }

  @Test
  void resolvesADistrictSharedByCitiesByTheCityInContext() {
    Document d = run("南京市鼓楼区发布人工智能产业扶持政策。", "南京市鼓楼区", ADDRESS);
    Region gulou = d.extraction().regions().stream().filter(r -> r.name().equals("鼓楼区")).findFirst().orElseThrow();
    assertEquals("南京市", gulou.parent());
  }

  @Test
  void reportsNamedAreasAsPlacesNotAsRegions() {
    Document d = run("长三角和粤港澳大湾区联合推出活动。", "长三角", ADDRESS, "粤港澳大湾区", ADDRESS);
    assertEquals(List.of(), ByHand.regionNames(d));
    assertEquals(List.of("长三角", "粤港澳大湾区"), ByHand.texts(d, ADDRESS));
  }

  @Test
  void readsOneCharacterCountryNamesOnlyWhereNewsUsesThem() {
    Document d = run("中美合作取得进展，中方表示欢迎。代表团将于下月访华。其中方法很多，美方面临压力。");
    assertEquals(List.of("中国", "美国"), ByHand.regionNames(d));
    assertEquals(List.of("中@0", "美@1", "中@9", "华@24"), spans(d));
  }

  @Test
  void leavesTitlesAlone() {
    assertEquals(List.of(), ByHand.regionNames(run("他背诵了《北京宣言》。", "《北京宣言》", WORK)));
  }

  @Test
  void keepsEverySpanInsideRandomText() {
    Random random = new Random(11);
    for (int i = 0; i < 200; i++) {
      Document d = stage.process(ByHand.text(null, ByHand.randomText(random, 1 + random.nextInt(200))));
      ByHand.assertSpansInside(d);
      assertTrue(d.extraction().regions().stream().allMatch(r -> r.mentions() > 0));
    }
  }
}
