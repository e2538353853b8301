package org.kechuangradar.policy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.kechuangradar.index.Store;
import org.kechuangradar.model.Document;
import org.kechuangradar.model.Mention;
import org.kechuangradar.model.Policy;
import org.kechuangradar.model.PolicyRecord;
import org.kechuangradar.model.PolicyStatus;
import org.kechuangradar.segment.Sentences;
import org.kechuangradar.time.DateBase;
import org.kechuangradar.time.DateResolver;
import org.kechuangradar.time.PartialDate;

/**
 * Keeps one {@link PolicyRecord} per real policy document in the store: each policy an article names is matched to
 * the record with the same title core ({@link PolicyTitles}) and the same issuing region, and, when both give one,
 * the same period; short names the article uses for it (《意见》, 以下简称《实施方案》) are variants of it. A
 * mention without a period goes to the latest edition; a title no record shares starts a new one.
 */
public final class PolicyRegistry {
  // 工信部联科〔2025〕18号, 国发[2024]7号: the issuing code, the year in brackets and the number.
  private static final Pattern DOCUMENT_NUMBER =
      Pattern.compile("[\\p{IsHan}]{1,10}[〔\\[［(（]((?:19|20)\\d{2})[〕\\]］)）]\\d{1,4}号");
  private static final Pattern IN_FORCE = Pattern.compile("自([^，。；]{2,14}?)起(?:正式)?(?:施行|实施|生效)");
  private static final Pattern EXPIRES = Pattern.compile("有效期(?:至|到)([^，。；]{4,14}?日)");
  private static final Pattern REVISED = Pattern.compile("修订");

  private final Store store;
  // Read once and kept current here: reading every record back for each article would make ingest quadratic.
  // The records in the order last written (each under its place in that order), and by what a policy is matched
  // on, so that a policy is compared only with the records it can match.
  private Map<Long, PolicyRecord> known;
  private final Map<PolicyRecord, Long> placeOf = new IdentityHashMap<>();
  private final Map<MatchKey, List<PolicyRecord>> byKey = new HashMap<>();
  private final Map<String, PolicyRecord> byId = new HashMap<>();
  private long written;

  /** What a record is matched on: its title's core without the region it starts with, and its region. */
  private record MatchKey(String base, String region) {
    static MatchKey of(PolicyRecord r) {
      String[] rb = PolicyTitles.withoutRegion(PolicyTitles.core(r.title()));
      return new MatchKey(rb[0], rb[1] != null ? rb[1] : r.region());
    }
  }

  public PolicyRegistry(Store store) {
    this.store = store;
  }

  /**
   * What one article says of the policies it names, each as a record of its own: read before the article is stored,
   * so that the rest of the document need not be kept while the store writes it.
   */
  public record Named(String documentId, String source, List<PolicyRecord> policies) {
    public Named {
      policies = List.copyOf(policies);
    }
  }

  /** Reads the policies an article names, with their variants, mentions, document numbers and statuses. */
  public static Named read(String documentId, Document d) {
    String source = d.source();
    List<PolicyRecord> found = new ArrayList<>();
    if (d.extraction().policies().isEmpty()) {
      return new Named(documentId, source, found);
    }
    SentenceIndex sentences = new SentenceIndex(d.text());
    Map<String, List<Mention>> named = d.extraction().entities().stream().filter(m -> m.type() == Mention.Type.POLICY)
        .collect(Collectors.groupingBy(Mention::canonical));
    for (Policy p : d.extraction().policies()) {
      String[] base = PolicyTitles.withoutRegion(PolicyTitles.core(p.title()));
      String region = base[1] != null ? base[1] : p.region();
      List<String> variants = new ArrayList<>();
      List<PolicyRecord.PolicyMention> mentions = new ArrayList<>();
      variants.add(p.title());
      mentions.add(new PolicyRecord.PolicyMention(documentId, source, d.title(), d.published(), p.title(), p.sentence()));
      for (Mention m : named.getOrDefault(p.title(), List.of())) {
        if (!m.text().equals(p.title())) {
          variants.add(m.text());
          mentions.add(new PolicyRecord.PolicyMention(documentId, source, d.title(), d.published(), m.text(),
              sentences.at(m.start())));
        }
      }
      found.add(new PolicyRecord(idOf(region, base[0], p.period()), p.title(), variants, p.kind(), p.issuers(),
          documentNumber(mentions), region, p.period(), statuses(p, mentions, d, sentences), p.topics(), mentions));
    }
    return new Named(documentId, source, found);
  }

