package org.kechuangradar.recognize.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kechuangradar.model.Mention.Type.ADDRESS;
import static org.kechuangradar.model.Mention.Type.REGION;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kechuangradar.model.Document;
import org.kechuangradar.testing.ByHand;

/** The address stage alone, with the tagger's places and the regions found in them filled in by hand. */
class AddressExtractorTest {
  private final AddressExtractor stage = new AddressExtractor();

  @Test
  void keepsThePartOfAPlaceAfterTheDivisionsInIt() {
    Document d = ByHand.text("2025-03-01", "在重庆，果园港联通全球；江苏苏州工业园区和长江沿线也在发展。");
    d = ByHand.names(d, "重庆", ADDRESS, "果园港", ADDRESS, "江苏苏州工业园区", ADDRESS, "长江", ADDRESS);
    d = ByHand.entities(d, "重庆=重庆市", REGION, "江苏=江苏省", REGION, "苏州=苏州市", REGION);
    d = stage.process(d);
    assertEquals(List.of("果园港", "工业园区", "长江"), ByHand.texts(d, ADDRESS));
    assertEquals(List.of(4, 16, 21), d.extraction().entities().stream().filter(m -> m.type() == ADDRESS)
        .map(m -> m.start()).sorted().toList());
  }

  @Test
  void keepsEverySpanInsideRandomText() {
    Random random = new Random(14);
    for (int i = 0; i < 100; i++) {
      ByHand.assertSpansInside(stage.process(ByHand.text(null, ByHand.randomText(random, 1 + random.nextInt(200)))));
    }
  }
}
