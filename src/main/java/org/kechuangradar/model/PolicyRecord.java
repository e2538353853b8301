package org.kechuangradar.model;

import java.util.List;
import java.util.Objects;

/**
 * One real policy document across every article that names it: its canonical (longest full) title, every
 * variant it was named by, issuers, document number (文号), region, period, the date of each status change,
 * topics, and each mention with its sentence and article.
 */
public record PolicyRecord(String id, String title, List<String> variants, String kind, List<String> issuers,
    String documentNumber, String region, Policy.Period period, List<StatusDate> statuses, List<String> topics,
    List<PolicyMention> mentions) {
  /** When a policy reached a status. */
  public record StatusDate(PolicyStatus status, String date) {}

  /** One place an article names the policy. */
  public record PolicyMention(String documentId, String source, String article, String published, String written,
      String sentence) {}

  public PolicyRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    variants = List.copyOf(variants);
    issuers = List.copyOf(issuers);
    statuses = List.copyOf(statuses);
    topics = List.copyOf(topics);
    mentions = List.copyOf(mentions);
  }

  /** The same record under another id. */
  public PolicyRecord withId(String newId) {
    return newId.equals(id) ? this : new PolicyRecord(newId, title, variants, kind, issuers, documentNumber, region,
        period, statuses, topics, mentions);
  }

  /** The record with only these of its mentions. */
  public PolicyRecord withMentions(List<PolicyMention> kept) {
    return new PolicyRecord(id, title, variants, kind, issuers, documentNumber, region, period, statuses, topics, kept);
  }
}
