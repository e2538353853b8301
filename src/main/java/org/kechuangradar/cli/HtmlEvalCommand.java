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
        + "page sets such as ../shared/data/news_html_cwced and ../shared/data/news_html_gne.")
public final class HtmlEvalCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "DIR", arity = "1..*", description = "Data sets: original/+cleaned/+date/+author/, or "
      + "html/+gne_output/.")
  List<Path> dirs;

  @Option(names = "--json", description = "Print the results as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    HtmlEvaluation evaluation = new HtmlEvaluation(new Radar());
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
      }
    }
    out.flush();
    return 0;
  }
}
