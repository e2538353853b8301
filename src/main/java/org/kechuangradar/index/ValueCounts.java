package org.kechuangradar.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts the values of doc-values fields over the documents or table rows a query matches: each field alone (the
 * map) or two fields as pairs (a region × industry matrix, a month × event-type timeline). Search facets use
 * Lucene's facet module instead. Reads ordinals per segment and
 * turns them into strings once per segment, so a count over 100,000 documents stays in milliseconds.
 */
final class ValueCounts implements CollectorManager<ValueCounts.Counter, Map<String, Map<String, Long>>> {
  private static final String PAIR = "\u0000";
  private final List<String> fields;
  private final boolean pairs;

  private ValueCounts(List<String> fields, boolean pairs) {
    this.fields = List.copyOf(fields);
    this.pairs = pairs;
  }

  /** Counts per value of each field: field → value → documents. */
  static ValueCounts each(List<String> fields) {
    return new ValueCounts(fields, false);
  }

  /** Counts per pair of values: first value → second value → documents. */
  static ValueCounts pairs(String first, String second) {
    return new ValueCounts(List.of(first, second), true);
  }

  @Override
  public Counter newCollector() {
    return new Counter();
  }

  @Override
  public Map<String, Map<String, Long>> reduce(Collection<Counter> counters) {
    Map<String, Map<String, Long>> out = new TreeMap<>();
    for (Counter c : counters) {
      c.totals.forEach((field, m) -> m.forEach((value, n) -> {
        if (pairs) {
          int cut = value.indexOf(PAIR);
          out.computeIfAbsent(value.substring(0, cut), k -> new HashMap<>())
              .merge(value.substring(cut + 1), n, Long::sum);
        } else {
          out.computeIfAbsent(field, k -> new HashMap<>()).merge(value, n, Long::sum);
        }
      }));
    }
    return out;
  }

  /** The collector of one slice of segments. */
  final class Counter implements Collector {
    private final Map<String, Map<String, Long>> totals = new HashMap<>();

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      List<SortedSetDocValues> values = new ArrayList<>();
      for (String f : fields) {
        values.add(DocValues.getSortedSet(context.reader(), f));
      }
      return pairs ? new PairLeaf(values.get(0), values.get(1)) : new EachLeaf(values);
    }

    private final class EachLeaf implements LeafCollector {
      private final List<SortedSetDocValues> values;
      private final List<int[]> counts = new ArrayList<>();

      EachLeaf(List<SortedSetDocValues> values) {
        this.values = values;
        for (SortedSetDocValues v : values) {
          counts.add(new int[Math.toIntExact(v.getValueCount())]);
        }
      }

      @Override
      public void setScorer(Scorable scorer) {}

      @Override
      public void collect(int doc) throws IOException {
        for (int i = 0; i < values.size(); i++) {
          SortedSetDocValues v = values.get(i);
          if (v.advanceExact(doc)) {
            int[] c = counts.get(i);
            for (int k = 0; k < v.docValueCount(); k++) {
              c[(int) v.nextOrd()]++;
            }
          }
        }
      }

      @Override
      public void finish() throws IOException {
        for (int i = 0; i < values.size(); i++) {
          Map<String, Long> total = totals.computeIfAbsent(fields.get(i), k -> new HashMap<>());
          int[] c = counts.get(i);
          for (int ord = 0; ord < c.length; ord++) {
            if (c[ord] > 0) {
              total.merge(values.get(i).lookupOrd(ord).utf8ToString(), (long) c[ord], Long::sum);
            }
          }
        }
      }
    }

    private final class PairLeaf implements LeafCollector {
      private final SortedSetDocValues first;
      private final SortedSetDocValues second;
      private final Map<Long, Long> counts = new HashMap<>();
      private final long[] secondOrds = new long[64];

      PairLeaf(SortedSetDocValues first, SortedSetDocValues second) {
        this.first = first;
        this.second = second;
      }

      @Override
      public void setScorer(Scorable scorer) {}

      @Override
      public void collect(int doc) throws IOException {
        if (!first.advanceExact(doc) || !second.advanceExact(doc)) {
          return;
        }
        int n = Math.min(secondOrds.length, second.docValueCount());
        for (int k = 0; k < n; k++) {
          secondOrds[k] = second.nextOrd();
        }
        for (int i = 0; i < first.docValueCount(); i++) {
          long a = first.nextOrd();
          for (int k = 0; k < n; k++) {
            counts.merge(a << 32 | secondOrds[k], 1L, Long::sum);
          }
        }
      }

      @Override
      public void finish() throws IOException {
        Map<String, Long> total = totals.computeIfAbsent(fields.get(0), k -> new HashMap<>());
        for (Map.Entry<Long, Long> e : counts.entrySet()) {
          String a = first.lookupOrd(e.getKey() >>> 32).utf8ToString();
          String b = second.lookupOrd(e.getKey() & 0xffffffffL).utf8ToString();
          total.merge(a + PAIR + b, e.getValue(), Long::sum);
        }
      }
    }
  }
}
