package org.kechuangradar.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kechuangradar.model.Document;
import org.kechuangradar.model.Proposal;
import org.kechuangradar.testing.ByHand;

/** What was proposed is found by its sorted suffixes as a search through every recommendation and quote finds it. */
class SentenceFactsTest {
  @Test
  void proposedWordsAreFoundAsASearchOfEveryRecommendationFindsThem() {
    Random random = new Random(3);
    String pool = "建议加快算力基金补贴实验室，。";
    for (int round = 0; round < 200; round++) {
      List<Proposal> proposals = new ArrayList<>();
      for (int p = random.nextInt(4); p > 0; p--) {
        proposals.add(new Proposal("张三", "deputy", List.of(), List.of(), words(random, pool, 3, 12),
            words(random, pool, 2, 8), 0, 0, 1));
      }
      Document d = ByHand.text(null, "文本");
      d = d.withExtraction(d.extraction().withDomain(d.extraction().domain().withProposals(proposals)));
      for (String w : words(random, pool, 40, 4)) {
        boolean expected = proposals.stream().anyMatch(p -> p.recommendations().stream().anyMatch(r -> r.contains(w))
            || p.quotes().stream().anyMatch(q -> q.contains(w)));
        assertEquals(expected, SentenceFacts.proposed(d, w), w + " in " + proposals);
      }
    }
  }

  private static List<String> words(Random random, String pool, int count, int longest) {
    List<String> out = new ArrayList<>();
    for (int i = random.nextInt(count + 1); i > 0; i--) {
      StringBuilder w = new StringBuilder();
      for (int k = random.nextInt(longest + 1); k > 0; k--) {
        w.append(pool.charAt(random.nextInt(pool.length())));
      }
      out.add(w.toString());
    }
    return out;
  }
}
