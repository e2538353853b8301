package org.kechuangradar.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An article (or a page of articles) as it moves through the pipeline: what the reader found, and what each
 * cleaning stage has made of it.
 *
 * <p>Readers fill {@code source}, {@code original} and {@code blocks} (plus any metadata the format carries);
 * cleaning stages rewrite {@code blocks} and fill the metadata; {@code text} and {@code articles} are set
 * last, from the blocks. Immutable: every {@code with…} method returns a new document.
 *
 * @param source the path or URL the document came from
 * @param original the text as read, before any cleaning
 * @param title the headline without its column tag, or null when none was found
 * @param column the column the headline was set in (领航中国 of 【领航中国】…), or null
 * @param published ISO date or date-time of publication, or null
 * @param authors reporters and writers
 * @param originalScript the script of the input before conversion
 * @param blocks the working paragraphs, headings and bylines
 * @param text the clean body; empty until the final stage
 * @param captions photo captions and credits taken out of the body
 * @param articles the articles of a multi-article page, with spans in {@code text}
 * @param issues problems met in the input that did not stop processing
 * @param extraction what the extraction stages found; empty until they run
 */
public record Document(
    String source,
    String original,
    String title,
    String column,
    String published,
    List<String> authors,
    Script originalScript,
    List<Block> blocks,
    String text,
    List<String> captions,
    List<Article> articles,
    List<Issue> issues,
    Extraction extraction) {

  public Document {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(originalScript, "originalScript");
    Objects.requireNonNull(text, "text");
    authors = List.copyOf(authors);
    blocks = List.copyOf(blocks);
    captions = List.copyOf(captions);
    articles = List.copyOf(articles);
    issues = List.copyOf(issues);
    extraction = extraction == null ? Extraction.EMPTY : extraction;
  }

  /** A document as a reader first sees it: one paragraph block per non-blank line of {@code text}. */
  public static Document fromText(String source, String text) {
    List<Block> blocks = new ArrayList<>();
    for (String line : text.split("\r\n|\r|\n")) {
      if (!line.isBlank()) {
        blocks.add(Block.paragraph(line));
      }
    }
    return new Document(source, text, null, null, null, List.of(), Script.SIMPLIFIED, blocks, "", List.of(),
        List.of(), List.of(), Extraction.EMPTY);
  }

  public Document withBlocks(List<Block> newBlocks) {
    return new Document(source, original, title, column, published, authors, originalScript, newBlocks, text, captions,
        articles, issues, extraction);
  }

  public Document withTitle(String newTitle) {
    return new Document(source, original, newTitle, column, published, authors, originalScript, blocks, text, captions,
        articles, issues, extraction);
  }

  /** The headline and the column it was set in. */
  public Document withTitle(String newTitle, String newColumn) {
    return new Document(source, original, newTitle, newColumn, published, authors, originalScript, blocks, text,
        captions, articles, issues, extraction);
  }

  public Document withPublished(String newPublished) {
    return new Document(source, original, title, column, newPublished, authors, originalScript, blocks, text, captions,
        articles, issues, extraction);
  }

  public Document withScript(Script script) {
    return new Document(source, original, title, column, published, authors, script, blocks, text, captions, articles,
        issues, extraction);
  }

  /** Adds authors not already present, keeping their order. */
  public Document withAuthors(List<String> more) {
    return new Document(source, original, title, column, published, union(authors, more), originalScript, blocks, text,
        captions, articles, issues, extraction);
  }

  /** Adds captions not already present, keeping their order. */
  public Document withCaptions(List<String> more) {
    return new Document(source, original, title, column, published, authors, originalScript, blocks, text,
        union(captions, more), articles, issues, extraction);
  }

  public Document withText(String newText, List<Article> newArticles) {
    return new Document(source, original, title, column, published, authors, originalScript, blocks, newText, captions,
        newArticles, issues, extraction);
  }

  public Document withExtraction(Extraction found) {
    return new Document(source, original, title, column, published, authors, originalScript, blocks, text, captions,
        articles, issues, found);
  }

  private static List<String> union(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    Set<String> seen = new HashSet<>(a);
    for (String s : b) {
      if (seen.add(s)) {
        all.add(s);
      }
    }
    return all;
  }
}
