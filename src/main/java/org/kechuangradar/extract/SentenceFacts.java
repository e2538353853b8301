package org.kechuangradar.extract;

import java.time.LocalDate;
import java.util.List;
import org.kechuangradar.model.Document;
import org.kechuangradar.model.Mention;
import org.kechuangradar.model.Proposal;
import org.kechuangradar.model.Region;

/** What the stages before have found inside a span of text: its most specific region, its bodies, its date. */
final class SentenceFacts {
  private SentenceFacts() {}

  /** The most specific division named in {@code [start, end)} (浦东新区 over 上海市); named areas do not count. */
  static String region(Document d, int start, int end) {
    String best = null;
    int bestRank = -1;
    for (Mention m : d.extraction().entities()) {
      if (m.type() != Mention.Type.REGION || m.start() < start || m.end() > end) {
        continue;
      }
      int rank = rank(d, m.canonical());
      if (rank > bestRank) {
        best = m.canonical();
        bestRank = rank;
      }
    }
    return best;
  }

  private static int rank(Document d, String name) {
    for (Region r : d.extraction().regions()) {
      if (r.name().equals(name)) {
        return switch (r.level()) {
          case "county" -> 3;
          case "city" -> 2;
          case "province" -> 1;
          default -> -1;
        };
      }
    }
    return -1;
  }

  /** The canonical names of the mentions of these types inside {@code [start, end)}, first one first. */
  static List<String> mentions(Document d, int start, int end, Mention.Type... types) {
    List<Mention.Type> wanted = List.of(types);
    return d.extraction().entities().stream()
        .filter(m -> wanted.contains(m.type()) && m.start() >= start && m.end() <= end)
        .sorted((a, b) -> Integer.compare(a.start(), b.start()))
        .map(Mention::canonical).distinct().toList();
  }

  /** The first date in the text that is a day or a month and not after publication, or null. */
  static String date(String text, LocalDate published, String dateBefore) {
    for (DateResolver.Found f : DateResolver.find(text, published, dateBefore)) {
      if (!f.text().matches("(19|20)\\d{2}年") && !isFuture(f.iso(), published)) {
        return f.iso();
      }
    }
    return null;
  }

  static boolean isFuture(String iso, LocalDate published) {
    return published != null && iso.compareTo(published.toString().substring(0, Math.min(iso.length(), 10))) > 0;
  }

  /** Whether the words are part of what someone proposed or said (a recommendation or a quote), not a fact. */
  static boolean proposed(Document d, String words) {
    for (Proposal p : d.extraction().domain().proposals()) {
      if (p.recommendations().stream().anyMatch(r -> r.contains(words)) || p.quotes().stream().anyMatch(q -> q.contains(words))) {
        return true;
      }
    }
    return false;
  }
}
