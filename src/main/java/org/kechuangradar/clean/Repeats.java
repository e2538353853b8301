package org.kechuangradar.clean;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kechuangradar.model.Block;
import org.kechuangradar.model.Document;
import org.kechuangradar.pipeline.Stage;

/**
 * Keeps a repeated paragraph once, and drops a paragraph whose whole text already stands inside an earlier
 * one (web extracts repeat the lead, e-paper extracts repeat a paragraph broken across columns).
 */
public final class Repeats implements Stage {
  private static final int MIN_REPEAT = 8;
  private static final int MIN_CONTAINED = 20;
  // Containment is checked against a window of recent paragraphs so that huge inputs stay linear.
  private static final int WINDOW = 200;

  @Override
  public Document process(Document document) {
    List<Block> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Deque<String> recent = new ArrayDeque<>();
    for (Block block : document.blocks()) {
      String s = block.text();
      if (block.kind() != Block.Kind.PARAGRAPH) {
        out.add(block);
        continue;
      }
      String key = withoutSpaces(s);
      if (key.length() >= MIN_REPEAT && !seen.add(key)) {
        continue;
      }
      if (key.length() >= MIN_CONTAINED && containedIn(key, recent)) {
        continue;
      }
      recent.addLast(key);
      if (recent.size() > WINDOW) {
        recent.removeFirst();
      }
      out.add(block);
    }
    return document.withBlocks(out);
  }

  private static String withoutSpaces(String s) {
    if (s.indexOf(' ') < 0) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) != ' ') {
        sb.append(s.charAt(i));
      }
    }
    return sb.toString();
  }

  private static boolean containedIn(String key, Deque<String> recent) {
    for (String earlier : recent) {
      if (earlier.length() > key.length() && earlier.contains(key)) {
        return true;
      }
    }
    return false;
  }
}
