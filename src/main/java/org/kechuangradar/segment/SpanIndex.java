package org.kechuangradar.segment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Items with spans {@code [start, end)} of one text, sorted once so that a question about a span costs a binary
 * search and a look at the items near it rather than a pass over all of them: which items lie inside a span, and
 * whether one covers, overlaps or cuts it. Any spans are allowed, nested or overlapping. Immutable.
 *
 * @param <T> the items
 */
public final class SpanIndex<T> {
  private final List<T> items;
  private final int[] starts;
  private final int[] ends;
  // Each item as (offset << 32 | its position in items), sorted: by start (or end), ties in the order given.
  private final long[] byStart;
  private final long[] byEnd;
  // The furthest end of the items up to each place in start order: whether an earlier item reaches a point.
  private final int[] reach;

  public SpanIndex(List<T> items, ToIntFunction<T> start, ToIntFunction<T> end) {
    this.items = List.copyOf(items);
    int n = this.items.size();
    starts = new int[n];
    ends = new int[n];
    byStart = new long[n];
    byEnd = new long[n];
    for (int i = 0; i < n; i++) {
      starts[i] = start.applyAsInt(this.items.get(i));
      ends[i] = end.applyAsInt(this.items.get(i));
      byStart[i] = key(starts[i], i);
      byEnd[i] = key(ends[i], i);
    }
    Arrays.sort(byStart);
    Arrays.sort(byEnd);
    reach = new int[n];
    for (int k = 0; k < n; k++) {
      int e = ends[position(byStart[k])];
      reach[k] = k == 0 ? e : Math.max(reach[k - 1], e);
    }
  }

  /** The items that lie inside {@code [from, to)}, in the order given. */
  public List<T> inside(int from, int to) {
    return starting(from, to + 1, to);
  }

  /** The items that start in {@code [from, to)}, in the order given. */
  public List<T> starting(int from, int to) {
    return starting(from, to, Integer.MAX_VALUE);
  }

  private List<T> starting(int from, int to, int endLimit) {
    List<Integer> found = new ArrayList<>();
    for (int k = firstAtOrAfter(byStart, from); k < byStart.length && offset(byStart[k]) < to; k++) {
      if (ends[position(byStart[k])] <= endLimit) {
        found.add(position(byStart[k]));
      }
    }
    found.sort(null);
    List<T> out = new ArrayList<>(found.size());
    found.forEach(i -> out.add(items.get(i)));
    return out;
  }

  /** The first item in start order that covers {@code [from, to)} (starts at or before it, ends at or after it), or null. */
  public T covering(int from, int to) {
    int upTo = firstAtOrAfter(byStart, from + 1);
    if (upTo == 0 || reach[upTo - 1] < to) {
      return null;
    }
    // The reach only grows, so the first place where it gets to {@code to} holds the first item that does.
    int lo = 0;
    int hi = upTo - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (reach[mid] >= to) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return items.get(position(byStart[lo]));
  }

  /** Whether an item shares a character with {@code [from, to)}: starts before its end and ends after its start. */
  public boolean overlaps(int from, int to) {
    int before = firstAtOrAfter(byStart, to);
    return before > 0 && reach[before - 1] > from;
  }

  /** Whether an item overlaps {@code [from, to)} without covering it or lying inside it: the span cuts the item. */
  public boolean cuts(int from, int to) {
    // An item that starts inside the span and ends after it, or ends inside it and starts before it.
    for (int k = firstAtOrAfter(byStart, from + 1); k < byStart.length && offset(byStart[k]) < to; k++) {
      if (ends[position(byStart[k])] > to) {
        return true;
      }
    }
    for (int k = firstAtOrAfter(byEnd, from + 1); k < byEnd.length && offset(byEnd[k]) < to; k++) {
      if (starts[position(byEnd[k])] < from) {
        return true;
      }
    }
    return false;
  }

  private static long key(int offset, int position) {
    return (long) offset << 32 | position;
  }

  private static int offset(long key) {
    return (int) (key >> 32);
  }

  private static int position(long key) {
    return (int) key;
  }

  /** The first place in {@code keys} whose offset is at least {@code offset}. */
  private static int firstAtOrAfter(long[] keys, int offset) {
    int k = Arrays.binarySearch(keys, key(offset, 0));
    return k >= 0 ? k : -k - 1;
  }
}
