package org.kechuangradar.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.kechuangradar.app.Radar;
import org.kechuangradar.eval.HtmlEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code radar eval-html}: measures HTML extraction on labelled pages. */
@Command(name = "eval-html", mixinStandardHelpOptions = true,
    description = "Measure HTML extraction (content F1 by characters, date and author accuracy) on labelled "
        + "page sets such as ../shared/data/news_html_cwced, ../shared/data/news_html_gne, "
        + "src/test/resources/html/gov, and ../shared/data/xwlb (its stories set into page layouts).")
public final class HtmlEvalCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "DIR", arity = "1..*", description = "Data sets: original/+cleaned/+date/+author/, "
      + "html/+gne_output/, or stories.jsonl.")
  List<Path> dirs;

  @Option(names = "--json", description = "Print the results as JSON.")
  boolean json;

  @Option(names = "--pages", description = "List every page that misses its text (F1 below 0.95), date or author.")
  boolean pages;

  @Option(names = "--stories", description = "Stories to set into pages from a stories.jsonl (default: "
      + HtmlEvaluation.STORY_PAGES + ").")
  int stories = HtmlEvaluation.STORY_PAGES;

  @Option(names = "--seed", description = "Seed that draws those stories (default: " + HtmlEvaluation.STORY_SEED
      + ").")
  long seed = HtmlEvaluation.STORY_SEED;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    HtmlEvaluation evaluation = new HtmlEvaluation(new Radar(), stories, seed);
    List<HtmlEvaluation.Result> results = new ArrayList<>();
    for (Path dir : dirs) {
      results.add(evaluation.evaluate(dir));
    }
    if (json) {
      out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(results));
    } else {
      out.println("| data set | pages | extracted | content F1 | precision | recall | date accuracy | author accuracy |");
      out.println("| --- | --- | --- | --- | --- | --- | --- | --- |");
      for (HtmlEvaluation.Result r : results) {
        out.printf("| %s | %d | %d | %.3f | %.3f | %.3f | %d/%d | %d/%d |%n", r.dataset(), r.pages(), r.extracted(),
            r.meanContentF1(), r.meanPrecision(), r.meanRecall(), r.datesCorrect(), r.datesLabelled(),
            r.authorsCorrect(), r.authorsLabelled());
        for (String f : r.failures()) {
          out.println("  not extracted: " + f);
        }
        if (pages) {
          for (HtmlEvaluation.PageScore p : r.scores()) {
            if (p.contentF1() < 0.95 || !p.dateLabel().isEmpty() && !p.dateCorrect() || !p.authorCorrect()) {
              out.printf("  %s  F1 %.3f  date %s%s  author %s%s%n", p.page(), p.contentF1(), p.published(),
                  p.dateCorrect() || p.dateLabel().isEmpty() ? "" : " ≠ " + p.dateLabel(), p.authors(),
                  p.authorCorrect() ? "" : " ≠ " + p.authorLabel());
            }
          }
        }
      }
    }
    out.flush();
    return 0;
  }
}
