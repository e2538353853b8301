package org.kechuangradar.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.kechuangradar.lexicon.PageFurniture;

/**
 * Finds the main text of a news page by text density: each run of prose scores by its length and its
 * Chinese punctuation, the score flows to its parent and grandparent, and the element with the most prose
 * and the fewest link characters wins. Before scoring, what a reader never sees and page furniture (named so by
 * its class and id, or by a first line such as 网友评论) are dropped; link lists inside the winner are skipped.
 *
 * <p>Written here because the Java ports of Readability and boilerpipe are tuned for English, where commas and
 * word counts mean something else; Readability4J scored below this on our pages (docs/QUALITY.md).
 */
final class MainContent {
  private static final String REMOVED = "script, style, noscript, iframe, nav, header, footer, aside, "
      + "button, select, input, textarea, svg, canvas, object, embed, template, link, map";
  // What a reader never sees: a second copy for another reading mode, a pop-up, a template.
  private static final String HIDDEN = "[hidden], [style~=(?i)display\\s*:\\s*none], "
      + "[style~=(?i)visibility\\s*:\\s*hidden]";
  // Marks inside sentences; a colon is left out, as it ends the labels of a date and source line (来源：).
  private static final Set<String> SECTIONS = Set.of("div", "section", "ul", "ol", "dl", "table", "td");
  private static final Pattern PUNCT = Pattern.compile("[，。；！？、]|[,;](?!\\d)");

  private MainContent() {}

  /** The paragraphs of the page's main text; {@code headline} (or null) is the title the page was found to have. */
  static List<String> paragraphs(org.jsoup.nodes.Document page, String headline) {
    org.jsoup.nodes.Document doc = page.clone();
    doc.select(REMOVED).remove();
    doc.body().select(HIDDEN).remove();
    Counts beforeRemoval = new Counts(doc);
    int pageProse = beforeRemoval.of(doc.body())[Counts.PROSE];
    for (Element e : doc.body().select("form, [class], [id]")) {
      // A wrapper misnamed for furniture (post_header round a whole story, the one form of an ASP.NET page) holds
      // most of the page's prose. Elements come in document order, so none of its descendants is gone yet.
      boolean furniture = e.normalName().equals("form") || PageFurniture.names(e.className() + " " + e.id());
      if (e != doc.body() && furniture && beforeRemoval.of(e)[Counts.PROSE] * 2 < pageProse) {
        e.remove();
      }
    }
    // Blocks with no telling name still say what they are in their first line: 网友留言, 延伸阅读, 本周排行. One
    // that comes after the headline goes whatever its size, as a short story's comments can outweigh it.
    Map<Element, String> firstLines = firstLines(doc.body());
    String title = headline == null ? null : headline.replaceAll("\\s+", "");
    Element headlineElement = null;
    for (Element e : doc.body().getAllElements()) {
      if (headlineElement == null && title != null && !title.isEmpty()
          && e.ownText().replaceAll("\\s+", "").equals(title)) {
        headlineElement = e;
      }
      String first = firstLines.get(e);
      if (SECTIONS.contains(e.normalName()) && first != null && PageFurniture.heading(first)
          && (beforeRemoval.of(e)[Counts.PROSE] * 2 < pageProse
              || headlineElement != null && !e.parents().contains(headlineElement))) {
        e.remove();
      }
    }
    Counts counts = new Counts(doc);
    Element best = bestCandidate(doc.body(), counts);
    List<String> out = new ArrayList<>();
    if (best == null) {
      return out;
    }
    StringBuilder line = new StringBuilder();
    collect(best, line, out, counts);
    flush(line, out);
    return out;
  }

  /**
   * The first text that is not blank in each element, in one walk: a text is given to its ancestors up to the first
   * that has one already, whose own ancestors have one too, so that deep markup costs no more than shallow.
   */
  private static Map<Element, String> firstLines(Element root) {
    Map<Element, String> first = new IdentityHashMap<>();
    NodeTraversor.traverse((Node node, int depth) -> {
      if (node instanceof TextNode t && !t.isBlank()) {
        // Normalised once, however many ancestors it opens: a deep page has thousands.
        String line = t.text();
        for (Element e = t.parent() instanceof Element p ? p : null; e != null && !first.containsKey(e); e = e.parent()) {
          first.put(e, line);
        }
      }
    }, root);
    return first;
  }

  private static Element bestCandidate(Element body, Counts counts) {
    Map<Element, Double> scores = new HashMap<>();
    for (Element e : body.select("p, div, td, section, article, pre, font, span, li, blockquote, center")) {
      int[] own = ownCounts(e, counts);
      int length = own[Counts.PROSE];
      if (length < 12) {
        continue;
      }
      double score = 1 + own[Counts.PUNCT] + Math.min(length / 60.0, 4);
      Element parent = e.parent();
      scores.merge(e, score, Double::sum);
      if (parent != null) {
        scores.merge(parent, score, Double::sum);
        if (parent.parent() != null) {
          scores.merge(parent.parent(), score / 2, Double::sum);
        }
      }
    }
    Element best = null;
    double bestScore = 0;
    for (Map.Entry<Element, Double> entry : scores.entrySet()) {
      double s = entry.getValue() * (1 - linkDensity(entry.getKey(), counts));
      if (s > bestScore) {
        bestScore = s;
        best = entry.getKey();
      }
    }
    return best;
  }

