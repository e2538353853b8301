package org.kechuangradar.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.kechuangradar.lexicon.PageFields;
import org.kechuangradar.lexicon.PageFields.Field;

/**
 * A page's headline, publication time and authors. The date is taken from the surest statement first: a government
 * document's own date (成文日期), then meta tags, JSON-LD, {@code <time>}, a labelled line (发布时间：), the day its
 * address states, and last the first date after the headline. Authors are people named by a meta tag, JSON-LD or a
 * label (作者：), else the body that issued a government document (发文机关).
 */
record HtmlMetadata(String title, String published, List<String> authors) {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern DATE = Pattern.compile(
      "((?:19|20)\\d{2})\\s*[-/年.]\\s*(\\d{1,2})\\s*[-/月.]\\s*(\\d{1,2})\\s*日?"
          + "(?:[T\\s]*(\\d{1,2})\\s*[:：时]\\s*(\\d{1,2})(?:\\s*[:：分]\\s*(\\d{1,2}))?)?");
  // Month first, as English-language page software writes it: 9/17/2004 5:54:13 AM.
  private static final Pattern US_DATE = Pattern.compile(
      "(\\d{1,2})/(\\d{1,2})/((?:19|20)\\d{2})(?:\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([AaPp][Mm])?)?");
  private static final Pattern DOCUMENT_DATE = labelled(Field.DOCUMENT_DATE_LABEL, "[:：]?\\s*" + DATE.pattern());
  private static final Pattern STRONG_LABEL = labelled(Field.PUBLISHED_LABEL, "[:：]?\\s*" + DATE.pattern());
  private static final Pattern STRONG_LABEL_US = labelled(Field.PUBLISHED_LABEL, "[:：]?\\s*" + US_DATE.pattern());
  // Bare 时间 and 日期 also label birthdays and deadlines, so they count only with a colon.
  private static final Pattern WEAK_LABEL = Pattern.compile("(时间|日期)\\s*[:：]\\s*" + DATE.pattern());
  private static final Pattern MONTH = Pattern.compile("((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月");
  private static final Pattern NOT_A_NAME = Pattern.compile(
      ".*(网|报|社|站|台|集团|公司|统计|中心|部|局|委|院|会|省|市|县|区|镇|乡|村|州|www|\\.|\\d|_).*");
  // A name is a whole run of letters that no colon follows: in 作者：林晓 阅读量：3216 the second run is a label.
  private static final String NAME = "[\\p{IsHan}·]{2,8}+(?!\\s*[:：])";
  private static final Pattern LABELLED_AUTHOR =
      labelled(Field.AUTHOR_LABEL, "[:：/]\\s*(" + NAME + "(?:[ 、，,]" + NAME + "){0,3})");
  private static final Pattern ISSUER = labelled(Field.ISSUER_LABEL, "[:：]\\s*([\\p{IsHan}（）()、]{2,40})");
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s*(?:_|\\||｜|\\s-\\s|--|—)\\s*");

  static HtmlMetadata read(Document page, String source) {
    String title = title(page);
    String text = page.body() == null ? "" : lines(page.body());
    return new HtmlMetadata(CharsetGuesser.wholeCharacters(title),
        CharsetGuesser.wholeCharacters(published(page, source, text, title)),
        authors(page, text).stream().map(CharsetGuesser::wholeCharacters).toList());
  }

  private static Pattern labelled(Field field, String after) {
    return Pattern.compile("(" + PageFields.alternation(field) + ")\\s*" + after);
  }

  /**
   * The page's text with a line break between text nodes, so that a label and its value stay apart from the
   * next field even where the markup puts no space between them ({@code <span>作者：李文博</span><span>浏览量}).
   */
  private static String lines(Element body) {
    StringBuilder out = new StringBuilder();
    NodeTraversor.traverse((Node node, int depth) -> {
      if (node instanceof TextNode t && !(t.parent() instanceof Element p && isCode(p))) {
        String s = t.text().strip();
        if (!s.isEmpty()) {
          out.append(s).append('\n');
        }
      }
    }, body);
    return out.toString();
  }

