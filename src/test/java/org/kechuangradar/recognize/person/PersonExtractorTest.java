package org.kechuangradar.recognize.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kechuangradar.model.Mention.Type.ADDRESS;
import static org.kechuangradar.model.Mention.Type.COMPANY;
import static org.kechuangradar.model.Mention.Type.GOVERNMENT;
import static org.kechuangradar.model.Mention.Type.ORGANIZATION;
import static org.kechuangradar.model.Mention.Type.PERSON;
import static org.kechuangradar.model.Mention.Type.POSITION;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kechuangradar.model.Document;
import org.kechuangradar.model.Person;
import org.kechuangradar.testing.ByHand;

/** The person stage alone, with the tagger's names filled in by hand. */
class PersonExtractorTest {
  private final PersonExtractor stage = new PersonExtractor();

  private static Map<String, List<String>> positions(Document d) {
    return d.extraction().people().stream().collect(Collectors.toMap(Person::name, Person::positions,
        (a, b) -> a, java.util.LinkedHashMap::new));
  }

  @Test
  void readsTitlesBeforeTheNameJoinedByEnumerationCommas() {
    Document d = ByHand.text("2025-03-01", "中共中央政治局常委、国务院总理李强主持召开国务院常务会议。");
    d = stage.process(ByHand.names(d, "中共中央政治局", GOVERNMENT, "常委", POSITION, "国务院", GOVERNMENT, "总理", POSITION,
        "李强", PERSON));
    assertEquals(Map.of("李强", List.of("中共中央政治局常委", "国务院总理")), positions(d));
    assertEquals(List.of("常委", "总理"), ByHand.texts(d, POSITION));
    assertEquals(List.of("李强"), ByHand.texts(d, PERSON));
  }

  @Test
  void composesATitleWithTheDepartmentTheTaggerDidNotMark() {
    Document d = ByHand.text("2025-03-01", "国家统计局新闻发言人、国民经济综合统计司司长付凌晖表示，工业稳中有进。");
    d = stage.process(ByHand.names(d, "国家统计局", GOVERNMENT, "新闻发言人", POSITION, "司长", POSITION,
        "付凌晖", PERSON));
    assertEquals(Map.of("付凌晖", List.of("国家统计局新闻发言人", "国民经济综合统计司司长")), positions(d));
  }

  @Test
  void readsATitleRightAfterTheNameUnlessAnotherNameFollowsIt() {
    Document d = ByHand.text("2025-03-01", "习近平总书记强调，要加快发展。雷军代表建议，加快立法。会见了哈萨克斯坦总统托卡耶夫。");
    d = stage.process(ByHand.names(d, "习近平", PERSON, "总书记", POSITION, "雷军", PERSON, "代表", POSITION,
        "哈萨克斯坦", ADDRESS, "总统", POSITION, "托卡耶夫", PERSON));
    assertEquals(Map.of("习近平", List.of("总书记"), "雷军", List.of("代表"), "托卡耶夫", List.of("哈萨克斯坦总统")),
        positions(d));
  }

  @Test
  void givesThePersonTheOrganizationOfTheFirstTitle() {
    Document d = ByHand.text("2025-03-01", "全国人大代表、小米集团董事长雷军建议，加快人工智能立法。");
    d = ByHand.names(d, "全国人大代表", POSITION, "小米集团", COMPANY, "董事长", POSITION, "雷军", PERSON);
    d = ByHand.entities(d, "小米集团", COMPANY);
    d = stage.process(d);
    assertEquals(Map.of("雷军", List.of("全国人大代表", "小米集团董事长")), positions(d));
    assertEquals("小米集团", d.extraction().people().get(0).organization());
  }

  @Test
  void readsTheTitleOfAPersonIntroducedByJu() {
    Document d = ByHand.text("2025-03-01", "据工业和信息化部副部长辛国斌介绍，今年将加快算力建设。");
    d = ByHand.names(d, "工业和信息化部", GOVERNMENT, "副部长", POSITION, "辛国斌", PERSON);
    d = stage.process(ByHand.entities(d, "工业和信息化部", GOVERNMENT));
    assertEquals(Map.of("辛国斌", List.of("工业和信息化部副部长")), positions(d));
    assertEquals("工业和信息化部", d.extraction().people().get(0).organization());
  }

