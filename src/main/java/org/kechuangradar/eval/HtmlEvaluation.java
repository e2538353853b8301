package org.kechuangradar.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.kechuangradar.app.Radar;
import org.kechuangradar.clean.ScriptConverter;
import org.kechuangradar.ingest.Fetcher;
import org.kechuangradar.ingest.Input;
import org.kechuangradar.ingest.InputException;
import org.kechuangradar.model.Document;

/**
 * Measures HTML extraction against labelled pages: content F1 by characters, publication-date accuracy and
 * author accuracy. Reads three layouts: {@code original/ cleaned/ date/ author/} (hand labels, as in the shared
 * set and our own government pages), {@code html/ gne_output/} (another extractor's output, used as a
 * reference), and a {@code stories.jsonl} of news stories set into page layouts by {@link StoryPages}.
 */
public final class HtmlEvaluation {
  /** The measurements over one directory. */
  public record Result(String dataset, int pages, int extracted, double meanContentF1, double meanPrecision,
      double meanRecall, int datesLabelled, int datesCorrect, int authorsLabelled, int authorsCorrect,
      List<String> failures, List<PageScore> scores) {
    public Result {
      failures = List.copyOf(failures);
      scores = List.copyOf(scores);
    }
  }

  /**
   * One page's figures: what we read against its labels; an empty date label is none to score, and an author
   * label of {@code UNKNOWN} means the page names no author.
   */
  public record PageScore(String page, double contentF1, String published, String dateLabel, boolean dateCorrect,
      List<String> authors, String authorLabel, boolean authorCorrect) {
    public PageScore {
      authors = List.copyOf(authors);
    }
  }

  /** How many stories {@link StoryPages} draws, and by which seed, unless told otherwise. */
  public static final int STORY_PAGES = 50;
  public static final long STORY_SEED = 20240315L;

  private final Radar radar;
  private final int storyPages;
  private final long storySeed;

  public HtmlEvaluation(Radar radar) {
    this(radar, STORY_PAGES, STORY_SEED);
  }

  public HtmlEvaluation(Radar radar, int storyPages, long storySeed) {
    this.radar = radar;
    this.storyPages = storyPages;
    this.storySeed = storySeed;
  }

  public Result evaluate(Path dir) throws IOException {
    if (Files.isDirectory(dir.resolve("original"))) {
      return handLabelled(dir);
    }
    if (Files.isDirectory(dir.resolve("html"))) {
      return againstReference(dir);
    }
    if (Files.isRegularFile(dir.resolve("stories.jsonl"))) {
      return storyPages(dir);
    }
    throw new IOException(dir + ": neither original/ (hand labels), html/ (reference output) nor stories.jsonl "
        + "(stories to set into pages) found");
  }

  private Result handLabelled(Path dir) throws IOException {
    Tally t = new Tally(dir.getFileName().toString());
    for (Path page : list(dir.resolve("original"), ".html")) {
      String id = page.getFileName().toString().replace(".html", "");
      Document d = t.extract(page.toString(), () -> radar.extract(new Fetcher.Ref(page.toString(), -1), null));
      // Some date labels are empty or misspelt (UNKNWON); only labels that start with a year count.
      String date = read(dir.resolve("date").resolve(id + ".txt")).strip();
      t.score(id, d, read(dir.resolve("cleaned").resolve(id + ".txt")), date.matches("(19|20)\\d{2}.*") ? date : "",
          read(dir.resolve("author").resolve(id + ".txt")).strip());
    }
    return t.result();
  }

  private Result againstReference(Path dir) throws IOException {
    Tally t = new Tally(dir.getFileName().toString());
    ObjectMapper json = new ObjectMapper();
    for (Path page : list(dir.resolve("html"), ".html")) {
      Document d = t.extract(page.toString(), () -> radar.extract(new Fetcher.Ref(page.toString(), -1), null));
      Path relative = dir.resolve("html").relativize(page);
      Path reference = dir.resolve("gne_output").resolve(relative.toString().replace(".html", ".json"));
      if (!Files.exists(reference)) {
        continue;
      }
      JsonNode ref = json.readTree(reference.toFile());
      String author = ref.path("author").asText("");
      t.score(relative.toString(), d, ref.path("content").asText(""), ref.path("publish_time").asText("").strip(),
          author.isBlank() ? "UNKNOWN" : author);
    }
    return t.result();
  }

