package org.kechuangradar.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.kechuangradar.app.Radar;
import org.kechuangradar.clean.ScriptConverter;
import org.kechuangradar.index.Store;
import org.kechuangradar.lexicon.RegionGazetteer;
import org.kechuangradar.model.PolicyRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code radar policies}: the store's policy records, one per real policy document. */
@Command(name = "policies", mixinStandardHelpOptions = true,
    description = "List the policy records of a store: one per real policy document, with how many articles "
        + "name it and under which titles.")
public final class PoliciesCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin DataDirOption data;

  @Parameters(paramLabel = "WORDS", arity = "0..1", description = "Only policies whose title or a variant contains this.")
  String words;

  @Option(names = "--region", paramLabel = "NAME",
      description = "Only policies issued in this region: a name, short or full (上海, 上海市), or a division code (310000).")
  String region;

  @Option(names = "--json", description = "Print the records as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    String wantedRegion = region == null ? null : regionKey(region);
    if (region != null && wantedRegion == null) {
      spec.commandLine().getErr().println("radar policies: " + RegionNames.unknown(region));
      return 2;
    }
    List<PolicyRecord> all;
    try (Store store = Radar.openStoreForReading(data.dir)) {
      all = store.policies();
    }
    String wanted = words == null ? null : ScriptConverter.toSimplified(words);
    List<PolicyRecord> shown = all.stream()
        .filter(p -> wanted == null || p.variants().stream().anyMatch(v -> v.contains(wanted)))
        .filter(p -> wantedRegion == null || p.region() != null && wantedRegion.equals(regionKey(p.region())))
        .sorted(Comparator.comparing(PolicyRecord::title)).toList();
    if (json) {
      out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(shown));
    } else {
      out.printf("%d policies%n", shown.size());
      for (PolicyRecord p : shown) {
        long articles = p.mentions().stream().map(PolicyRecord.PolicyMention::documentId).distinct().count();
        out.printf("%n%s  %s%n  region: %s  issuers: %s  number: %s%n  named in %d articles as: %s%n", p.id(), p.title(),
            p.region() == null ? "national" : p.region(), String.join("、", p.issuers()),
            p.documentNumber() == null ? "-" : p.documentNumber(), articles, String.join(" | ", p.variants()));
      }
    }
    out.flush();
    return 0;
  }

  /** The division code a region's name, short name or code stands for; null when the gazetteer knows none. */
  private static String regionKey(String nameOrCode) {
    RegionGazetteer.Division d = RegionGazetteer.get().resolve(ScriptConverter.toSimplified(nameOrCode.strip()));
    return d == null ? null : d.code() != null ? d.code() : d.name();
  }
}
