package org.kechuangradar.extract.domain;

import java.util.List;
import org.kechuangradar.lexicon.Tsv;

/**
 * Whether a facility's or a fund's name is only its kind, qualified (国家重点实验室, 产业基金): such a name stands for
 * the kind, not for one facility or fund. Qualifiers come from {@code lexicon/generic-qualifiers.tsv}.
 */
final class GenericNames {
  private static final List<String> QUALIFIERS = Tsv.wordsLongestFirst("generic-qualifiers");
  private static final List<String> FUND_KINDS = Tsv.wordsLongestFirst("fund-kinds");

  private GenericNames() {}

  /** The name is {@code kind} with nothing before it but qualifiers. */
  static boolean isKindAlone(String name, String kind) {
    return name.endsWith(kind) && onlyQualifiers(name.substring(0, name.length() - kind.length()));
  }

  /** The name is a kind of fund with nothing before it but qualifiers (基金, 政府投资基金, 基金集群). */
  static boolean isFundKindAlone(String name) {
    for (String kind : FUND_KINDS) {
      if (isKindAlone(name, kind)) {
        return true;
      }
    }
    return false;
  }

  /** The words end in a qualifier (重点, 骨干, 控制性): the kind after them is qualified as a class, not named. */
  static boolean endsWithQualifier(String words) {
    for (String q : QUALIFIERS) {
      if (words.endsWith(q)) {
        return true;
      }
    }
    return false;
  }

  private static boolean onlyQualifiers(String words) {
    String rest = words;
    while (!rest.isEmpty()) {
      String found = null;
      for (String q : QUALIFIERS) {
        if (rest.startsWith(q)) {
          found = q;
          break;
        }
      }
      if (found == null) {
        return false;
      }
      rest = rest.substring(found.length());
    }
    return true;
  }
}
