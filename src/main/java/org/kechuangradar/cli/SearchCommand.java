package org.kechuangradar.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.Locale;
import org.kechuangradar.app.Radar;
import org.kechuangradar.index.SearchQuery;
import org.kechuangradar.index.SearchResult;
import org.kechuangradar.index.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code radar search}: full-text search over stored documents. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Search titles and texts (Simplified or Traditional queries; words separated by spaces must "
        + "all match).")
public final class SearchCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin DataDirOption data;

  @Parameters(paramLabel = "QUERY", arity = "0..*", description = "Words to find; none lists all documents.")
  String[] words = new String[0];

  @Mixin PeriodOption period;

  @Option(names = "--source", paramLabel = "PREFIX", description = "Only documents from sources starting so.")
  String source;

  @Option(names = "--sort", defaultValue = "relevance", description = "relevance or date (default: ${DEFAULT-VALUE}).")
  String sort;

  @Option(names = {"-n", "--limit"}, defaultValue = "10", description = "Hits to show (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "Print the result as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (period.problem() != null) {
      spec.commandLine().getErr().println("radar search: " + period.problem());
      return 2;
    }
    SearchQuery.Sort order;
    try {
      order = SearchQuery.Sort.valueOf(sort.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("radar search: --sort must be relevance or date, not " + sort);
      return 2;
    }
    SearchResult result;
    try (Store store = Radar.openStoreForReading(data.dir)) {
      result = Radar.search(store, new SearchQuery(String.join(" ", words), period.from, period.to, source, order, 0,
          Math.max(1, limit)));
    }
    if (json) {
      // Matches are marked 【…】 here as in the text output; the private-use marks are for the web UI.
      List<SearchResult.Hit> marked = result.hits().stream().map(h -> new SearchResult.Hit(h.id(), h.title(),
          h.published(), h.sources(), h.snippet("【", "】"), h.score())).toList();
      java.util.Map<String, Object> shown = new java.util.LinkedHashMap<>();
      shown.put("total", result.total());
      shown.put("hits", marked);
      out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(shown));
    } else {
      out.printf("%d documents match%n", result.total());
      for (SearchResult.Hit hit : result.hits()) {
        out.printf("%n%s  %s  %s%n  %s%n  %s%n", hit.id(), hit.published() == null ? "----------" : hit.published(),
            hit.title() == null ? "(no title)" : hit.title(), hit.snippet("【", "】"), String.join(", ", hit.sources()));
      }
    }
    out.flush();
    return 0;
  }
}
