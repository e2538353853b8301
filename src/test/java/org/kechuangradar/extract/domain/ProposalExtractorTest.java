package org.kechuangradar.extract.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kechuangradar.model.Mention.Type.PERSON;
import static org.kechuangradar.model.Mention.Type.POSITION;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kechuangradar.model.Document;
import org.kechuangradar.model.Proposal;
import org.kechuangradar.recognize.person.PersonExtractor;
import org.kechuangradar.testing.ByHand;

/** The proposal stage alone, with the people and their positions found before it. */
class ProposalExtractorTest {
  private final ProposalExtractor stage = new ProposalExtractor();

  @Test
  void splitsADeputysRecommendationsAndKeepsQuotesApart() {
    Document d = ByHand.text("2025-03-06", "“创新要从需求出发。”全国政协委员、某研究院院长许文博说，建议加大首台套保险补偿力度；完善科技成果评价机制。\n"
        + "全国人大代表、某集团董事长陆明认为，一是扩大算力券覆盖面；二是设立未来产业基金。");
    d = new PersonExtractor().process(ByHand.names(d, "全国政协委员", POSITION, "院长", POSITION, "许文博", PERSON,
        "全国人大代表", POSITION, "董事长", POSITION, "陆明", PERSON));
    List<Proposal> all = stage.process(d).extraction().domain().proposals();
    assertEquals(2, all.size(), all.toString());
    assertEquals("member", all.get(0).capacity());
    assertEquals(List.of("创新要从需求出发。"), all.get(0).quotes());
    assertEquals(2, all.get(0).recommendations().size(), all.get(0).recommendations().toString());
    assertEquals("deputy", all.get(1).capacity());
    assertEquals(List.of("扩大算力券覆盖面", "设立未来产业基金"), all.get(1).recommendations());
  }

  @Test
  void givesEverySpeakerOfAListTheProposalsAfterJiu() {
    Document d = ByHand.text("2026-07-10", "民建中央主席郝明金、农工党中央主席何维在座谈会上介绍调研成果，并就强化源头创新与制度供给、"
        + "推动低空经济高质量发展等，提出务实中肯的政策建议。");
    d = new PersonExtractor().process(ByHand.names(d, "民建中央主席", POSITION, "郝明金", PERSON, "农工党中央主席", POSITION,
        "何维", PERSON));
    List<Proposal> all = stage.process(d).extraction().domain().proposals();
    assertEquals(List.of("郝明金", "何维"), all.stream().map(Proposal::speaker).toList());
    assertEquals(List.of("强化源头创新与制度供给", "推动低空经济高质量发展"), all.get(0).recommendations());
    assertEquals(all.get(0).recommendations(), all.get(1).recommendations());
  }

  @Test
  void takesNoOfficeHoldersViewForAProposal() {
    Document d = ByHand.text("2026-01-10", "总书记习近平表示，一是要发展富民产业；二是要推进乡村全面振兴。");
    d = new PersonExtractor().process(ByHand.names(d, "总书记", POSITION, "习近平", PERSON));
    assertEquals(List.of(), stage.process(d).extraction().domain().proposals());
  }

  @Test
  void keepsEverySpanInsideRandomText() {
    Random random = new Random(25);
    for (int i = 0; i < 200; i++) {
      Document d = stage.process(ByHand.text("2025-01-01", ByHand.randomText(random, 1 + random.nextInt(200))));
      ByHand.assertSpansInside(d);
      d.extraction().domain().proposals().forEach(p -> assertEquals(true, p.start() >= 0 && p.end() <= d.text().length()));
    }
  }
}
