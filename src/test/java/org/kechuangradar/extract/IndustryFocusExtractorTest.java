package org.kechuangradar.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kechuangradar.model.Mention.Type.REGION;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kechuangradar.model.Document;
import org.kechuangradar.model.IndustryFocus;
import org.kechuangradar.model.Region;
import org.kechuangradar.model.RegionLevel;
import org.kechuangradar.testing.ByHand;

/** The industry-focus stage alone, with the regions filled in by hand. */
class IndustryFocusExtractorTest {
  private final IndustryFocusExtractor stage = new IndustryFocusExtractor();

  @Test
  void readsTheIndustriesARegionListsAfterAVerbOfFocus() {
    Document d = ByHand.text("2025-03-01", "上海市重点布局第三代半导体、量子信息、生物制造和低空经济四大赛道。\n要加快开放政务场景、发放算力券。");
    d = ByHand.entities(d, "上海市=上海市", REGION);
    d = ByHand.regions(d, new Region("上海市", "310000", RegionLevel.PROVINCE, "中国", 1, 1));
    List<IndustryFocus> focus = stage.process(d).extraction().industryFocus();
    assertEquals(1, focus.size(), focus.toString());
    assertEquals("上海市", focus.get(0).region());
    assertEquals(List.of("第三代半导体", "量子信息", "生物制造", "低空经济"), focus.get(0).items());
  }

  @Test
  void takesEachItemUpToTheWordThatClosesTheListAndAfterTheVerbBeforeIt() {
    assertEquals(List.of(List.of("能源装备", "海洋装备")), run("山东省重点发展能源装备、海洋装备等重点产业方向。", "山东省",
        "370000").stream().map(IndustryFocus::items).toList());
    assertEquals(List.of(List.of("电动化", "智能化")), run("吉林省今年重点培育电动化、智能化等产业方向。", "吉林省", "220000")
        .stream().map(IndustryFocus::items).toList());
  }

  @Test
  void countsAListOfFieldsOnlyWhenItsItemsAreIndustries() {
    assertEquals(List.of(), run("福建省聚焦教育、医疗等民生领域，推出一批惠民举措。", "福建省", "350000"));
    assertEquals(1, run("福建省聚焦人工智能、集成电路等重点领域，推出一批惠企举措。", "福建省", "350000").size());
  }

  private List<IndustryFocus> run(String text, String region, String code) {
    Document d = ByHand.text("2025-03-01", text);
    d = ByHand.entities(d, region + "=" + region, REGION);
    d = ByHand.regions(d, new Region(region, code, RegionLevel.PROVINCE, "中国", 1, 1));
    return stage.process(d).extraction().industryFocus();
  }

  @Test
  void keepsEverySpanInsideRandomText() {
    Random random = new Random(19);
    for (int i = 0; i < 200; i++) {
      ByHand.assertSpansInside(stage.process(ByHand.text("2025-01-01", ByHand.randomText(random, 1 + random.nextInt(200)))));
    }
  }
}
