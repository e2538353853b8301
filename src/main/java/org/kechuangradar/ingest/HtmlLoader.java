package org.kechuangradar.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.kechuangradar.model.Block;
import org.kechuangradar.model.Document;
import org.kechuangradar.model.Script;

/**
 * Reads an HTML page: its headline, publication time, authors and main text, without navigation, related
 * links, comments, ads or footers. Parsing is jsoup's; finding the main text is {@link MainContent}.
 */
public final class HtmlLoader implements Loader {
  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);

  @Override
  public Document load(Input input) throws InputException {
    String html = CharsetGuesser.decode(input.source(), input.bytes(), declaredCharset(input));
    org.jsoup.nodes.Document page = Jsoup.parse(html, input.source().startsWith("http") ? input.source() : "");
    List<String> frames = page.select("frame[src], iframe[src]").eachAttr("src");
    Element body = page.body();
    if (body == null || body.text().isBlank()) {
      throw new InputException(input.source(), whyNoBodyText(page, frames));
    }
    HtmlMetadata meta = HtmlMetadata.read(page, input.source());
    List<String> paragraphs = MainContent.paragraphs(page, meta.title()).stream().map(CharsetGuesser::wholeCharacters).toList();
    if (paragraphs.isEmpty()) {
      throw new InputException(input.source(), "no article text found in the HTML page: " + whyNoProse(body));
    }
    // The headline's letters once, not once per paragraph: a title left open swallows the page.
    String headline = meta.title() == null ? null : withoutSpace(meta.title());
    List<Block> blocks = new ArrayList<>();
    for (String p : paragraphs) {
      if (headline == null || !withoutSpace(p).equals(headline)) {
        blocks.add(Block.paragraph(p));
      }
    }
    return new Document(input.source(), String.join("\n", paragraphs), meta.title(), null, meta.published(),
        meta.authors(), Script.SIMPLIFIED, blocks, "", List.of(), List.of(), List.of(), null);
  }

  /** Says what kind of empty page this is, so that a user knows what to read instead. */
  private static String whyNoBodyText(org.jsoup.nodes.Document page, List<String> frames) {
    if (!page.select("frameset, frame").isEmpty()) {
      return "HTML page is a frameset: its text is in the frames it loads" + listed(frames);
    }
    if (!frames.isEmpty()) {
      return "HTML page has no body text: it only embeds other pages" + listed(frames);
    }
    int scripts = page.select("script").size();
    return scripts == 0 ? "HTML page has no body text"
        : "HTML page has no body text: " + scripts + (scripts == 1 ? " script builds" : " scripts build")
            + " it in a browser, and there is nothing to read without running them";
  }

  /** Says why text that is there is not an article: all of it links, or no line long enough to be prose. */
  private static String whyNoProse(Element body) {
    int text = body.text().length();
    int links = body.select("a").text().length();
    return links * 2 > text
        ? "its " + text + " characters of text are mostly links (" + links + "), a list or index page"
        : "no block of prose among its " + text + " characters of text, only short labels and lines";
  }

  private static String listed(List<String> frames) {
    return frames.isEmpty() ? "" : " (" + String.join(", ", frames.subList(0, Math.min(3, frames.size())))
        + (frames.size() > 3 ? ", …" : "") + ")";
  }

  private static String withoutSpace(String s) {
    return s.replaceAll("\\s+", "");
  }

  /** The charset from the transport, else from a meta tag in the first 4 KiB, else null. */
  private static String declaredCharset(Input input) {
    String fromHeader = Format.charset(input.contentType());
    if (fromHeader != null) {
      return fromHeader;
    }
    int n = Math.min(input.bytes().length, 4096);
    Matcher m = META_CHARSET.matcher(new String(input.bytes(), 0, n, StandardCharsets.ISO_8859_1));
    return m.find() ? m.group(1) : null;
  }
}