  /**
   * The id a policy named in an article takes as a record of its own: the same for every article that names it by
   * the same title core, issuing region and period, so that the facts of one policy are counted once.
   */
  public static String recordOf(Policy p) {
    String[] base = PolicyTitles.withoutRegion(PolicyTitles.core(p.title()));
    return idOf(base[1] != null ? base[1] : p.region(), base[0], p.period());
  }

  /** Merges the policies of one stored article into the policy records; writes become durable at commit. */
  public void register(Named article) throws IOException {
    if (known == null) {
      known = new LinkedHashMap<>();
      store.policies().forEach(this::add);
    }
    forgetOlderVersion(article.documentId(), article.source());
    for (PolicyRecord found : article.policies()) {
      // A record of the same id first: it is the same policy even when a merge gave it another title.
      PolicyRecord match = byId.containsKey(found.id()) ? byId.get(found.id())
          : match(byKey.getOrDefault(MatchKey.of(found), List.of()), found.period());
      PolicyRecord merged = match == null ? found : merge(match, found);
      if (match != null) {
        remove(match);
      }
      add(merged);
      store.putPolicy(merged);
    }
  }

  /** Forgets the records read, to read them again from the store: someone else changed them. */
  public void forget() {
    known = null;
    placeOf.clear();
    byKey.clear();
    byId.clear();
  }

  private void add(PolicyRecord r) {
    byId.put(r.id(), r);
    known.put(written, r);
    placeOf.put(r, written++);
    byKey.computeIfAbsent(MatchKey.of(r), k -> new ArrayList<>()).add(r);
  }

  private void remove(PolicyRecord r) {
    byId.remove(r.id(), r);
    known.remove(placeOf.remove(r));
    List<PolicyRecord> same = byKey.get(MatchKey.of(r));
    same.removeIf(x -> x == r);
  }

  /**
   * When an article replaces an older version from the same source, the mentions of the older version go; a
   * record no article names any more goes with them.
   */
  private void forgetOlderVersion(String documentId, String source) throws IOException {
    for (PolicyRecord r : List.copyOf(known.values())) {
      List<PolicyRecord.PolicyMention> kept = r.mentions().stream()
          .filter(m -> !Objects.equals(m.source(), source) || m.documentId().equals(documentId)).toList();
      if (kept.size() == r.mentions().size()) {
        continue;
      }
      remove(r);
      if (kept.isEmpty()) {
        store.deletePolicy(r.id());
      } else {
        PolicyRecord rest = new PolicyRecord(r.id(), r.title(), r.variants(), r.kind(), r.issuers(), r.documentNumber(),
            r.region(), r.period(), r.statuses(), r.topics(), kept);
        add(rest);
        store.putPolicy(rest);
      }
    }
  }

  /**
   * Of the records of the same title core and region (in the order written), the one of the same period when both
   * give one, else the latest.
   */
  private static PolicyRecord match(List<PolicyRecord> same, Policy.Period period) {
    PolicyRecord best = null;
    for (PolicyRecord r : same) {
      if (period != null && r.period() != null && !period.equals(r.period())) {
        continue;
      }
      if (period != null && period.equals(r.period())) {
        return r;
      }
      if (best == null || r.period() != null && (best.period() == null || r.period().from() > best.period().from())) {
        best = r;
      }
    }
    return best;
  }

  /** One record of two that name the same policy: {@code r}'s id, title unless {@code f}'s is fuller, both's mentions. */
  public static PolicyRecord merge(PolicyRecord r, PolicyRecord f) {
    List<String> variants = union(r.variants(), f.variants());
    String title = variants.stream().filter(v -> PolicyTitles.core(v).length() >= PolicyTitles.core(r.title()).length())
        .max((a, b) -> Integer.compare(a.length(), b.length())).orElse(r.title());
    List<PolicyRecord.StatusDate> statuses = appended(r.statuses(), f.statuses());
    List<PolicyRecord.PolicyMention> mentions = appended(r.mentions(), f.mentions());
    return new PolicyRecord(r.id(), title, variants, r.kind() != null ? r.kind() : f.kind(), union(r.issuers(), f.issuers()),
        r.documentNumber() != null ? r.documentNumber() : f.documentNumber(), r.region() != null ? r.region() : f.region(),
        r.period() != null ? r.period() : f.period(), statuses, union(r.topics(), f.topics()), mentions);
  }

