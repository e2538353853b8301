package org.kechuangradar.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** One pass finds what a search per word finds: every occurrence, overlapping ones too, in order. */
class OccurrencesTest {
  @Test
  void findsWhatASearchPerWordFinds() {
    Random random = new Random(7);
    String pool = "中国人民银行长江大学区市省，。的";
    for (int round = 0; round < 200; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(300); i > 0; i--) {
        text.append(pool.charAt(random.nextInt(pool.length())));
      }
      List<String> words = new ArrayList<>();
      for (int i = random.nextInt(12); i > 0; i--) {
        int start = random.nextInt(Math.max(1, text.length() - 4));
        words.add(text.length() == 0 ? "中国" : text.substring(start, Math.min(text.length(), start + 1 + random.nextInt(4))));
      }
      words.add("银行银行");
      Map<String, List<Integer>> found = Occurrences.of(text.toString(), words);
      Map<String, Integer> first = Occurrences.first(text.toString(), words);
      for (String w : words) {
        assertEquals(text.indexOf(w) < 0 ? null : text.indexOf(w), first.get(w), w + " in " + text);
        List<Integer> expected = new ArrayList<>();
        for (int at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
          expected.add(at);
        }
        assertEquals(expected, found.get(w), w + " in " + text);
      }
    }
  }
}
