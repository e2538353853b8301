package org.kechuangradar.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a word list of the jar: one row a line, columns split at tabs; blank lines and {@code #} comments skipped. */
public final class Tsv {
  private Tsv() {}

  /** The rows of {@code /lexicon/NAME.tsv} (or of any resource path starting with a slash). */
  public static List<String[]> rows(String name) {
    String resource = name.startsWith("/") ? name : "/lexicon/" + name + ".tsv";
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = Tsv.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("word list " + resource + " is missing from the jar");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(line.split("\t", -1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read word list " + resource, e);
    }
    return rows;
  }

  /** The first column of every row, longest first: the order alternations and longest matches need. */
  public static List<String> wordsLongestFirst(String name) {
    return words(name).stream().sorted((a, b) -> Integer.compare(b.length(), a.length())).toList();
  }

  /** The first column of every row. */
  public static List<String> words(String name) {
    return rows(name).stream().map(r -> r[0].strip()).toList();
  }
}
