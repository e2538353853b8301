package org.kechuangradar.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Finds the main text of a news page by text density: each run of prose scores by its length and its
 * Chinese punctuation, the score flows to its parent and grandparent, and the element with the most prose
 * and the fewest link characters wins; siblings that score well join it.
 *
 * <p>Written here because the Java ports of Readability and boilerpipe are unmaintained and tuned for
 * English, where commas and word counts mean something else.
 */
final class MainContent {
  private static final Pattern BOILERPLATE = Pattern.compile(
      "(?i)(^|[\\s_-])(nav|navbar|menu|footer|foot|header|head|sidebar|side|aside|comment|comments|reply|share|"
          + "sharing|related|recommend|breadcrumb|crumb|crumbs|copyright|banner|login|toolbar|pagination|pager|"
          + "hot|hotnews|rank|ranking|friendlink|links|advert|ads|ad|gg|tags|topbar|bottom|weixin|qrcode|"
          + "byline-tools|social|subscribe|column-nav|channel-nav)([\\s_-]|\\d|$)");
  private static final String REMOVED = "script, style, noscript, iframe, nav, header, footer, aside, form, "
      + "button, select, input, textarea, svg, canvas, object, embed, template, link, map";
  private static final Pattern PUNCT = Pattern.compile("[，。；：！？、,;]");

  private MainContent() {}

  static List<String> paragraphs(org.jsoup.nodes.Document page) {
    org.jsoup.nodes.Document doc = page.clone();
    doc.select(REMOVED).remove();
    for (Element e : doc.body().select("[class], [id]")) {
      String attrs = e.className() + " " + e.id();
      if (e != doc.body() && BOILERPLATE.matcher(attrs).find() && !isLikelyArticle(e)) {
        e.remove();
      }
    }
    Element best = bestCandidate(doc.body());
    List<String> out = new ArrayList<>();
    if (best == null) {
      return out;
    }
    StringBuilder line = new StringBuilder();
    collect(best, line, out);
    flush(line, out);
    return out;
  }

  /** An element named for boilerplate that still holds most of the page's prose is kept. */
  private static boolean isLikelyArticle(Element e) {
    String attrs = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    return attrs.contains("article") || attrs.contains("content") || attrs.contains("main")
        || prose(e.text()) > 400;
  }

  private static Element bestCandidate(Element body) {
    Map<Element, Double> scores = new HashMap<>();
    for (Element e : body.select("p, div, td, section, article, pre, font, span, li, blockquote, center")) {
      String own = ownText(e);
      int length = prose(own);
      if (length < 12) {
        continue;
      }
      double score = 1 + PUNCT.matcher(own).results().count() + Math.min(length / 60.0, 4);
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
      double s = entry.getValue() * (1 - linkDensity(entry.getKey()));
      if (s > bestScore) {
        bestScore = s;
        best = entry.getKey();
      }
    }
    return best;
  }

  /** Text directly inside an element, not inside its block-level children. */
  private static String ownText(Element e) {
    StringBuilder sb = new StringBuilder();
    for (Node child : e.childNodes()) {
      if (child instanceof TextNode t) {
        sb.append(t.text());
      } else if (child instanceof Element c && !c.isBlock() && !c.tagName().equals("a")) {
        sb.append(c.text());
      }
    }
    return sb.toString();
  }

  private static double linkDensity(Element e) {
    int total = prose(e.text());
    if (total == 0) {
      return 1;
    }
    int links = 0;
    Elements anchors = e.select("a");
    for (Element a : anchors) {
      links += prose(a.text());
    }
    return Math.min(1, (double) links / total);
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

  /** Walks the winner, cutting paragraphs at block elements and {@code <br>}, skipping link lists. */
  private static void collect(Element e, StringBuilder line, List<String> out) {
    for (Node child : e.childNodes()) {
      if (child instanceof TextNode t) {
        line.append(t.getWholeText().replaceAll("[\\r\\n\\t]+", " "));
      } else if (child instanceof Element c) {
        if (c.tagName().equals("br")) {
          flush(line, out);
        } else if (c.isBlock() || c.tagName().equals("li")) {
          if ((c.tagName().equals("ul") || c.tagName().equals("ol") || c.tagName().equals("table"))
              && linkDensity(c) > 0.5) {
            continue;
          }
          flush(line, out);
          collect(c, line, out);
          flush(line, out);
        } else if (c.tagName().equals("img")) {
          continue;
        } else {
          collect(c, line, out);
        }
      }
    }
  }

  private static void flush(StringBuilder line, List<String> out) {
    String s = line.toString().replace('\u00A0', ' ').strip();
    if (!s.isEmpty()) {
      out.add(s);
    }
    line.setLength(0);
  }
}
