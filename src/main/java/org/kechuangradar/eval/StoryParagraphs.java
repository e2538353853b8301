package org.kechuangradar.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/** The paragraphs of a news story's HTML body as our annotations count them: split at {@code </p>} and {@code <br>}. */
final class StoryParagraphs {
  private static final Pattern BREAK = Pattern.compile("</p>|<br\\s*/?>");
  private static final Pattern TAG = Pattern.compile("<[^>]+>");

  private StoryParagraphs() {}

  static List<String> of(String html) {
    List<String> out = new ArrayList<>();
    for (String part : BREAK.split(html)) {
      String text = Parser.unescapeEntities(TAG.matcher(part).replaceAll(""), false).strip();
      if (!text.isEmpty()) {
        out.add(text);
      }
    }
    return out;
  }
}
