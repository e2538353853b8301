package org.kechuangradar.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kechuangradar.model.Block;
import org.kechuangradar.model.Document;
import org.kechuangradar.pipeline.Stage;

/**
 * Finds bylines ({@code ■中国城市报记者 邢 灿}, {@code 本报记者 张懿}, {@code 新华社评论员}), closing credits
 * ({@code （记者 胡晓蓉）} at the end of a paragraph) and datelines ({@code (新华社北京3月6日电)},
 * {@code 新华社北京3月6日电（记者 王某）}).
 *
 * <p>A byline becomes a {@link Block.Kind#BYLINE} block, which marks where an article starts on a page that
 * holds several; its names go to {@code authors}. Datelines are removed from the body.
 */
public final class Bylines implements Stage {
  private static final String MARK = "^[■□●○◆◇★☆▲△▶►◎#\\s]*";
  private static final String ROLE = "(?:[\\p{IsHan}]{0,10}?(?:记者|通讯员|实习生|特约撰稿人|撰稿人|特约评论员))";
  private static final Pattern REPORTER = Pattern.compile(
      MARK + "(?:(?:" + ROLE + "|文|图|文图|图文|作者|撰文)\\s*[:：/|｜]?\\s*)+(?<names>[\\p{IsHan}· 、，,]+?)\\s*(?:报道|摄影|整理)?\\s*$");
  private static final Pattern COMMENTATOR = Pattern.compile(MARK + "(?<name>[\\p{IsHan}]{1,10}(?:评论员|特约评论员|观察员))\\s*$");
  private static final Pattern HAS_ROLE =
      Pattern.compile("记者|通讯员|实习生|撰稿|评论员|观察员|作者|撰文|^" + MARK.substring(1) + "(?:文|图)");
  private static final Pattern ROLE_WORDS = Pattern.compile("(?:" + ROLE + "|文|图)(?=[\\s:：/|｜])");
  private static final Pattern NAME = Pattern.compile("[\\p{IsHan}]{2,4}|[\\p{IsHan}]{1,6}·[\\p{IsHan}]{1,8}");
  private static final Pattern DATELINE_LINE = Pattern.compile(
      "^[（(]\\s*[\\p{IsHan}]{1,8}?(?:社|网|报|台)?[\\p{IsHan}]{0,10}\\d{1,2}月\\d{1,2}日[电讯]\\s*(?:[（(][^）)]*[）)])?\\s*[）)]$");
  private static final Pattern DATELINE_PREFIX = Pattern.compile(
      "^(?:新华社|中新社|中新网|人民网|央视网|本报|[\\p{IsHan}]{2,6}社)[\\p{IsHan}]{0,10}?(?:\\d{1,2}月\\d{1,2}日)?[电讯]\\s*"
          + "(?:[（(](?:记者|通讯员)\\s*(?<names>[^）)]{2,40})[）)])?\\s*");

  // A lead credit: the source and its channel before the first sentence (央视网消息（新闻联播）：, 本报讯).
  private static final Pattern LEAD_CREDIT = Pattern.compile(
      "^(?:本报讯|[\\p{IsHan}A-Za-z]{1,8}?(?:网|社|台|报)消息)\\s*(?:[（(][^）)]{1,20}[）)])?\\s*[：:]?\\s*");

  // A closing credit: （记者 胡晓蓉）, （姚峰 上海报道）, （常书香 马丹阳）; bare single names are too ambiguous.
  private static final Pattern CLOSING_CREDIT = Pattern.compile(
      "[（(]\\s*(?:(?:本报|新华社)?(?:记者|通讯员|实习生)\\s*(?<reporters>[\\p{IsHan}· 、]{2,30}?)"
          + "|(?<reported>[\\p{IsHan}· 、]{2,30}?)\\s*(?:[\\p{IsHan}]{2,4})?报道"
          + "|(?<names>[\\p{IsHan}]{2,4}(?:[ 、]+[\\p{IsHan}]{2,4})+))\\s*[）)]\\s*$");

