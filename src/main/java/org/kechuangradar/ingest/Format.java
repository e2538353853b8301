package org.kechuangradar.ingest;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The kinds of input Kechuang Radar reads, told apart by declared type, file name and content. */
public enum Format {
  TEXT,
  HTML,
  PDF,
  /** One article of a JSON Lines collection: a record with a title, a date and an HTML or text body. */
  RECORD,
  UNKNOWN;

  /** The media type the fetcher declares for one record of a JSON Lines file. */
  public static final String RECORD_TYPE = "application/x-radar-record+json";

  private static final Pattern NON_ARTICLE = Pattern.compile(
      "(readme|license|licence|changelog)(\\..*)?|.*\\.(md|markdown|rst|json|jsonl|csv|tsv|xml|ya?ml|toml|ini|"
          + "js|css|java|py|sh|log|gz|zip|tar|7z|jpe?g|png|gif|webp|svg|mp[34]|docx?|xlsx?|pptx?|class|jar)");
  private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);

  /** Decides the format of an input: the declared media type, then the name's extension, then the bytes. */
  public static Format of(String name, String contentType, byte[] bytes) {
    if (startsWithPdfMagic(bytes)) {
      return PDF;
    }
    if (RECORD_TYPE.equals(contentType)) {
      return RECORD;
    }
    if (contentType != null) {
      String t = contentType.toLowerCase(Locale.ROOT);
      if (t.contains("pdf")) {
        return PDF;
      }
      if (t.contains("html") || t.contains("xml")) {
        return HTML;
      }
      if (t.startsWith("text/")) {
        return sniffMarkup(bytes) ? HTML : TEXT;
      }
    }
    Format byName = byExtension(name);
    if (byName == TEXT && sniffMarkup(bytes)) {
      return HTML;
    }
    if (byName != UNKNOWN) {
      return byName;
    }
    return sniffMarkup(bytes) ? HTML : TEXT;
  }

  /** The format a file name's extension promises, or UNKNOWN. */
  public static Format byExtension(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    int q = n.indexOf('?');
    if (q >= 0) {
      n = n.substring(0, q);
    }
    if (n.endsWith(".pdf")) {
      return PDF;
    }
    if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".shtml") || n.endsWith(".xhtml")) {
      return HTML;
    }
    if (n.endsWith(".txt") || n.endsWith(".text")) {
      return TEXT;
    }
    return UNKNOWN;
  }

  /** A file name whose extension says it is not an article: notes, data, code, media, archives. */
  public static boolean isNonArticleName(String name) {
    return NON_ARTICLE.matcher(name.toLowerCase(Locale.ROOT)).matches();
  }

  /** The charset parameter of a media type, or null. */
  public static String charset(String contentType) {
    if (contentType == null) {
      return null;
    }
    Matcher m = CHARSET.matcher(contentType);
    return m.find() ? m.group(1) : null;
  }

  static boolean startsWithPdfMagic(byte[] b) {
    return b.length >= 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-';
  }

  /** An HTML document type or root element near the start; NULs are dropped so that UTF-16 markup is seen too. */
  static boolean sniffMarkup(byte[] bytes) {
    int n = Math.min(bytes.length, 1024);
    String head = new String(bytes, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1).replace("\0", "")
        .toLowerCase(Locale.ROOT);
    return head.contains("<!doctype html") || head.contains("<html") || head.contains("<head")
        || head.contains("<body") || head.contains("<meta ");
  }
}