  private static boolean isCode(Element e) {
    return e.normalName().equals("script") || e.normalName().equals("style");
  }

  private static String title(Document page) {
    String og = meta(page, "og:title");
    String full = page.title().strip();
    String head = full.isEmpty() ? null : TITLE_SEPARATOR.split(full)[0].strip();
    for (Element h : page.select("h1, h2")) {
      String t = h.text().strip();
      if (t.length() >= 4 && (head == null || full.contains(t) || t.contains(head))) {
        return t;
      }
    }
    if (og != null && !og.isBlank()) {
      return TITLE_SEPARATOR.split(og.strip())[0];
    }
    return head == null || head.isEmpty() ? null : head;
  }

  private static String published(Document page, String source, String text, String title) {
    String documentDate = labelledDate(DOCUMENT_DATE, text);
    if (documentDate != null) {
      return documentDate;
    }
    for (String name : PageFields.of(Field.META_DATE)) {
      String v = meta(page, name);
      String iso = v == null ? null : iso(DATE.matcher(v));
      if (iso != null) {
        return iso;
      }
    }
    for (JsonNode node : jsonLd(page)) {
      String iso = iso(DATE.matcher(node.path("datePublished").asText("")));
      if (iso != null) {
        return iso;
      }
    }
    for (Element t : page.select("time[datetime], [itemprop=datePublished]")) {
      String v = t.hasAttr("datetime") ? t.attr("datetime") : t.hasAttr("content") ? t.attr("content") : t.text();
      String iso = iso(DATE.matcher(v));
      if (iso != null) {
        return iso;
      }
    }
    for (Pattern label : new Pattern[] {STRONG_LABEL, STRONG_LABEL_US, WEAK_LABEL}) {
      String iso = labelledDate(label, text);
      if (iso != null) {
        return iso;
      }
    }
    Optional<String> addressed = address(page).flatMap(SourceDates::of).or(() -> SourceDates.of(source));
    if (addressed.isPresent()) {
      return addressed.get();
    }
    // Dates above the headline belong to the site's lists and tickers; the page's own comes after it.
    int headline = title == null ? -1 : text.indexOf(title);
    String loose = headline > 0 ? looseDate(text.substring(headline)) : null;
    return loose != null ? loose : looseDate(text);
  }

  private static String labelledDate(Pattern label, String text) {
    Matcher labelled = label.matcher(text);
    while (labelled.find()) {
      String iso = iso(DATE.matcher(labelled.group()));
      if (iso == null) {
        iso = iso(DATE.matcher(fromMonthFirst(labelled.group())));
      }
      if (iso != null) {
        return iso;
      }
    }
    return null;
  }

  /** A month-first date rewritten year first, its twelve-hour clock as twenty-four; other text comes back empty. */
  private static String fromMonthFirst(String s) {
    Matcher m = US_DATE.matcher(s);
    if (!m.find()) {
      return "";
    }
    String date = m.group(3) + "-" + m.group(1) + "-" + m.group(2);
    if (m.group(4) == null) {
      return date;
    }
    int hour = Integer.parseInt(m.group(4));
    if (m.group(7) != null) {
      hour = hour % 12 + (m.group(7).equalsIgnoreCase("pm") ? 12 : 0);
    }
    return date + " " + hour + ":" + m.group(5) + (m.group(6) == null ? "" : ":" + m.group(6));
  }