  /** {@code a} with the items of {@code b} it lacks after it. */
  private static <T> List<T> appended(List<T> a, List<T> b) {
    List<T> all = new ArrayList<>(a);
    Set<T> seen = new HashSet<>(a);
    b.stream().filter(seen::add).forEach(all::add);
    return all;
  }

  private static List<String> union(List<String> a, List<String> b) {
    Set<String> all = new LinkedHashSet<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }

  private static String documentNumber(List<PolicyRecord.PolicyMention> mentions) {
    for (PolicyRecord.PolicyMention m : mentions) {
      Matcher n = DOCUMENT_NUMBER.matcher(m.sentence() == null ? "" : m.sentence());
      if (n.find()) {
        return n.group();
      }
    }
    return null;
  }

  /** The status the naming sentence gives, and entry into force, expiry and revision stated around any mention. */
  private static List<PolicyRecord.StatusDate> statuses(Policy p, List<PolicyRecord.PolicyMention> mentions,
      Document d, SentenceIndex sentences) {
    List<PolicyRecord.StatusDate> out = new ArrayList<>();
    if (p.status() != null) {
      out.add(new PolicyRecord.StatusDate(p.status(), p.date()));
    }
    // Read as the extraction read the document: 自2月1日起施行 in a review of 2023 took effect in 2023.
    DateBase base = DateBase.of(d.title(), sentences.first(), PartialDate.dayOf(d.published()));
    Set<String> said = new LinkedHashSet<>();
    for (PolicyRecord.PolicyMention m : mentions) {
      said.add(m.sentence());
    }
    // The sentence after a mention often carries the dates (办法自2月1日起施行，有效期两年).
    said.addAll(sentences.after(said));
    for (String sentence : said) {
      if (sentence == null) {
        continue;
      }
      Matcher force = IN_FORCE.matcher(sentence);
      if (force.find()) {
        add(out, PolicyStatus.IN_FORCE, firstDate(force.group(1) + "起", base));
      }
      Matcher expires = EXPIRES.matcher(sentence);
      if (expires.find()) {
        add(out, PolicyStatus.EXPIRED, firstDate(expires.group(1), base));
      }
      if (REVISED.matcher(sentence).find() && sentence.contains(p.title())) {
        add(out, PolicyStatus.REVISED, p.date());
      }
    }
    return out;
  }

  private static void add(List<PolicyRecord.StatusDate> out, PolicyStatus status, String date) {
    PolicyRecord.StatusDate s = new PolicyRecord.StatusDate(status, date);
    if (!out.contains(s)) {
      out.add(s);
    }
  }

  private static String firstDate(String text, DateBase base) {
    List<DateResolver.Found> found = DateResolver.find(text, base);
    return found.isEmpty() ? null : found.get(0).iso();
  }

  /** The sentences of one text, split once, found by offset and by their words. */
  private static final class SentenceIndex {
    private final List<Sentences.Sentence> all;
    // The last sentence starting at each offset; sentences never overlap.
    private final TreeMap<Integer, Sentences.Sentence> byStart = new TreeMap<>();
    // Where each sentence's words stand, as written and stripped.
    private final Map<String, List<Integer>> byWords = new HashMap<>();

    SentenceIndex(String text) {
      all = Sentences.of(text);
      for (int i = 0; i < all.size(); i++) {
        byStart.put(all.get(i).start(), all.get(i));
        String words = all.get(i).text();
        byWords.computeIfAbsent(words, k -> new ArrayList<>()).add(i);
        if (!words.strip().equals(words)) {
          byWords.computeIfAbsent(words.strip(), k -> new ArrayList<>()).add(i);
        }
      }
    }

    /** The first sentence, or null for a text without one. */
    String first() {
      return all.isEmpty() ? null : all.get(0).text();
    }

    /** The sentence that holds offset {@code at}, or null. */
    String at(int at) {
      Map.Entry<Integer, Sentences.Sentence> s = byStart.floorEntry(at);
      return s != null && at < s.getValue().end() ? s.getValue().text() : null;
    }

    /** The sentences right after those with these words (as written or stripped), in text order. */
    List<String> after(Collection<String> words) {
      TreeSet<Integer> before = new TreeSet<>();
      words.forEach(w -> before.addAll(byWords.getOrDefault(w, List.of())));
      return before.stream().filter(i -> i + 1 < all.size()).map(i -> all.get(i + 1).text()).toList();
    }
  }

  private static String idOf(String region, String base, Policy.Period period) {
    String key = (region == null ? "" : region) + "|" + base + "|" + (period == null ? "" : period.from() + "-" + period.to());
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return "policy-" + HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
