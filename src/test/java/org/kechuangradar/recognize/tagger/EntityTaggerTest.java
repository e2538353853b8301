package org.kechuangradar.recognize.tagger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kechuangradar.testing.ByHand;

/** The shipped tagger on short sentences of the kind news writes, and on random text. */
class EntityTaggerTest {
  private final EntityTagger tagger = EntityTagger.get();

  private List<String> tag(String text) {
    return tagger.tag(text).stream().map(s -> text.substring(s.start(), s.end()) + "/" + s.kind().name()).toList();
  }

  @Test
  void marksPeopleTitlesBodiesAndPlaces() {
    assertEquals(List.of("中共中央政治局/GOVERNMENT", "常委/POSITION", "国务院/GOVERNMENT", "总理/POSITION",
        "李强/PERSON"), tag("中共中央政治局常委、国务院总理李强出席会议。"));
    assertEquals(List.of("科技部/GOVERNMENT", "部长/POSITION", "王志刚/PERSON"), tag("科技部部长王志刚表示，今年将加大投入。"));
    assertEquals(List.of("北京/PLACE"), tag("北京今天天气晴朗。"));
  }

  @Test
  void marksNoNameAcrossAPause() {
    for (TaggedSpan s : tagger.tag("粤开证券首席经济学家、研究院院长罗志恒建议，提高技术标准。")) {
      String name = "粤开证券首席经济学家、研究院院长罗志恒建议，提高技术标准。".substring(s.start(), s.end());
      assertTrue(name.indexOf('、') < 0 && name.indexOf('，') < 0, name);
    }
  }

  @Test
  void givesSpansInsideAnyText() {
    Random random = new Random(15);
    for (int i = 0; i < 300; i++) {
      String text = ByHand.randomText(random, random.nextInt(120));
      int end = 0;
      for (TaggedSpan s : tagger.tag(text)) {
        assertTrue(s.start() >= end && s.end() <= text.length(), s + " in a text of " + text.length());
        end = s.end();
      }
    }
  }
}
