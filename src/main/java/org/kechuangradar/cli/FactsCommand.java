package org.kechuangradar.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kechuangradar.app.Radar;
import org.kechuangradar.clean.ScriptConverter;
import org.kechuangradar.index.RecordFacets.Dim;
import org.kechuangradar.index.RecordFacets.Table;
import org.kechuangradar.index.SearchQuery;
import org.kechuangradar.index.Store;
import org.kechuangradar.index.TableResult;
import org.kechuangradar.lexicon.RegionGazetteer;
import org.kechuangradar.web.Tables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code radar facts}: the facts of one kind, filtered by their own region, date, kind and industry. */
@Command(name = "facts", mixinStandardHelpOptions = true,
    description = "List facts of one kind (policies, events, proposals, facilities, funds, calls, instruments, "
        + "indicators, people, organizations) by their own region and date: a policy's region is its issuer's, an "
        + "event's where it happened. Documents that only mention a region are what radar search --region lists.")
public final class FactsCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin DataDirOption data;

  @Parameters(index = "0", paramLabel = "KIND", description = "policies, events, proposals, facilities, funds, calls, "
      + "instruments, indicators, people or organizations.")
  String kind;

  @Parameters(index = "1..*", paramLabel = "WORDS", arity = "0..*", description = "Words the fact's sentence or name "
      + "must hold.")
  String[] words = new String[0];

  @Option(names = "--region", paramLabel = "NAME",
      description = "The fact's own region or one within it: a name, short or full (上海, 上海市), or a code (310000).")
  String region;

  @Mixin PeriodOption period;

  @Option(names = "--industry", paramLabel = "NAME", description = "Of this industry (人工智能, 算力 …).")
  String industry;

  @Option(names = "--type", paramLabel = "CODE", description = "Of this event type (opened, issued …), or kind "
      + "of the fact (行动方案, compute, voucher …).")
  String type;

  @Option(names = {"-n", "--limit"}, defaultValue = "20", description = "Facts to show (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "Print the facts as JSON Lines.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Table table = Table.of(kind).orElse(null);
    if (table == null) {
      return usage("no kind of fact " + kind + " (give policies, events, proposals, facilities, funds, calls, "
          + "instruments, indicators, people or organizations)");
    }
    Map<Dim, String> filters = new EnumMap<>(Dim.class);
    if (region != null) {
      RegionGazetteer.Division d = RegionNames.resolve(region);
      if (d == null) {
        return usage(RegionNames.unknown(region));
      }
      filters.put(Dim.REGION, d.code());
    }
    if (industry != null) {
      filters.put(Dim.INDUSTRY, ScriptConverter.toSimplified(industry.strip()));
    }
    if (type != null) {
      filters.put(table == Table.EVENT ? Dim.TYPE : Dim.KIND, type.strip());
    }
    if (period.problem() != null) {
      return usage(period.problem());
    }
    TableResult result;
    try (Store store = Radar.openStoreForReading(data.dir)) {
      String text = ScriptConverter.toSimplified(String.join(" ", words));
      result = store.table(table, new SearchQuery(text, period.from, period.to, null, SearchQuery.Sort.DATE, 0,
          Math.max(1, limit), filters, 0));
    }
    ObjectMapper mapper = new ObjectMapper();
    if (!json) {
      out.printf("%d %s%n", result.total(), table.path);
    }
    for (String row : result.rows()) {
      if (json) {
        out.println(row);
        continue;
      }
      JsonNode r = mapper.readTree(row);
      List<String> cells = new ArrayList<>();
      // The leading columns say what the fact is; the sentence and the article come after them.
      for (var column : Tables.of(table)) {
        if (column.header().equals("原句")) {
          break;
        }
        String cell = column.cell().apply(r);
        if (!cell.isBlank()) {
          cells.add(cell);
        }
      }
      out.printf("%n%s%n  %s  %s%n", String.join(" | ", cells), r.path("published").asText("----------"),
          r.path("document_title").asText(""));
    }
    out.flush();
    return 0;
  }

  private int usage(String message) {
    spec.commandLine().getErr().println("radar facts: " + message);
    return 2;
  }
}
