package org.kechuangradar.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kechuangradar.lexicon.Tsv;
import org.kechuangradar.model.Block;
import org.kechuangradar.model.Document;
import org.kechuangradar.pipeline.Stage;

/**
 * Removes the lines a web page wraps around an article: spam or SEO title lines, breadcrumbs, the
 * {@code 发布时间:… 来源:…} line (whose date becomes {@code published}), share and print widgets, editor
 * credits, copyright lines, and a site footer that starts with a {@code 更多>>} link.
 */
public final class NoiseLines implements Stage {
  private static final Pattern BREADCRUMB = Pattern.compile(
      "^(首页|当前位置|您的位置|你的位置|您现在的位置|你现在的位置|位置)\\s*[:：]?.*?(>|»|＞|›|→|/).*");
  private static final Pattern CRUMB_SEPARATOR = Pattern.compile("\\s[>»＞›→]\\s|>>|»");
  private static final Pattern META_FIELD = Pattern.compile(
      "(发布时间|发布日期|发表时间|发稿时间|更新时间|时间|日期|来源|作者|编辑|责任编辑|浏览次数|浏览|点击|阅读|字号|分享到)\\s*[:：]");
  private static final Pattern DATE_TIME = Pattern.compile(
      "(\\d{4})\\s*[-/年.]\\s*(\\d{1,2})\\s*[-/月.]\\s*(\\d{1,2})\\s*日?(?:\\s*(\\d{1,2})[:：时](\\d{2})(?:[:：分](\\d{2}))?)?");
  private static final Pattern AUTHOR_FIELD = Pattern.compile("(?:^|\\s)作者\\s*[:：]\\s*([\\p{IsHan}·]{2,8}(?:[ 、，,][\\p{IsHan}·]{2,8}){0,3})");
  private static final Pattern WIDGET = Pattern.compile(
      "【?(字号|打印|关闭|纠错|收藏|分享到?|扫一扫|打印本页|关闭窗口|返回顶部|上一篇|下一篇|相关阅读|相关新闻|推荐阅读)"
          + "|[【\\[(（]?(责任编辑|编辑|校对|审核|监制|主编)\\s*[:：]");
  private static final List<String> COPYRIGHT = Tsv.words("copyright-marks");
  private static final Pattern MORE_LINK = Pattern.compile(".{0,40}更多\\s*(>>|》》|>|»|＞＞|\\.\\.\\.)\\s*$");
  private static final Pattern SITE_PART = Pattern.compile(
      ".*(网|频道|首页|门户|在线|官网|官方网站|新闻中心|资讯|客户端|新闻|报|\\.com|\\.cn|\\.net|\\.org)$");
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s*(?:_|\\||｜|\\s-\\s|\\s—\\s)\\s*");
  private static final Pattern KEYWORD_SEPARATOR = Pattern.compile("[,，、|_/ ]+");

  @Override
  public Document process(Document document) {
    List<Block> out = new ArrayList<>();
    String published = document.published();
    List<String> authors = new ArrayList<>();
    boolean inFooter = false;
    for (Block block : document.blocks()) {
      String s = block.text();
      if (inFooter) {
        if (Punctuation.visibleLength(s) < 40 && !Punctuation.endsSentence(s)) {
          continue;
        }
        inFooter = false;
      }
      // Body paragraphs end with a finished sentence; none of the noise below does.
      if (s.length() > 48 && Punctuation.endsSentence(s)) {
        out.add(block);
        continue;
      }
      if (s.contains("更多") && MORE_LINK.matcher(s).matches()) {
        inFooter = true;
        continue;
      }
      if (isMetaLine(s)) {
        if (published == null) {
          published = isoDate(s);
        }
        Matcher a = AUTHOR_FIELD.matcher(s);
        if (a.find()) {
          authors.addAll(List.of(a.group(1).split("[ 、，,]")));
        }
        continue;
      }
      if (isBreadcrumb(s) || isWidget(s) || isSiteTitle(s) || isKeywordStuffing(s)) {
        continue;
      }
      out.add(block);
    }
    return document.withBlocks(out).withPublished(published).withAuthors(authors);
  }

  /** Share, print and font-size widgets, editor credits, and copyright lines. */
  static boolean isWidget(String s) {
    if (s.length() <= 48 && WIDGET.matcher(s).lookingAt()) {
      return true;
    }
    if (s.length() > 200 || Punctuation.endsSentence(s)) {
      return false;
    }
    for (String mark : COPYRIGHT) {
      if (s.contains(mark)) {
        return true;
      }
    }
    return false;
  }

  static boolean isBreadcrumb(String s) {
    if (s.length() > 100 || Punctuation.endsSentence(s)) {
      return false;
    }
    if (BREADCRUMB.matcher(s).matches()) {
      return true;
    }
    Matcher m = CRUMB_SEPARATOR.matcher(s);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n >= 2;
  }

  /** A line made only of fields such as 发布时间, 来源 and 作者, without a sentence. */
  static boolean isMetaLine(String s) {
    if (s.length() > 160 || s.contains("。") || (s.indexOf('：') < 0 && s.indexOf(':') < 0)) {
      return false;
    }
    Matcher m = META_FIELD.matcher(s);
    if (!m.find() || m.start() > 12) {
      return false;
    }
    return m.group(1).startsWith("发") || m.group(1).contains("时间") || m.group(1).equals("日期")
        || m.group(1).equals("来源") || DATE_TIME.matcher(s).find();
  }

  /** The first date in a line as an ISO date or date-time, or null. */
  static String isoDate(String s) {
    Matcher m = DATE_TIME.matcher(s);
    if (!m.find()) {
      return null;
    }
    int month = Integer.parseInt(m.group(2));
    int day = Integer.parseInt(m.group(3));
    if (month < 1 || month > 12 || day < 1 || day > 31) {
      return null;
    }
    String date = String.format("%s-%02d-%02d", m.group(1), month, day);
    if (m.group(4) == null) {
      return date;
    }
    String seconds = m.group(6) == null ? "00" : m.group(6);
    return String.format("%sT%02d:%s:%s", date, Integer.parseInt(m.group(4)), m.group(5), seconds);
  }

  /** A page title such as {@code 标题_栏目_某某网}: parts joined by separators, the last naming a site. */
  static boolean isSiteTitle(String s) {
    if (s.length() > 120 || !hasAny(s, "_|｜-—") || Punctuation.endsSentence(s)) {
      return false;
    }
    String[] parts = TITLE_SEPARATOR.split(s);
    return parts.length >= 2 && SITE_PART.matcher(parts[parts.length - 1].strip()).matches()
        && parts[parts.length - 1].strip().length() <= 16;
  }

  private static boolean hasAny(String s, String chars) {
    return count(s, chars) > 0;
  }

  private static int count(String s, String chars) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        n++;
      }
    }
    return n;
  }

  /** An SEO line listing one keyword again and again: {@code 新质生产力,新质生产力是什么,新质生产力论文}. */
  static boolean isKeywordStuffing(String s) {
    if (s.length() > 200 || s.contains("。") || count(s, ",，、|_/ ") < 3) {
      return false;
    }
    String[] parts = KEYWORD_SEPARATOR.split(s.strip());
    if (parts.length < 4) {
      return false;
    }
    for (String head : parts) {
      if (head.length() < 2) {
        continue;
      }
      int hits = 0;
      for (String p : parts) {
        if (p.contains(head)) {
          hits++;
        }
      }
      if (hits >= 3) {
        return true;
      }
    }
    return false;
  }
}