  /** The first date with a time of day, else the first date, else the first year and month. */
  private static String looseDate(String text) {
    Matcher any = DATE.matcher(text);
    String first = null;
    while (any.find()) {
      String iso = iso(DATE.matcher(any.group()));
      if (iso != null && iso.contains("T")) {
        return iso;
      }
      first = first == null ? iso : first;
    }
    if (first != null) {
      return first;
    }
    Matcher month = MONTH.matcher(text);
    return month.find() && Integer.parseInt(month.group(2)) <= 12
        ? String.format("%s-%02d", month.group(1), Integer.parseInt(month.group(2))) : null;
  }

  /** The address a saved page says it was served from: its canonical link or its og:url. */
  private static Optional<String> address(Document page) {
    Element canonical = page.selectFirst("link[rel=canonical][href]");
    String url = canonical != null ? canonical.attr("href") : meta(page, "og:url");
    return url == null || url.isBlank() ? Optional.empty() : Optional.of(url);
  }

  private static List<String> authors(Document page, String text) {
    List<String> out = new ArrayList<>();
    for (String name : PageFields.of(Field.META_AUTHOR)) {
      String v = meta(page, name);
      if (v != null && !v.isBlank() && v.length() <= 30 && !v.contains("http")) {
        for (String a : v.split("[,，、;；\\s]+")) {
          if (isName(a.strip())) {
            out.add(a.strip());
          }
        }
        if (!out.isEmpty()) {
          return out;
        }
      }
    }
    for (JsonNode node : jsonLd(page)) {
      JsonNode author = node.path("author");
      for (JsonNode a : author.isArray() ? author : List.of(author)) {
        String name = (a.isTextual() ? a.asText() : a.path("name").asText("")).strip();
        if (isName(name)) {
          out.add(name);
        }
      }
      if (!out.isEmpty()) {
        return out;
      }
    }
    Matcher m = LABELLED_AUTHOR.matcher(text);
    if (m.find()) {
      for (String a : m.group(2).split("[ 、，,]")) {
        if (isName(a)) {
          out.add(a);
        }
      }
      if (!out.isEmpty()) {
        return out;
      }
    }
    // A government document's author is the body that issued it.
    Matcher issuer = ISSUER.matcher(text);
    return issuer.find() ? List.of(issuer.group(2)) : out;
  }

  /** The JSON-LD objects of the page, those in an {@code @graph} included; a block that does not parse is skipped. */
  private static List<JsonNode> jsonLd(Document page) {
    List<JsonNode> out = new ArrayList<>();
    for (Element script : page.select("script[type=application/ld+json]")) {
      try {
        JsonNode root = JSON.readTree(script.data());
        for (JsonNode n : root.isArray() ? root : List.of(root)) {
          out.add(n);
          n.path("@graph").forEach(out::add);
        }
      } catch (JsonProcessingException e) {
        // Hand-written JSON-LD with a stray comma is common; the page's other metadata still counts.
      }
    }
    return out;
  }

  /** A person's name or pen name, not a site, an organisation or a place. */
  private static boolean isName(String s) {
    return s.length() >= 2 && s.length() <= 6 && !NOT_A_NAME.matcher(s).matches();
  }

  private static String meta(Document page, String name) {
    Element e = page.selectFirst("meta[name=" + name + "], meta[property=" + name + "], meta[itemprop=" + name + "]");
    return e == null ? null : e.attr("content");
  }

  /** The first plausible date a matcher finds, as an ISO date or date-time. */
  private static String iso(Matcher m) {
    while (m.find()) {
      int year = Integer.parseInt(m.group(1));
      int month = Integer.parseInt(m.group(2));
      int day = Integer.parseInt(m.group(3));
      if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1980 || year > 2100) {
        continue;
      }
      String date = String.format("%d-%02d-%02d", year, month, day);
      if (m.group(4) == null) {
        return date;
      }
      int hour = Integer.parseInt(m.group(4));
      int minute = Integer.parseInt(m.group(5));
      int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
      if (hour > 23 || minute > 59 || second > 59) {
        return date;
      }
      return String.format("%sT%02d:%02d:%02d", date, hour, minute, second);
    }
    return null;
  }
}
