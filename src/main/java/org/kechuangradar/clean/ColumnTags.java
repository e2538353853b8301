package org.kechuangradar.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kechuangradar.model.Article;
import org.kechuangradar.model.Document;
import org.kechuangradar.pipeline.Stage;

/**
 * Keeps a headline's column tag apart from the headline: {@code 【领航中国】共护一江水} is the headline 共护一江水 in the
 * column 领航中国. The document keeps the column; the headlines of the articles on a page lose theirs.
 */
public final class ColumnTags implements Stage {
  private static final Pattern TAGGED = Pattern.compile("^\\s*[【\\[]([^【】\\[\\]]{1,30})[】\\]]\\s*(\\S.*)$");

  @Override
  public Document process(Document d) {
    Document out = d;
    if (d.title() != null) {
      Matcher m = TAGGED.matcher(d.title());
      if (m.matches()) {
        out = out.withTitle(m.group(2).strip(), m.group(1).strip());
      }
    }
    List<Article> articles = new ArrayList<>();
    boolean changed = false;
    for (Article a : d.articles()) {
      Matcher m = a.title() == null ? null : TAGGED.matcher(a.title());
      if (m != null && m.matches()) {
        articles.add(new Article(m.group(2).strip(), a.authors(), a.start(), a.end()));
        changed = true;
      } else {
        articles.add(a);
      }
    }
    return changed ? out.withText(out.text(), articles) : out;
  }
}