  /** Prose and punctuation directly inside an element and its inline children, not in block children or links. */
  private static int[] ownCounts(Element e, Counts counts) {
    int[] own = new int[2];
    for (Node child : e.childNodes()) {
      if (child instanceof TextNode t) {
        own[Counts.PROSE] += prose(t.getWholeText());
        own[Counts.PUNCT] += punctuation(t.getWholeText());
      } else if (child instanceof Element c && !c.isBlock() && !c.tagName().equals("a")) {
        own[Counts.PROSE] += counts.of(c)[Counts.PROSE];
        own[Counts.PUNCT] += counts.of(c)[Counts.PUNCT];
      }
    }
    return own;
  }

  private static double linkDensity(Element e, Counts counts) {
    int[] c = counts.of(e);
    return c[Counts.PROSE] == 0 ? 1 : Math.min(1, (double) c[Counts.LINKS] / c[Counts.PROSE]);
  }

  /**
   * The prose characters, punctuation marks, prose characters inside links and links of every element, summed from
   * the leaves up in one walk; asking each element for its text instead costs time in the square of the nesting.
   */
  private static final class Counts {
    static final int PROSE = 0;
    static final int PUNCT = 1;
    static final int LINKS = 2;
    static final int ANCHORS = 3;
    private final Map<Element, int[]> counts = new IdentityHashMap<>();

    Counts(Element root) {
      NodeTraversor.traverse(new NodeVisitor() {
        @Override
        public void head(Node node, int depth) {}

        @Override
        public void tail(Node node, int depth) {
          if (node instanceof TextNode t && t.parent() instanceof Element parent) {
            int[] c = of(parent);
            c[PROSE] += prose(t.getWholeText());
            c[PUNCT] += punctuation(t.getWholeText());
          } else if (node instanceof Element e) {
            int[] c = of(e);
            if (e.normalName().equals("a")) {
              c[LINKS] = c[PROSE];
              c[ANCHORS]++;
            }
            if (e != root && e.parent() != null) {
              int[] p = of(e.parent());
              for (int i = 0; i < c.length; i++) {
                p[i] += c[i];
              }
            }
          }
        }
      }, root);
    }

    int[] of(Element e) {
      return counts.computeIfAbsent(e, k -> new int[4]);
    }
  }

  private static int punctuation(String s) {
    return (int) PUNCT.matcher(s).results().count();
  }

  private static int prose(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '\u00A0') {
        n++;
      }
    }
    return n;
  }

  /**
   * Walks the winner, cutting paragraphs at block elements and {@code <br>}, skipping link lists. Walked by jsoup's
   * traversor, which keeps no call per level, so that markup nested thousands deep does not overflow the stack.
   */
  private static void collect(Element root, StringBuilder line, List<String> out, Counts counts) {
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
          line.append(t.getWholeText().replaceAll("[\\r\\n\\t]+", " "));
        } else if (node != root && node instanceof Element c) {
          if (c.tagName().equals("br")) {
            flush(line, out);
          } else if (isBlock(c) && isLinkList(c, counts)) {
            return FilterResult.SKIP_ENTIRELY;
          } else if (isDataCell(c)) {
            line.append(' ');
          } else if (isBlock(c)) {
            flush(line, out);
          } else if (c.tagName().equals("img")) {
            return FilterResult.SKIP_ENTIRELY;
          }
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (node != root && node instanceof Element c && isBlock(c) && !isDataCell(c)) {
          flush(line, out);
        }
        return FilterResult.CONTINUE;
      }
    }, root);
  }

  /** Related stories, a pager or the page's other headlines: two or more links that make most of a block's text. */
  private static boolean isLinkList(Element e, Counts counts) {
    return counts.of(e)[Counts.ANCHORS] >= 2 && linkDensity(e, counts) > 0.5;
  }

  /** A table cell that holds a value rather than a layout's column: its row is one line, cells apart by a space. */
  private static boolean isDataCell(Element e) {
    return (e.normalName().equals("td") || e.normalName().equals("th"))
        && e.selectFirst("p, div, br, table, ul, ol, li, h1, h2, h3, h4, h5, h6, section, article") == null;
  }

  private static boolean isBlock(Element e) {
    return e.isBlock() || e.tagName().equals("li");
  }

  private static void flush(StringBuilder line, List<String> out) {
    String s = line.toString().replace('\u00A0', ' ').strip();
    if (!s.isEmpty()) {
      out.add(s);
    }
    line.setLength(0);
  }
}
