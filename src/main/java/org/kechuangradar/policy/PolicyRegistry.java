package org.kechuangradar.policy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kechuangradar.index.Store;
import org.kechuangradar.model.Document;
import org.kechuangradar.model.Mention;
import org.kechuangradar.model.Policy;
import org.kechuangradar.model.PolicyRecord;
import org.kechuangradar.model.PolicyStatus;
import org.kechuangradar.segment.Sentences;
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
  private List<PolicyRecord> known;

  public PolicyRegistry(Store store) {
    this.store = store;
  }

  /** Merges the policies of one stored article into the policy records; writes become durable at commit. */
  public void register(String documentId, Document d) throws IOException {
    if (known == null) {
      known = new ArrayList<>(store.policies());
    }
    String source = d.source();
    forgetOlderVersion(documentId, source);
    for (Policy p : d.extraction().policies()) {
      String[] base = PolicyTitles.withoutRegion(PolicyTitles.core(p.title()));
      String region = base[1] != null ? base[1] : p.region();
      PolicyRecord match = match(known, base[0], region, p.period());
      List<String> variants = new ArrayList<>();
      List<PolicyRecord.PolicyMention> mentions = new ArrayList<>();
      variants.add(p.title());
      mentions.add(new PolicyRecord.PolicyMention(documentId, source, d.title(), d.published(), p.title(), p.sentence()));
      for (Mention m : d.extraction().entities()) {
        if (m.type() == Mention.Type.POLICY && m.canonical().equals(p.title()) && !m.text().equals(p.title())) {
          variants.add(m.text());
          mentions.add(new PolicyRecord.PolicyMention(documentId, source, d.title(), d.published(), m.text(),
              sentenceAt(d.text(), m.start())));
        }
      }
      PolicyRecord found = new PolicyRecord(idOf(region, base[0], p.period()), p.title(), variants, p.kind(),
          p.issuers(), documentNumber(mentions), region, p.period(), statuses(p, mentions, d), p.topics(), mentions);
      PolicyRecord merged = match == null ? found : merge(match, found);
      known.remove(match);
      known.add(merged);
      store.putPolicy(merged);
    }
  }

  /**
   * When an article replaces an older version from the same source, the mentions of the older version go; a
   * record no article names any more goes with them.
   */
  private void forgetOlderVersion(String documentId, String source) throws IOException {
    for (PolicyRecord r : List.copyOf(known)) {
      List<PolicyRecord.PolicyMention> kept = r.mentions().stream()
          .filter(m -> !Objects.equals(m.source(), source) || m.documentId().equals(documentId)).toList();
      if (kept.size() == r.mentions().size()) {
        continue;
      }
      known.remove(r);
      if (kept.isEmpty()) {
        store.deletePolicy(r.id());
      } else {
        PolicyRecord rest = new PolicyRecord(r.id(), r.title(), r.variants(), r.kind(), r.issuers(), r.documentNumber(),
            r.region(), r.period(), r.statuses(), r.topics(), kept);
        known.add(rest);
        store.putPolicy(rest);
      }
    }
  }

  /** The record of the same title core and region: of the same period when both give one, else the latest. */
  private static PolicyRecord match(List<PolicyRecord> known, String base, String region, Policy.Period period) {
    PolicyRecord best = null;
    for (PolicyRecord r : known) {
      String[] rb = PolicyTitles.withoutRegion(PolicyTitles.core(r.title()));
      String rRegion = rb[1] != null ? rb[1] : r.region();
      if (!rb[0].equals(base) || !Objects.equals(rRegion, region)) {
        continue;
      }
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

  private static PolicyRecord merge(PolicyRecord r, PolicyRecord f) {
    List<String> variants = union(r.variants(), f.variants());
    String title = variants.stream().filter(v -> PolicyTitles.core(v).length() >= PolicyTitles.core(r.title()).length())
        .max((a, b) -> Integer.compare(a.length(), b.length())).orElse(r.title());
    List<PolicyRecord.StatusDate> statuses = new ArrayList<>(r.statuses());
    f.statuses().stream().filter(s -> !statuses.contains(s)).forEach(statuses::add);
    List<PolicyRecord.PolicyMention> mentions = new ArrayList<>(r.mentions());
    f.mentions().stream().filter(m -> !mentions.contains(m)).forEach(mentions::add);
    return new PolicyRecord(r.id(), title, variants, r.kind() != null ? r.kind() : f.kind(), union(r.issuers(), f.issuers()),
        r.documentNumber() != null ? r.documentNumber() : f.documentNumber(), r.region() != null ? r.region() : f.region(),
        r.period() != null ? r.period() : f.period(), statuses, union(r.topics(), f.topics()), mentions);
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
      Document d) {
    List<PolicyRecord.StatusDate> out = new ArrayList<>();
    if (p.status() != null) {
      out.add(new PolicyRecord.StatusDate(p.status(), p.date()));
    }
    java.time.LocalDate published = day(d.published());
    Set<String> said = new LinkedHashSet<>();
    for (PolicyRecord.PolicyMention m : mentions) {
      said.add(m.sentence());
    }
    // The sentence after a mention often carries the dates (办法自2月1日起施行，有效期两年).
    List<Sentences.Sentence> sentences = Sentences.of(d.text());
    for (int i = 0; i + 1 < sentences.size(); i++) {
      if (said.contains(sentences.get(i).text().strip()) || said.contains(sentences.get(i).text())) {
        said.add(sentences.get(i + 1).text());
      }
    }
    for (String sentence : said) {
      if (sentence == null) {
        continue;
      }
      Matcher force = IN_FORCE.matcher(sentence);
      if (force.find()) {
        add(out, PolicyStatus.IN_FORCE, firstDate(force.group(1) + "起", published));
      }
      Matcher expires = EXPIRES.matcher(sentence);
      if (expires.find()) {
        add(out, PolicyStatus.EXPIRED, firstDate(expires.group(1), published));
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

  private static String firstDate(String text, java.time.LocalDate published) {
    List<DateResolver.Found> found = DateResolver.find(text, published);
    return found.isEmpty() ? null : found.get(0).iso();
  }

  private static java.time.LocalDate day(String published) {
    return PartialDate.dayOf(published);
  }

  private static String sentenceAt(String text, int at) {
    for (Sentences.Sentence s : Sentences.of(text)) {
      if (s.start() <= at && at < s.end()) {
        return s.text();
      }
    }
    return null;
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