  @Test
  void readsAcademiciansAndMembersBeforeAVerbOfSpeech() {
    Document d = ByHand.text("2025-03-01", "中国工程院院士邬贺铨认为，算力是新质生产力。全国政协委员张云勇指出，要加强统筹。");
    d = stage.process(ByHand.names(d, "中国工程院", ORGANIZATION, "院士", POSITION, "邬贺铨", PERSON, "全国政协委员",
        POSITION, "张云勇", PERSON));
    assertEquals(Map.of("邬贺铨", List.of("中国工程院院士"), "张云勇", List.of("全国政协委员")), positions(d));
  }

  @Test
  void composesEveryTitleOfAListWithTheOrganizationBeforeTheFirst() {
    Document d = ByHand.text("2025-03-01", "国家发展改革委党组成员、副主任李春临表示，将扩大有效投资。");
    d = ByHand.names(d, "国家发展改革委", GOVERNMENT, "党组成员", POSITION, "副主任", POSITION, "李春临", PERSON);
    d = stage.process(ByHand.entities(d, "国家发展改革委", GOVERNMENT));
    assertEquals(Map.of("李春临", List.of("国家发展改革委党组成员", "国家发展改革委副主任")), positions(d));
    // A governor is the province's, not the Party committee's.
    Document governor = ByHand.text("2025-03-01", "江苏省委副书记、省长许昆林出席会议。");
    governor = stage.process(ByHand.names(governor, "江苏省委", GOVERNMENT, "副书记", POSITION, "省长", POSITION,
        "许昆林", PERSON));
    assertEquals(Map.of("许昆林", List.of("江苏省委副书记", "省长")), positions(governor));
    Document president = ByHand.text("2025-03-01", "中共中央总书记、国家主席习近平出席会议。");
    president = stage.process(ByHand.names(president, "中共中央", GOVERNMENT, "总书记", POSITION, "国家主席", POSITION,
        "习近平", PERSON));
    assertEquals(Map.of("习近平", List.of("中共中央总书记", "国家主席")), positions(president));
  }

  @Test
  void joinsTitlesHeldConcurrentlyAndComposesACouncilTheTaggerDidNotMark() {
    Document d = ByHand.text("2025-03-01", "国务资政兼国家安全统筹部长张志明表示，塞尔维亚国民议会副议长拉多维奇出席。");
    d = stage.process(ByHand.names(d, "国务资政", POSITION, "国家安全统筹部长", POSITION, "张志明", PERSON, "塞尔维亚", ADDRESS,
        "副议长", POSITION, "拉多维奇", PERSON));
    assertEquals(Map.of("张志明", List.of("国务资政", "国家安全统筹部长"), "拉多维奇", List.of("塞尔维亚国民议会副议长")),
        positions(d));
  }

  @Test
  void keepsAForeignNameWholeAcrossItsMiddleDot() {
    Document d = ByHand.text("2025-03-01", "俄罗斯总统弗拉基米尔·普京表示，愿同中方加强合作。");
    d = stage.process(ByHand.names(d, "俄罗斯", ADDRESS, "总统", POSITION, "弗拉基米尔·普京", PERSON));
    assertEquals(Map.of("弗拉基米尔·普京", List.of("俄罗斯总统")), positions(d));
  }

  @Test
  void keepsReportersAndNamesThatAreNoNamesOut() {
    Document d = ByHand.text("2025-03-01", "记者何晓东从江苏获悉，专家王宁说，中国科学院院士参加。").withAuthors(List.of("何晓东"));
    d = stage.process(ByHand.names(d, "记者", POSITION, "何晓东", PERSON, "江苏", PERSON, "王宁", PERSON,
        "中国科学院", ORGANIZATION, "院士", POSITION));
    assertEquals(List.of("王宁"), d.extraction().people().stream().map(Person::name).toList());
  }

  @Test
  void keepsEverySpanInsideRandomText() {
    Random random = new Random(13);
    for (int i = 0; i < 200; i++) {
      Document d = stage.process(ByHand.text(null, ByHand.randomText(random, 1 + random.nextInt(200))));
      ByHand.assertSpansInside(d);
      assertTrue(d.extraction().people().isEmpty());
    }
  }
}
