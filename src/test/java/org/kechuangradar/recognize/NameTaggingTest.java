package org.kechuangradar.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kechuangradar.model.Document;
import org.kechuangradar.model.Mention;
import org.kechuangradar.model.TaggedName;
import org.kechuangradar.testing.ByHand;

/** The tagging stage: the tagger's names of each paragraph, with offsets into the whole text. */
class NameTaggingTest {
  private final NameTagging stage = new NameTagging();

  @Test
  void givesEachParagraphsNamesOffsetsIntoTheText() {
    Document d = stage.process(ByHand.text("2025-03-01", "北京今天天气晴朗。\n科技部部长王志刚表示，今年将加大投入。"));
    assertEquals(List.of("北京@0=ADDRESS", "科技部@10=GOVERNMENT", "部长@13=POSITION", "王志刚@15=PERSON"),
        d.extraction().names().stream().map(TaggedName::mention).map(m -> m.text() + "@" + m.start() + "=" + m.type())
            .toList());
    assertEquals(List.of(), d.extraction().entities());
  }

  @Test
  void tagsAParagraphLongerThanAPieceAtItsSentenceEnds() {
    String sentence = "科技部部长王志刚表示，今年将加大投入。";
    String paragraph = sentence.repeat(NameTagging.MAX_PIECE / sentence.length() * 3);
    Document d = stage.process(ByHand.text("2025-03-01", paragraph));
    List<Mention> people = d.extraction().names().stream().map(TaggedName::mention)
        .filter(m -> m.type() == Mention.Type.PERSON).toList();
    assertEquals(paragraph.length() / sentence.length(), people.size(), "the name of every sentence, none cut");
    people.forEach(m -> assertEquals("王志刚", paragraph.substring(m.start(), m.end())));
    int end = NameTagging.pieceEnd(paragraph, 0);
    assertEquals(true, end <= NameTagging.MAX_PIECE && paragraph.charAt(end - 1) == '。', "cut after a sentence");
    String unbroken = "字".repeat(NameTagging.MAX_PIECE * 2 + 5);
    assertEquals(NameTagging.MAX_PIECE, NameTagging.pieceEnd(unbroken, 0), "no sentence end: cut at the limit");
  }

  @Test
  void keepsEverySpanInsideRandomText() {
    Random random = new Random(26);
    for (int i = 0; i < 100; i++) {
      Document d = stage.process(ByHand.text(null, ByHand.randomText(random, random.nextInt(300))));
      ByHand.assertSpansInside(d);
      d.extraction().names().forEach(n -> assertEquals(true, n.mention().type() != Mention.Type.REGION));
    }
  }
}
