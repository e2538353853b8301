package org.kechuangradar.clean;

import java.util.ArrayList;
import java.util.List;
import org.kechuangradar.model.Article;
import org.kechuangradar.model.Block;
import org.kechuangradar.model.Block.Kind;
import org.kechuangradar.model.Document;
import org.kechuangradar.pipeline.Stage;

/**
 * Splits a page into its articles at bylines, picks each article's headline, and writes the clean text.
 *
 * <p>The headings just before a byline are the article's headline matter: a headline found set into the
 * article's column wins, else the last of them; the rest (section labels such as {@code 攀登}, pull-quotes,
 * kickers) leave the body, as do headings left dangling at the end of an article. The text is the body
 * paragraphs and section headings joined by {@code \n}; {@code articles} is filled only when the page holds
 * more than one.
 */
public final class ArticleAssembler implements Stage {

  private record Part(String title, List<String> authors, List<Block> body) {}

  @Override
  public Document process(Document document) {
    List<Part> parts = split(document.blocks());
    StringBuilder text = new StringBuilder();
    List<Article> articles = new ArrayList<>();
    for (Part part : parts) {
      int start = text.length() == 0 ? 0 : text.length() + 1;
      int before = text.length();
      for (Block b : trimTrailingHeadings(part.body())) {
        if (text.length() > 0) {
          text.append('\n');
        }
        text.append(b.text());
      }
      if (text.length() > before) {
        articles.add(new Article(part.title() == null ? "" : part.title(), part.authors(), start, text.length()));
      }
    }
    String title = document.title() != null ? document.title() : parts.isEmpty() ? null : parts.get(0).title();
    return document.withText(text.toString(), articles.size() > 1 ? articles : List.of()).withTitle(title);
  }

  private static List<Part> split(List<Block> blocks) {
    List<Integer> starts = new ArrayList<>();
    int lastParagraph = -1;
    for (int i = 0; i < blocks.size(); i++) {
      lastParagraph = blocks.get(i).kind() == Kind.PARAGRAPH ? i : lastParagraph;
    }
    for (int i = 0; i < blocks.size(); i++) {
      // A byline starts an article when body text follows it.
      if (blocks.get(i).kind() == Kind.BYLINE && i < lastParagraph) {
        int s = i;
        // Set-in headlines belong to the article around them, so only headings are walked back over.
        while (s > 0 && blocks.get(s - 1).kind() == Kind.HEADING) {
          s--;
        }
        starts.add(s);
      }
    }
    if (starts.isEmpty() || starts.get(0) > 0 && hasParagraph(blocks.subList(0, starts.get(0)))) {
      starts.add(0, 0);
    }
    List<Part> parts = new ArrayList<>();
    for (int k = 0; k < starts.size(); k++) {
      int end = k + 1 < starts.size() ? starts.get(k + 1) : blocks.size();
      parts.add(part(blocks.subList(starts.get(k), end)));
    }
    return parts;
  }

  /** One article: leading headline matter, bylines, then the body. */
  private static Part part(List<Block> blocks) {
    int i = 0;
    String lastHeading = null;
    List<String> authors = new ArrayList<>();
    while (i < blocks.size() && (isHeadlineMatter(blocks.get(i)) || blocks.get(i).kind() == Kind.BYLINE)) {
      Block b = blocks.get(i);
      if (b.kind() == Kind.BYLINE) {
        authors.addAll(Bylines.parse(b.text()));
      } else if (!b.text().startsWith("——")) {
        lastHeading = b.text();
      }
      i++;
    }
    List<Block> body = new ArrayList<>();
    String setIn = null;
    for (Block b : blocks.subList(i, blocks.size())) {
      if (b.kind() == Kind.HEADLINE) {
        setIn = setIn == null ? b.text() : setIn;
      } else if (b.kind() == Kind.BYLINE) {
        authors.addAll(Bylines.parse(b.text()));
      } else {
        body.add(b);
      }
    }
    return new Part(setIn != null ? setIn : lastHeading, authors, body);
  }

  private static List<Block> trimTrailingHeadings(List<Block> body) {
    int end = body.size();
    while (end > 0 && body.get(end - 1).kind() != Kind.PARAGRAPH) {
      end--;
    }
    return body.subList(0, end);
  }

  private static boolean isHeadlineMatter(Block b) {
    return b.kind() == Kind.HEADING || b.kind() == Kind.HEADLINE;
  }

  private static boolean hasParagraph(List<Block> blocks) {
    for (Block b : blocks) {
      if (b.kind() == Kind.PARAGRAPH) {
        return true;
      }
    }
    return false;
  }
}
