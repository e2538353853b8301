package org.kechuangradar.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.kechuangradar.model.Block;
import org.kechuangradar.model.Document;
import org.kechuangradar.pipeline.Stage;
import org.kechuangradar.segment.WordJunction;

/**
 * Tells section headings from paragraphs that the layout cut in two, and joins the pieces again.
 *
 * <p>A line without sentence-final punctuation is a fragment when it ends on a comma or an open quote, leaves
 * a quote open, ends on {@code 的}, is longer than any heading, or is a short line with a pause in it that is
 * cut inside a word ({@code 市场经济条} | {@code 件下}) or followed by a displaced {@code …——} kicker. A fragment continues in the next paragraph; headings that stand
 * between the two were displaced by the layout (a pull-quote, a headline set into the column): a
 * {@code …——} kicker with its headline becomes a {@link Block.Kind#HEADLINE}, other displaced lines are page
 * furniture and go. A fragment with no continuation before the next byline is furniture too. Other lines
 * without final punctuation become {@link Block.Kind#HEADING}s; a kicker above a heading is dropped.
 */
public final class BrokenParagraphs implements Stage {
  private static final int LONGEST_HEADING = 26;
  // Only 的 cannot end a heading: 向, 与, 及 and the like also end nouns (方向, 参与, 普及).
  private static final String TRAILING_FUNCTION_WORDS = "的";

  private final WordJunction junction;

  public BrokenParagraphs(WordJunction junction) {
    this.junction = Objects.requireNonNull(junction);
  }

  private enum Role { COMPLETE, FRAGMENT, HEADING, OTHER }

  @Override
  public Document process(Document document) {
    List<Block> blocks = new ArrayList<>(document.blocks());
    List<Block> out = new ArrayList<>(blocks.size());
    // Headlines found inside a broken paragraph, emitted once the joined paragraph is out.
    List<Block> pending = new ArrayList<>();
    boolean bodyStarted = false;
    int i = 0;
    while (i < blocks.size()) {
      Block b = blocks.get(i);
      Role role = b.kind() == Block.Kind.BYLINE ? Role.OTHER : roleOf(blocks, i, bodyStarted);
      if (role == Role.FRAGMENT) {
        int j = i + 1;
        while (j < blocks.size() && roleOf(blocks, j, true) == Role.HEADING) {
          j++;
        }
        if (j < blocks.size() && blocks.get(j).kind() == Block.Kind.PARAGRAPH) {
          pending.addAll(displacedHeadlines(blocks.subList(i + 1, j)));
          // The joined paragraph takes the place of its second piece; nothing before it is read again.
          blocks.set(j, Block.paragraph(b.text() + blocks.get(j).text()));
          i = j;
          bodyStarted = true;
          continue;
        }
        i++;
      } else if (role == Role.HEADING && isKicker(b.text()) && i + 1 < blocks.size()
          && roleOf(blocks, i + 1, bodyStarted) == Role.HEADING) {
        out.add(blocks.get(i + 1).withKind(Block.Kind.HEADING));
        i += 2;
      } else {
        out.add(role == Role.HEADING ? b.withKind(Block.Kind.HEADING) : b);
        // The body starts after a byline, or with the first finished sentence.
        bodyStarted |= b.kind() == Block.Kind.BYLINE || role == Role.COMPLETE;
        i++;
      }
      out.addAll(pending);
      pending.clear();
    }
    out.addAll(pending);
    return document.withBlocks(out);
  }

  private static List<Block> displacedHeadlines(List<Block> displaced) {
    List<Block> headlines = new ArrayList<>();
    for (int k = 0; k + 1 < displaced.size(); k++) {
      if (isKicker(displaced.get(k).text())) {
        headlines.add(displaced.get(k + 1).withKind(Block.Kind.HEADLINE));
        k++;
      }
    }
    return headlines;
  }

  private Role roleOf(List<Block> blocks, int i, boolean bodyStarted) {
    Block b = blocks.get(i);
    if (b.kind() != Block.Kind.PARAGRAPH) {
      return Role.OTHER;
    }
    String s = b.text();
    if (Punctuation.endsSentence(s) || leadsIn(s)) {
      return Role.COMPLETE;
    }
    if (Punctuation.endsMidSentence(s) || Punctuation.hasUnclosedQuote(s)) {
      return Role.FRAGMENT;
    }
    // A long line with a finished sentence inside is body text, even before the body has started.
    boolean sentenceInside = s.indexOf('。') >= 0 && Punctuation.visibleLength(s) > LONGEST_HEADING;
    if (isKicker(s) || s.startsWith("——") || s.endsWith("：") || s.endsWith(":") || !bodyStarted && !sentenceInside) {
      return Role.HEADING;
    }
    if (TRAILING_FUNCTION_WORDS.indexOf(s.charAt(s.length() - 1)) >= 0) {
      return Role.FRAGMENT;
    }
    Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
    if (next != null && next.kind() == Block.Kind.BYLINE) {
      return Role.HEADING;
    }
    if (Punctuation.visibleLength(s) > LONGEST_HEADING) {
      return Role.FRAGMENT;
    }
    if (Punctuation.hasInnerPause(s) && next != null && next.kind() == Block.Kind.PARAGRAPH
        && (isKicker(next.text()) || junction.spansWord(s, next.text()))) {
      return Role.FRAGMENT;
    }
    return Role.HEADING;
  }

  /**
   * A clause that ends in a colon to lead into what follows (各有关单位：, 现就有关事项通知如下：) is body text, not a
   * heading: it pauses at a comma inside, or runs longer than a heading does.
   */
  private static boolean leadsIn(String s) {
    return (s.endsWith("：") || s.endsWith(":")) && (s.indexOf('，') >= 0 || Punctuation.visibleLength(s) > LONGEST_HEADING);
  }

  private static boolean isKicker(String s) {
    return s.endsWith("——") || s.endsWith("—") || s.endsWith("--");
  }
}
