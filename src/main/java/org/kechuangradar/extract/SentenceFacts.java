package org.kechuangradar.extract;

import java.lang.ref.SoftReference;
import java.nio.CharBuffer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.kechuangradar.model.Document;
import org.kechuangradar.model.Mention;
import org.kechuangradar.model.Proposal;
import org.kechuangradar.model.Region;
import org.kechuangradar.segment.Sentences;
import org.kechuangradar.segment.SpanIndex;
import org.kechuangradar.time.DateBase;
import org.kechuangradar.time.DateResolver;
import org.kechuangradar.time.PartialDate;

/** What the stages before have found inside a span of text: its most specific region, its bodies, its date. */
public final class SentenceFacts {
  /** A bare year (2024年): a date of year precision, which dates no event. */
  public static final java.util.regex.Pattern YEAR_ONLY = java.util.regex.Pattern.compile("(19|20)\\d{2}年");

  private SentenceFacts() {}

  /** The most specific division named in {@code [start, end)} (浦东新区 over 上海市); named areas do not count. */
  public static String region(Document d, int start, int end) {
    RegionIndex index = regionIndex(d);
    String best = null;
    int bestRank = -1;
    int k = java.util.Arrays.binarySearch(index.starts, start);
    for (k = k < 0 ? -k - 1 : firstAt(index.starts, k); k < index.starts.length && index.starts[k] < end; k++) {
      Mention m = index.mentions[k];
      if (m.end() <= end && index.ranks[k] > bestRank) {
        best = m.canonical();
        bestRank = index.ranks[k];
      }
    }
    return best;
  }

  private static int firstAt(int[] starts, int k) {
    while (k > 0 && starts[k - 1] == starts[k]) {
      k--;
    }
    return k;
  }

  /** The region mentions of a document sorted by offset, with the rank of each: built once per document. */
  private record RegionIndex(int[] starts, Mention[] mentions, int[] ranks) {}

  private static final ThreadLocal<SoftReference<Map.Entry<List<Mention>, RegionIndex>>> LAST_INDEX =
      new ThreadLocal<>();

  private static RegionIndex regionIndex(Document d) {
    return lastFor(LAST_INDEX, d.extraction().entities(), entities -> newRegionIndex(d));
  }

  private static RegionIndex newRegionIndex(Document d) {
    Mention[] mentions = d.extraction().entities().stream().filter(m -> m.type() == Mention.Type.REGION)
        .sorted((a, b) -> Integer.compare(a.start(), b.start())).toArray(Mention[]::new);
    java.util.Map<String, Integer> rankOf = new java.util.HashMap<>();
    for (Region r : d.extraction().regions()) {
      rankOf.put(r.name(), switch (r.level()) {
        case COUNTY -> 3;
        case CITY -> 2;
        case PROVINCE -> 1;
        default -> -1;
      });
    }
    int[] starts = new int[mentions.length];
    int[] ranks = new int[mentions.length];
    for (int i = 0; i < mentions.length; i++) {
      starts[i] = mentions[i].start();
      ranks[i] = rankOf.getOrDefault(mentions[i].canonical(), -1);
    }
    return new RegionIndex(starts, mentions, ranks);
  }

  /**
   * What was last built on this thread from {@code of} (a document's text, mentions or proposals, compared by
   * identity), else built now; held softly, so that what one document needed goes when memory runs short.
   */
  private static <K, V> V lastFor(ThreadLocal<SoftReference<Map.Entry<K, V>>> cache, K of, Function<K, V> build) {
    SoftReference<Map.Entry<K, V>> held = cache.get();
    Map.Entry<K, V> last = held == null ? null : held.get();
    if (last != null && last.getKey() == of) {
      return last.getValue();
    }
    V value = build.apply(of);
    cache.set(new SoftReference<>(Map.entry(of, value)));
    return value;
  }

  private static final ThreadLocal<SoftReference<Map.Entry<String, List<Sentences.Sentence>>>> LAST_SENTENCES =
      new ThreadLocal<>();

  /** The sentences of a text, split once however many stages ask for them. */
  public static List<Sentences.Sentence> sentences(String text) {
    return lastFor(LAST_SENTENCES, text, Sentences::of);
  }

