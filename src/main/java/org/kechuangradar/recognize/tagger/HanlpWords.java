package org.kechuangradar.recognize.tagger;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The words of HanLP's own word lists (its synonym and pinyin tables), in file order: HanLP's role dictionaries
 * cannot be listed, so they are asked about each of these.
 */
final class HanlpWords {
  private HanlpWords() {}

  static List<String> all() {
    List<String> words = new ArrayList<>();
    read("data/dictionary/synonym/CoreSynonym.txt", line -> {
      for (String w : line.split(" ")) {
        if (w.length() >= 2 && w.chars().allMatch(Character::isIdeographic)) {
          words.add(w);
        }
      }
    });
    read("data/dictionary/pinyin/pinyin.txt", line -> {
      int eq = line.indexOf('=');
      if (eq > 1) {
        words.add(line.substring(0, eq));
      }
    });
    return words;
  }

  private static void read(String resource, java.util.function.Consumer<String> lines) {
    try (InputStream in = HanlpWords.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("HanLP's word list " + resource + " is missing from the class path");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        lines.accept(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
