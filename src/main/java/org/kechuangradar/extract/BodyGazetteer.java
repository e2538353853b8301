package org.kechuangradar.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Arrays;

/**
 * The government bodies Kechuang Radar knows by name: central bodies with their abbreviations
 * ({@code 工信部} → 工业和信息化部) and the bodies of local governments that follow a region name
 * ({@code 发展改革委} → 发展和改革委员会). Written by hand in {@code gazetteer/*.tsv}. Immutable and shared.
 */
public final class BodyGazetteer {
  /** A body's canonical name and type. */
  public record Body(String canonical, String type) {}

  private static final class Holder {
    static final BodyGazetteer INSTANCE = new BodyGazetteer();
  }

  private final Map<String, Body> central = new HashMap<>();
  private final Map<String, Body> local = new HashMap<>();
  private final int longestCentral;
  // For each first character, a bit per length some name of that length starts with it: look-ups try only those.
  private final int[] centralLengths = new int[0x10000];
  private final int[] localLengths = new int[0x10000];
  // Every name's first two characters as one int, sorted: a position whose pair is not here starts no name.
  private final int[] centralPrefixes;
  private final int[] localPrefixes;
  private final int longestLocal;

  private BodyGazetteer() {
    for (String[] row : rows("central-bodies.tsv")) {
      Body body = new Body(row[0], row.length > 2 ? row[2] : "government");
      central.put(row[0], body);
      if (row.length > 1) {
        for (String alias : row[1].split(",")) {
          if (!alias.isBlank()) {
            central.put(alias.strip(), body);
          }
        }
      }
    }
    for (String[] row : rows("local-bodies.tsv")) {
      Body body = new Body(row[0], "government");
      local.put(row[0], body);
      if (row.length > 1) {
        for (String alias : row[1].split(",")) {
          if (!alias.isBlank()) {
            local.put(alias.strip(), body);
          }
        }
      }
    }
    longestCentral = central.keySet().stream().mapToInt(String::length).max().orElse(0);
    longestLocal = local.keySet().stream().mapToInt(String::length).max().orElse(0);
    central.keySet().forEach(k -> centralLengths[k.charAt(0)] |= 1 << Math.min(31, k.length()));
    local.keySet().forEach(k -> localLengths[k.charAt(0)] |= 1 << Math.min(31, k.length()));
    centralPrefixes = central.keySet().stream().mapToInt(k -> k.charAt(0) << 16 | k.charAt(1)).distinct().sorted().toArray();
    localPrefixes = local.keySet().stream().mapToInt(k -> k.charAt(0) << 16 | k.charAt(1)).distinct().sorted().toArray();
  }

  public static BodyGazetteer get() {
    return Holder.INSTANCE;
  }

  /** The longest central body name or alias starting at {@code at}: [length] and body, or null. */
  public Map.Entry<Integer, Body> centralAt(String text, int at) {
    return longestAt(central, centralLengths, centralPrefixes, longestCentral, text, at);
  }

  /** The longest local body name or alias starting at {@code at}, or null. */
  public Map.Entry<Integer, Body> localAt(String text, int at) {
    return longestAt(local, localLengths, localPrefixes, longestLocal, text, at);
  }

  /** A central body by one of its names, or null. */
  public Body central(String name) {
    return central.get(name);
  }

  private static Map.Entry<Integer, Body> longestAt(Map<String, Body> names, int[] lengths, int[] prefixes,
      int longest, String text, int at) {
    int mask = at < text.length() ? lengths[text.charAt(at)] : 0;
    if (mask == 0 || at + 1 >= text.length()
        || Arrays.binarySearch(prefixes, text.charAt(at) << 16 | text.charAt(at + 1)) < 0) {
      return null;
    }
    for (int len = Math.min(longest, text.length() - at); len >= 2; len--) {
      if ((mask & (1 << Math.min(31, len))) == 0) {
        continue;
      }
      Body b = names.get(text.substring(at, at + len));
      if (b != null) {
        return Map.entry(len, b);
      }
    }
    return null;
  }

  private static List<String[]> rows(String file) {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        BodyGazetteer.class.getResourceAsStream("/gazetteer/" + file), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(line.split("\t"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