  /** Stories set into page layouts at run time; the story's own text, day and byline are the labels. */
  private Result storyPages(Path dir) throws IOException {
    Tally t = new Tally(dir.getFileName().toString() + " (" + storyPages + " stories in pages)");
    for (StoryPages.Page p : StoryPages.render(dir.resolve("stories.jsonl"), storyPages, storySeed)) {
      Input input = new Input(p.address(), p.html().getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8");
      Document d = t.extract(p.id(), () -> radar.extract(input, null));
      t.score(p.id(), d, p.text(), p.date(), p.authors().isEmpty() ? "UNKNOWN" : String.join(" ", p.authors()));
    }
    return t.result();
  }

  /** One page read through the whole cleaning pipeline, as a user's page would be. */
  private interface Extraction {
    Document run() throws InputException;
  }

  private final class Tally {
    final String name;
    int pages;
    int extracted;
    int compared;
    double f1;
    double precision;
    double recall;
    int datesLabelled;
    int datesCorrect;
    int authorsLabelled;
    int authorsCorrect;
    final List<String> failures = new ArrayList<>();
    final List<PageScore> scores = new ArrayList<>();

    Tally(String name) {
      this.name = name;
    }

    Document extract(String page, Extraction extraction) {
      pages++;
      try {
        Document d = extraction.run();
        extracted++;
        return d;
      } catch (InputException e) {
        failures.add(e.getMessage());
        return null;
      }
    }

    void score(String page, Document d, String truth, String dateLabel, String authorLabel) {
      double[] prf = charPrf(d == null ? "" : d.text(), truth);
      compared++;
      precision += prf[0];
      recall += prf[1];
      f1 += prf[2];
      boolean dateCorrect = !dateLabel.isEmpty() && d != null && sameDate(d.published(), dateLabel);
      if (!dateLabel.isEmpty()) {
        datesLabelled++;
        datesCorrect += dateCorrect ? 1 : 0;
      }
      boolean authorCorrect = sameAuthors(d, authorLabel);
      authorsLabelled++;
      authorsCorrect += authorCorrect ? 1 : 0;
      scores.add(new PageScore(page, prf[2], d == null || d.published() == null ? "" : d.published(), dateLabel,
          dateCorrect, d == null ? List.of() : d.authors(), authorLabel, authorCorrect));
    }

    Result result() {
      int n = Math.max(1, compared);
      return new Result(name, pages, extracted, f1 / n, precision / n, recall / n, datesLabelled, datesCorrect,
          authorsLabelled, authorsCorrect, failures, scores);
    }
  }

  /** Precision, recall and F1 of the characters of {@code ours} against {@code truth}, as multisets. */
  static double[] charPrf(String ours, String truth) {
    Map<Integer, Integer> want = counts(ScriptConverter.toSimplified(normal(truth)));
    Map<Integer, Integer> got = counts(normal(ours));
    int overlap = 0;
    int gotTotal = 0;
    int wantTotal = 0;
    for (int v : got.values()) {
      gotTotal += v;
    }
    for (Map.Entry<Integer, Integer> e : want.entrySet()) {
      wantTotal += e.getValue();
      overlap += Math.min(e.getValue(), got.getOrDefault(e.getKey(), 0));
    }
    double p = gotTotal == 0 ? 0 : (double) overlap / gotTotal;
    double r = wantTotal == 0 ? 0 : (double) overlap / wantTotal;
    return new double[] {p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
  }

  private static String normal(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", "");
  }

  private static Map<Integer, Integer> counts(String s) {
    Map<Integer, Integer> m = new HashMap<>();
    s.codePoints().forEach(c -> m.merge(c, 1, Integer::sum));
    return m;
  }

  /** A labelled date such as {@code 2005-5-7 21:23:57} or {@code 1996-3} matches at the label's precision. */
  static boolean sameDate(String published, String label) {
    if (published == null) {
      return false;
    }
    String[] want = label.strip().split("[^0-9]+");
    String[] got = published.split("[^0-9]+");
    int fields = Math.min(3, want.length);
    if (got.length < fields) {
      return false;
    }
    for (int i = 0; i < fields; i++) {
      if (want[i].isEmpty() || Integer.parseInt(want[i]) != Integer.parseInt(got[i])) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameAuthors(Document d, String label) {
    List<String> got = d == null ? List.of() : d.authors();
    if (label.equals("UNKNOWN")) {
      return got.isEmpty();
    }
    String want = label.replaceAll("\\s+", "");
    return String.join("", got).replaceAll("\\s+", "").equals(want);
  }

  private static List<Path> list(Path dir, String suffix) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }

  private static String read(Path p) throws IOException {
    return Files.exists(p) ? new String(Files.readAllBytes(p), StandardCharsets.UTF_8) : "";
  }
}
