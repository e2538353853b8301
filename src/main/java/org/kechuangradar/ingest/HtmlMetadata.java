package org.kechuangradar.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** A page's headline, publication time and authors, from meta tags first and visible text second. */
record HtmlMetadata(String title, String published, List<String> authors) {
  private static final String[] DATE_META = {
    "article:published_time", "og:article:published_time", "og:release_date", "pubdate", "publishdate",
    "PubDate", "publish_time", "publishtime", "dc.date", "DC.date.issued", "dcterms.created", "date", "Date",
    "article:modified_time"
  };
  private static final String[] AUTHOR_META = {"author", "article:author", "Author", "dc.creator"};
  private static final Pattern DATE = Pattern.compile(
      "((?:19|20)\\d{2})\\s*[-/年.]\\s*(\\d{1,2})\\s*[-/月.]\\s*(\\d{1,2})\\s*日?"
          + "(?:[T\\s]*(\\d{1,2})\\s*[:：时]\\s*(\\d{1,2})(?:\\s*[:：分]\\s*(\\d{1,2}))?)?");
  private static final Pattern STRONG_LABEL = Pattern.compile(
      "(发布时间|发表时间|发布日期|发稿时间|更新时间|发表于|发布于|Posted|Published)\\s*[:：]?\\s*" + DATE.pattern());
  // Bare 时间 and 日期 also label birthdays and deadlines, so they count only with a colon.
  private static final Pattern WEAK_LABEL = Pattern.compile("(时间|日期)\\s*[:：]\\s*" + DATE.pattern());
  private static final Pattern MONTH = Pattern.compile("((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月");
  private static final Pattern NOT_A_NAME = Pattern.compile(
      ".*(网|报|社|站|台|集团|公司|统计|中心|部|局|委|院|会|省|市|县|区|镇|乡|村|州|www|\\.|\\d|_).*");
  private static final Pattern LABELLED_AUTHOR = Pattern.compile(
      "(?:作者|文|撰文|记者|责编|撰稿)\\s*[:：/]\\s*([\\p{IsHan}·]{2,8}(?:[ 、，,][\\p{IsHan}·]{2,8}){0,3})");
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s*(?:_|\\||｜|\\s-\\s|--|—)\\s*");

  static HtmlMetadata read(Document page) {
    return new HtmlMetadata(CharsetGuesser.wholeCharacters(title(page)),
        CharsetGuesser.wholeCharacters(published(page)),
        authors(page).stream().map(CharsetGuesser::wholeCharacters).toList());
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

  private static String published(Document page) {
    for (String name : DATE_META) {
      String v = meta(page, name);
      if (v != null) {
        String iso = iso(DATE.matcher(v));
        if (iso != null) {
          return iso;
        }
      }
    }
    for (Element t : page.select("time[datetime], [itemprop=datePublished]")) {
      String v = t.hasAttr("datetime") ? t.attr("datetime") : t.hasAttr("content") ? t.attr("content") : t.text();
      String iso = iso(DATE.matcher(v));
      if (iso != null) {
        return iso;
      }
    }
    String text = page.body() == null ? "" : page.body().text();
    for (Pattern label : new Pattern[] {STRONG_LABEL, WEAK_LABEL}) {
      Matcher labelled = label.matcher(text);
      if (labelled.find()) {
        String iso = iso(DATE.matcher(labelled.group()));
        if (iso != null) {
          return iso;
        }
      }
    }
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

  private static List<String> authors(Document page) {
    List<String> out = new ArrayList<>();
    for (String name : AUTHOR_META) {
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
    if (page.body() != null) {
      Matcher m = LABELLED_AUTHOR.matcher(page.body().text());
      if (m.find()) {
        for (String a : m.group(1).split("[ 、，,]")) {
          if (isName(a)) {
            out.add(a);
          }
        }
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
