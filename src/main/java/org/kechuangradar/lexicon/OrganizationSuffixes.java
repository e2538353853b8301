package org.kechuangradar.lexicon;

import java.util.HashMap;
import java.util.Map;

/**
 * The words that end organizations' names and the kind of organization each says ({@code 大学} university,
 * {@code 研究所} research, {@code 有限公司} company), from {@code lexicon/organization-suffixes.tsv}.
 */
public final class OrganizationSuffixes {
  private static final class Holder {
    static final OrganizationSuffixes DEFAULT = new OrganizationSuffixes(load());
  }

  private final Map<String, String> types;
  private final int longest;

  /** A table of suffixes to types; tests pass a small one. */
  public OrganizationSuffixes(Map<String, String> types) {
    this.types = Map.copyOf(types);
    this.longest = types.keySet().stream().mapToInt(String::length).max().orElse(0);
  }

  public static OrganizationSuffixes get() {
    return Holder.DEFAULT;
  }

  /** The type the longest suffix of {@code name} says, or null when no suffix ends it. */
  public String typeOf(String name) {
    for (int len = Math.min(longest, name.length()); len >= 1; len--) {
      String type = types.get(name.substring(name.length() - len));
      if (type != null) {
        return type;
      }
    }
    return null;
  }

  /** The length of the longest suffix that starts at {@code at} of {@code text}, or 0. */
  public int suffixAt(String text, int at) {
    for (int len = Math.min(longest, text.length() - at); len >= 1; len--) {
      if (types.containsKey(text.substring(at, at + len))) {
        return len;
      }
    }
    return 0;
  }

  private static Map<String, String> load() {
    Map<String, String> m = new HashMap<>();
    for (String[] row : Tsv.rows("organization-suffixes")) {
      m.put(row[0].strip(), row[1].strip());
    }
    return m;
  }
}
