package org.kechuangradar.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.Entities;
import org.kechuangradar.lexicon.Tsv;

/**
 * News stories set into web pages as sites serve them, so that the HTML reader can be measured on real prose
 * with known gold: each story of a {@code stories.jsonl} is wrapped in one of a few page layouts (navigation,
 * related links, comments, footers, a date line or none), and its own paragraphs, title and day are the gold.
 * Only stories of even days are drawn; the odd days are held out.
 */
public final class StoryPages {
  /** The page layouts, each a template under {@code /eval/story-pages/}; where it shows the date differs. */
  public enum Layout {
    /** A news portal: navigation, a date-time and source line, author and editor, related news, comments. */
    PORTAL("portal", "https://news.example.com/china/%s.shtml"),
    /** A provincial government site built of tables: 发布日期 in words, the text in a cell split by line breaks. */
    GOVERNMENT("government", "https://www.example.gov.cn/ywdt/gwyxx/%s.html"),
    /** A newspaper's e-paper: the day in the masthead and the address, other headlines of the page beside it. */
    EPAPER("epaper", "https://paper.example.com/html/%2$s/content_%1$s.htm"),
    /** An app's article page: the date and author only in JSON-LD, long reader comments under the text. */
    COMMENTS("comments", "https://m.example.com/article/%s"),
    /** A bare mobile page whose only date is in its address. */
    ADDRESS("address", "https://m.example.com/%2$s/%1$s.shtml"),
    /** A city portal whose blocks carry no telling names: an ad, further reading and reader comments beside the text. */
    PLAIN("plain", "https://www.example.net/news/%s.html");

    private final String template;
    private final String address;

    Layout(String template, String address) {
      this.template = template;
      this.address = address;
    }
  }

  /** One rendered page: where it claims to live, its HTML, and the gold the reader should return. */
  public record Page(String id, Layout layout, String address, String html, String text, String date,
      List<String> authors) {
    public Page {
      authors = List.copyOf(authors);
    }
  }

  /**
   * A story and what it should read as: the lead {@code <strong>央视网消息</strong>（新闻联播）：} is a dateline,
   * which cleaning takes out by design, so the page shows it and the gold leaves it out.
   */
  private record Story(String id, LocalDate date, String title, List<String> paragraphs, List<String> gold) {}

  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
  private static final Pattern DATELINE = Pattern.compile(
      "^\\s*<p>\\s*<strong>[^<]{1,20}</strong>\\s*[（(][^）)<]{1,20}[）)]\\s*[：:]");

  private static final class Holder {
    static final List<String> NAMES = Tsv.words("/eval/story-pages/names.tsv");
  }

  private StoryPages() {}

  /** {@code count} stories drawn by {@code seed} from the even days of {@code stories}, each set into a layout. */
  public static List<Page> render(Path stories, int count, long seed) throws IOException {
    List<Story> drawn = new ArrayList<>(read(stories));
    Random random = new Random(seed);
    Collections.shuffle(drawn, random);
    drawn = drawn.subList(0, Math.min(count, drawn.size()));
    Layout[] layouts = Layout.values();
    List<Page> pages = new ArrayList<>();
    for (int i = 0; i < drawn.size(); i++) {
      List<Story> others = new ArrayList<>();
      for (int k = 1; k <= 8 && drawn.size() > 1; k++) {
        others.add(drawn.get((i + k) % drawn.size()));
      }
      pages.add(page(drawn.get(i), layouts[i % layouts.length], others, i, random));
    }
    return pages;
  }

  private static Page page(Story s, Layout layout, List<Story> others, int n, Random random) {
    int a = random.nextInt(Holder.NAMES.size());
    String author = Holder.NAMES.get(a);
    String editor = Holder.NAMES.get((a + 1 + random.nextInt(Holder.NAMES.size() - 1)) % Holder.NAMES.size());
    String template = template(layout);
    String time = String.format("%02d:%02d", 19 + n % 3, (n * 7) % 60);
    String html = template
        .replace("{{title_json}}", s.title().replace("\\", "\\\\").replace("\"", "\\\""))
        .replace("{{title}}", escape(s.title()))
        .replace("{{date_cn}}", String.format("%d年%02d月%02d日", s.date().getYear(), s.date().getMonthValue(),
            s.date().getDayOfMonth()))
        .replace("{{weekday}}", s.date().getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.CHINA))
        .replace("{{date}}", s.date().toString())
        .replace("{{time}}", time)
        .replace("{{year}}", String.valueOf(s.date().getYear()))
        .replace("{{author}}", author)
        .replace("{{editor}}", editor)
        .replace("{{body_p}}", body(s, "<p>　　", "</p>"))
        .replace("{{body_div}}", body(s, "<div style=\"text-indent:2em\">", "</div>"))
        .replace("{{body_br}}", body(s, "　　", "<br />"))
        .replace("{{related}}", links(others, layout != Layout.EPAPER))
        .replace("{{hot}}", links(others.reversed(), false))
        .replace("{{prev_title}}", escape(others.isEmpty() ? "" : others.getFirst().title()))
        .replace("{{next_title}}", escape(others.isEmpty() ? "" : others.getLast().title()));
    // Letters and digits that spell no day, so that only the layouts meant to date a page by its address do.
    String slug = "ARTI" + Integer.toString(Math.floorMod(s.id().hashCode(), 1 << 30), 36).toUpperCase(Locale.ROOT);
    String day = layout == Layout.EPAPER
        ? String.format("%d-%02d/%02d", s.date().getYear(), s.date().getMonthValue(), s.date().getDayOfMonth())
        : String.format("%d/%02d/%02d", s.date().getYear(), s.date().getMonthValue(), s.date().getDayOfMonth());
    String address = String.format(layout.address, slug, day);
    List<String> authors = template.contains("{{author}}") ? List.of(author) : List.of();
    return new Page(s.id() + "/" + layout.template, layout, address, html, String.join("\n", s.gold()),
        s.date().toString(), authors);
  }

  private static String body(Story s, String open, String close) {
    return s.paragraphs().stream().map(p -> open + escape(p) + close).collect(Collectors.joining("\n"));
  }

  /** Links to other stories, with their day where a site would print it. */
  private static String links(List<Story> others, boolean dated) {
    return others.stream().map(o -> "<li><a href=\"/" + o.id() + ".shtml\">" + escape(o.title()) + "</a>"
        + (dated ? "<span class=\"date\">" + o.date() + "</span>" : "") + "</li>").collect(Collectors.joining("\n"));
  }

  private static String escape(String s) {
    return Entities.escape(s);
  }

  private static String template(Layout layout) {
    String resource = "/eval/story-pages/" + layout.template + ".html";
    try (InputStream in = StoryPages.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("page template " + resource + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The stories of even days with a title and a body of at least twenty Chinese characters. */
  private static List<Story> read(Path stories) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Story> out = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(stories, StandardCharsets.UTF_8)) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode o = json.readTree(line);
        LocalDate date = LocalDate.parse(o.path("date").asText());
        String body = o.path("html").asText("");
        List<String> paragraphs = StoryParagraphs.of(body);
        String title = o.path("title").asText("").strip();
        // Odd days are held out for blind evaluation: never drawn here. A body of a few words is a broken record.
        if (date.getDayOfMonth() % 2 == 0 && !title.isEmpty() && HAN.matcher(body).results().count() >= 20) {
          out.add(new Story(o.path("id").asText(), date, title, paragraphs,
              StoryParagraphs.of(DATELINE.matcher(body).replaceFirst("<p>"))));
        }
      }
    }
    return out;
  }
}
