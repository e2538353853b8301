package org.kechuangradar.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The index answers as a pass over every span would, for any spans: nested, overlapping, empty, unsorted. */
class SpanIndexTest {
  private record Span(int start, int end) {}

  @Test
  void answersAsAPassOverAllSpansWould() {
    Random random = new Random(12);
    for (int round = 0; round < 300; round++) {
      List<Span> spans = new ArrayList<>();
      for (int i = random.nextInt(30); i > 0; i--) {
        int start = random.nextInt(60);
        spans.add(new Span(start, start + random.nextInt(random.nextBoolean() ? 3 : 12)));
      }
      List<Span> sorted = spans.stream().sorted(Comparator.comparingInt(Span::start)).toList();
      SpanIndex<Span> index = new SpanIndex<>(spans, Span::start, Span::end);
      SpanIndex<Span> sortedIndex = new SpanIndex<>(sorted, Span::start, Span::end);
      for (int from = 0; from < 75; from++) {
        for (int to = from; to < from + 15; to++) {
          int s = from;
          int e = to;
          assertEquals(spans.stream().filter(x -> x.start() >= s && x.end() <= e).toList(), index.inside(s, e));
          assertEquals(spans.stream().filter(x -> x.start() >= s && x.start() < e).toList(), index.starting(s, e));
          assertEquals(spans.stream().anyMatch(x -> x.start() < e && s < x.end()), index.overlaps(s, e));
          assertEquals(firstContaining(sorted, s, e), sortedIndex.covering(s, e));
          assertEquals(cuts(sorted, s, e), sortedIndex.cuts(s, e));
          assertEquals(cuts(sorted, s, e), index.cuts(s, e));
        }
      }
    }
  }

  // The scans the index replaces, as they were written over names in text order.
  private static Span firstContaining(List<Span> names, int start, int end) {
    for (Span m : names) {
      if (m.start() <= start && end <= m.end()) {
        return m;
      }
      if (m.start() >= end) {
        break;
      }
    }
    return null;
  }

  private static boolean cuts(List<Span> names, int start, int end) {
    for (Span m : names) {
      if (m.start() >= end) {
        break;
      }
      boolean overlaps = m.start() < end && start < m.end();
      boolean nested = m.start() <= start && end <= m.end() || start <= m.start() && m.end() <= end;
      if (overlaps && !nested) {
        return true;
      }
    }
    return false;
  }
}
