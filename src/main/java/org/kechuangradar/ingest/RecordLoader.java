package org.kechuangradar.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.kechuangradar.model.Block;
import org.kechuangradar.model.Document;
import org.kechuangradar.model.Script;

/**
 * Reads one article of a JSON Lines collection (a news archive export): {@code title}, {@code date} or
 * {@code published}, and the body as {@code html} (paragraphs and line breaks) or {@code text} (one paragraph a
 * line). The body is the article already, so no main-content search runs on it.
 */
public final class RecordLoader implements Loader {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public Document load(Input input) throws InputException {
    JsonNode record;
    try {
      record = JSON.readTree(new String(input.bytes(), StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      throw new InputException(input.source(), "not a JSON record (" + e.getOriginalMessage() + ")");
    }
    if (record == null || !record.isObject()) {
      throw new InputException(input.source(), "not a JSON object");
    }
    List<String> paragraphs = new ArrayList<>();
    if (record.hasNonNull("html")) {
      paragraphs(Jsoup.parseBodyFragment(record.get("html").asText()).body(), paragraphs);
    } else if (record.hasNonNull("text")) {
      for (String line : record.get("text").asText().split("\\R")) {
        if (!line.isBlank()) {
          paragraphs.add(CharsetGuesser.wholeCharacters(line.strip()));
        }
      }
    }
    paragraphs.removeIf(String::isBlank);
    if (paragraphs.isEmpty()) {
      throw new InputException(input.source(), "the record has no html or text body");
    }
    String title = text(record, "title");
    String published = text(record, "published") != null ? text(record, "published") : text(record, "date");
    List<Block> blocks = paragraphs.stream().map(Block::paragraph).toList();
    return new Document(input.source(), String.join("\n", paragraphs), title, null, published, List.of(),
        Script.SIMPLIFIED, blocks, "", List.of(), List.of(), List.of(), null);
  }

  private static String text(JsonNode record, String field) {
    JsonNode n = record.get(field);
    return n == null || n.isNull() || n.asText().isBlank() ? null
        : CharsetGuesser.wholeCharacters(n.asText().strip());
  }

  /**
   * Block elements and line breaks end a paragraph; inline elements run on. Walked by jsoup's traversor, which
   * keeps no call per level, so that markup nested thousands deep does not overflow the stack.
   */
  private static void paragraphs(Element root, List<String> out) {
    StringBuilder current = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          current.append(t.text());
        } else if (endsParagraph(node)) {
          flush(out, current);
        }
      }

      // Text after the last paragraph of a body that has paragraphs is its footer (a rule, a timestamp), not kept.
      @Override
      public void tail(Node node, int depth) {
        if (endsParagraph(node) && (node != root || out.isEmpty())) {
          flush(out, current);
        }
      }
    }, root);
  }

  private static boolean endsParagraph(Node node) {
    return node instanceof Element e && (e.isBlock() || e.normalName().equals("br"));
  }

  private static void flush(List<String> out, StringBuilder current) {
    String p = current.toString().strip();
    if (!p.isEmpty()) {
      out.add(CharsetGuesser.wholeCharacters(p));
    }
    current.setLength(0);
  }
}
