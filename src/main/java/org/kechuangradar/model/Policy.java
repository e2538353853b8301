package org.kechuangradar.model;

import java.util.List;
import java.util.Objects;

/**
 * A policy document named in the text.
 *
 * @param title the title without 《》
 * @param kind 意见, 方案, 计划, 规划, 办法, 条例, 措施, 备忘录, 法, 报告 …
 * @param issuers canonical names of the issuing bodies
 * @param date ISO date of issue or adoption, at the precision the text gives, or null
 * @param region full name of the region whose government issued it, or null for national ones
 * @param period the years the title or text gives, or null
 * @param status where it stands, or null when the text does not say
 * @param topics industries and fields it concerns
 * @param sentence the sentence that names it first
 * @param confidence how likely it is a policy with its date and region right, in [0, 1]
 */
public record Policy(String title, String kind, List<String> issuers, String date, String region, Period period,
    PolicyStatus status, List<String> topics, String sentence, double confidence) {
  /** The years a policy covers. */
  public record Period(int from, int to) {}

  public Policy {
    Objects.requireNonNull(title, "title");
    issuers = List.copyOf(issuers);
    topics = List.copyOf(topics);
    confidence = Evidence.checked(confidence);
  }

  /** The same policy with another confidence. */
  public Policy withConfidence(double other) {
    return new Policy(title, kind, issuers, date, region, period, status, topics, sentence, other);
  }
}
