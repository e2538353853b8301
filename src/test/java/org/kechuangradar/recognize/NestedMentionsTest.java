package org.kechuangradar.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kechuangradar.model.Mention.Type.ORGANIZATION;
import static org.kechuangradar.model.Mention.Type.REGION;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kechuangradar.model.Document;
import org.kechuangradar.testing.ByHand;

/** The stage that leaves a place inside an organization's name to the organization. */
class NestedMentionsTest {
  @Test
  void dropsAPlaceMentionInsideAnOrganizationsName() {
    Document d = ByHand.text("2025-03-01", "苏州大学与苏州市企业合作。");
    d = ByHand.entities(d, "苏州大学", ORGANIZATION, "苏州=苏州市", REGION, "苏州=苏州市", REGION);
    d = new NestedMentions().process(d);
    assertEquals(List.of("苏州@5", "苏州大学@0"), d.extraction().entities().stream()
        .map(m -> m.text() + "@" + m.start()).sorted().toList());
  }
}