  /** The canonical names of the mentions of these types inside {@code [start, end)}, first one first. */
  public static List<String> mentions(Document d, int start, int end, Mention.Type... types) {
    List<Mention.Type> wanted = List.of(types);
    return inside(d, start, end).stream().filter(m -> wanted.contains(m.type()))
        .sorted((a, b) -> Integer.compare(a.start(), b.start()))
        .map(Mention::canonical).distinct().toList();
  }

  private static final ThreadLocal<SoftReference<Map.Entry<List<Mention>, SpanIndex<Mention>>>> LAST_ENTITIES =
      new ThreadLocal<>();

  /** The mentions found so far that lie inside {@code [start, end)}, in the order found; indexed once per list. */
  public static List<Mention> inside(Document d, int start, int end) {
    return lastFor(LAST_ENTITIES, d.extraction().entities(), entities -> new SpanIndex<>(entities, Mention::start,
        Mention::end)).inside(start, end);
  }

  /**
   * What the document's dates are read against: its day of publication, and the past year it reviews when its
   * headline or first sentence says so (2023武汉科创大事记).
   */
  public static DateBase dateBase(Document d) {
    List<Sentences.Sentence> sentences = sentences(d.text());
    String lead = sentences.isEmpty() ? null : sentences.get(0).text();
    return DateBase.of(d.title(), lead, PartialDate.dayOf(d.published()));
  }

  /**
   * Whether a text names a date that resolves only against a publication day the document lacks (去年12月, 同日,
   * 3月1日): such a clause has a date of its own, unknown, and takes none named before it.
   */
  public static boolean unresolvedDate(String text, DateBase base) {
    return DateResolver.find(text, base).isEmpty() && !DateResolver.find(text, ANY_DAY).isEmpty();
  }

  // A day to resolve against only to learn whether a text names a date at all.
  private static final DateBase ANY_DAY = DateBase.at(LocalDate.of(2000, 1, 1));

  /** The first date in the text that is a day or a month and not after publication, or null. */
  public static String date(String text, DateBase base, String dateBefore) {
    return date(text, base, dateBefore, dateBefore != null && dateBefore.length() >= 10 ? dateBefore : null);
  }

  /** As {@link #date(String, DateBase, String)}, with the last full day before for 同日 and 当天. */
  public static String date(String text, DateBase base, String dateBefore, String dayBefore) {
    for (DateResolver.Found f : DateResolver.find(text, base, dateBefore, dayBefore)) {
      if (!YEAR_ONLY.matcher(f.text()).matches() && !isFuture(f.iso(), base.published())) {
        return f.iso();
      }
    }
    return null;
  }

  public static boolean isFuture(String iso, LocalDate published) {
    return published != null && iso.compareTo(published.toString().substring(0, Math.min(iso.length(), 10))) > 0;
  }

  /** Whether the words are part of what someone proposed or said (a recommendation or a quote), not a fact. */
  public static boolean proposed(Document d, String words) {
    CharBuffer[] suffixes = lastFor(LAST_PROPOSED, d.extraction().domain().proposals(), SentenceFacts::suffixes);
    // The suffixes that start with the words sort together, the first of them where the words would go.
    int k = Arrays.binarySearch(suffixes, CharBuffer.wrap(words));
    int at = k >= 0 ? k : -k - 1;
    return at < suffixes.length && suffixes[at].length() >= words.length()
        && suffixes[at].subSequence(0, words.length()).equals(CharBuffer.wrap(words));
  }

  private static final ThreadLocal<SoftReference<Map.Entry<List<Proposal>, CharBuffer[]>>> LAST_PROPOSED =
      new ThreadLocal<>();

  /** Every suffix of every recommendation and quote, sorted: what was proposed, asked by binary search. */
  private static CharBuffer[] suffixes(List<Proposal> proposals) {
    List<CharBuffer> all = new ArrayList<>();
    for (Proposal p : proposals) {
      for (List<String> said : List.of(p.recommendations(), p.quotes())) {
        for (String words : said) {
          for (int i = 0; i <= words.length(); i++) {
            all.add(CharBuffer.wrap(words, i, words.length()));
          }
        }
      }
    }
    CharBuffer[] sorted = all.toArray(CharBuffer[]::new);
    Arrays.sort(sorted);
    return sorted;
  }
}