  @Override
  public Document process(Document document) {
    List<Block> out = new ArrayList<>();
    List<String> authors = new ArrayList<>();
    for (Block block : document.blocks()) {
      String s = block.text();
      Matcher credit = endsWithParenthesis(s) ? CLOSING_CREDIT.matcher(s) : null;
      if (credit != null
          && credit.region(Math.max(0, s.length() - 48), s.length()).useAnchoringBounds(false).find()) {
        String run = credit.group("reporters") != null ? credit.group("reporters")
            : credit.group("reported") != null ? credit.group("reported") : credit.group("names");
        List<String> names = splitNames(ROLE_WORDS.matcher(run).replaceAll(" "));
        if (!names.isEmpty()) {
          authors.addAll(names);
          s = s.substring(0, credit.start()).strip();
          if (s.isEmpty()) {
            continue;
          }
          block = block.withText(s);
        }
      }
      List<String> names = parse(s);
      if (!names.isEmpty()) {
        authors.addAll(names);
        out.add(block.withKind(Block.Kind.BYLINE));
        continue;
      }
      if ((s.startsWith("（") || s.startsWith("(")) && DATELINE_LINE.matcher(s).matches()) {
        continue;
      }
      Matcher prefix = mayOpenWithDateline(s) ? DATELINE_PREFIX.matcher(s) : null;
      if (prefix != null && prefix.lookingAt() && prefix.end() < s.length() && s.length() - prefix.end() > 10) {
        if (prefix.group("names") != null) {
          authors.addAll(splitNames(prefix.group("names")));
        }
        out.add(block.withText(s.substring(prefix.end())));
        continue;
      }
      Matcher lead = mayOpenWithDateline(s) ? LEAD_CREDIT.matcher(s) : null;
      if (lead != null && lead.lookingAt()) {
        s = s.substring(lead.end());
        if (s.isBlank()) {
          continue;
        }
        block = block.withText(s);
      }
      out.add(block);
    }
    return document.withBlocks(out).withAuthors(authors);
  }

  private static boolean endsWithParenthesis(String s) {
    String t = s.stripTrailing();
    return t.endsWith("）") || t.endsWith(")");
  }

  /** A character of 记者, 通讯员, 实习生, 撰稿, 评论员, 观察员, 作者, or 文 or 图: most lines have none. */
  private static boolean mayHoldRole(String s) {
    for (int i = 0; i < s.length(); i++) {
      if ("记讯习撰评观作文图".indexOf(s.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean mayOpenWithDateline(String s) {
    int end = Math.min(s.length(), 24);
    for (int i = 0; i < end; i++) {
      char c = s.charAt(i);
      if (c == '电' || c == '讯' || c == '消') {
        return true;
      }
    }
    return false;
  }

  /** The names in a byline, spaces inside names removed; empty when the line is not a byline. */
  public static List<String> parse(String line) {
    if (line.length() > 40 || line.contains("。") || line.contains("，") || !mayHoldRole(line)
        || !HAS_ROLE.matcher(line).find()) {
      return List.of();
    }
    Matcher c = COMMENTATOR.matcher(line);
    if (c.matches()) {
      return List.of(c.group("name"));
    }
    Matcher r = REPORTER.matcher(line);
    if (!r.matches()) {
      return List.of();
    }
    return splitNames(ROLE_WORDS.matcher(r.group("names")).replaceAll(" "));
  }

  /**
   * Splits a run of names. Newspapers pad two-character names with a space to line them up with
   * three-character ones ({@code 邢 灿}), so single characters next to each other are one name.
   */
  static List<String> splitNames(String run) {
    String[] tokens = run.strip().split("[\\s、，,]+");
    List<String> names = new ArrayList<>();
    for (int i = 0; i < tokens.length; i++) {
      String t = tokens[i];
      if (t.isEmpty()) {
        continue;
      }
      if (t.length() == 1 && i + 1 < tokens.length && tokens[i + 1].length() <= 2) {
        t = t + tokens[++i];
      }
      if (!NAME.matcher(t).matches()) {
        return List.of();
      }
      names.add(t);
    }
    return names;
  }
}
