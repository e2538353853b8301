package org.kechuangradar.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kechuangradar.app.Radar;
import org.kechuangradar.brief.BriefCategory;
import org.kechuangradar.brief.Chronicle;
import org.kechuangradar.brief.ChronicleWriter;
import org.kechuangradar.brief.Chronicles;
import org.kechuangradar.index.Store;
import org.kechuangradar.lexicon.RegionGazetteer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code radar brief}: a chronicle of a period, by category and month, each line with its sources. */
@Command(name = "brief", mixinStandardHelpOptions = true,
    description = "Write the chronicle of a period (科创大事记): the facts of the chosen regions and categories, grouped "
        + "by category and month, one line each in the house style (6月，…。), each with its articles as footnotes; "
        + "with --report, one region's report.")
public final class BriefCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin DataDirOption data;
  @Mixin PeriodOption period;

  @Option(names = "--region", paramLabel = "NAME", description = "A region whose facts it holds (repeat for more; "
      + "none: every region): 上海, 上海市 or 310000.")
  List<String> regions = new ArrayList<>();

  @Option(names = "--category", paramLabel = "C", description = "A part of the chronicle, in this order (repeat for "
      + "more): policies, events, facilities, funds, calls, indicators, compute, ai (default: the first five).")
  List<String> categories = new ArrayList<>();

  @Option(names = "--report", description = "A region report: one region's policies, events, facilities, funds and "
      + "indicators of the period (give one --region; --category is not taken).")
  boolean report;

  @Option(names = "--verified", description = "Only the facts an editor verified (accepted or corrected).")
  boolean verified;

  @Option(names = "--format", paramLabel = "docx|md", description = "docx or md (default: the extension of -o, else md).")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "The file to write (default: Markdown on "
      + "standard output).")
  Path output;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    if (period.from == null || period.to == null || period.problem() != null) {
      return usage(period.problem() != null ? period.problem() : "give the period with --from and --to (2023, 2023-06 "
          + "or 2023-06-01)");
    }
    Map<String, String> codes = new LinkedHashMap<>();
    for (String r : regions) {
      RegionGazetteer.Division d = RegionNames.resolve(r);
      if (d == null) {
        return usage(RegionNames.unknown(r));
      }
      codes.put(d.code(), d.name());
    }
    if (report && (codes.size() != 1 || !categories.isEmpty())) {
      return usage("a region report is of one region (give one --region and no --category)");
    }
    List<BriefCategory> parts = new ArrayList<>();
    List<String> wantedParts = report ? List.of("policies", "events", "facilities", "funds", "indicators")
        : categories.isEmpty() ? List.of("policies", "events", "facilities", "funds", "calls") : categories;
    for (String c : wantedParts) {
      try {
        parts.add(BriefCategory.of(c));
      } catch (IllegalArgumentException e) {
        return usage("no category " + c + " (give policies, events, facilities, funds, calls, indicators, compute or "
            + "ai)");
      }
    }
    ChronicleWriter.Format as;
    String wanted = format != null ? format : output != null && output.toString().toLowerCase(Locale.ROOT)
        .endsWith(".docx") ? "docx" : "md";
    try {
      as = ChronicleWriter.Format.valueOf(wanted.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return usage("--format must be docx or md, not " + wanted);
    }
    if (as == ChronicleWriter.Format.DOCX && output == null) {
      return usage("a Word document needs a file: give -o FILE.docx");
    }
    Chronicle chronicle;
    try (Store store = Radar.openStoreForReading(data.dir)) {
      chronicle = new Chronicles(store, verified).of(period.from, period.to, codes, parts);
      if (report) {
        chronicle = chronicle.titled(chronicle.regions().get(0) + "科创报告");
      }
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ChronicleWriter.write(chronicle, as, bytes);
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(bytes.toString(StandardCharsets.UTF_8));
      out.flush();
    } else {
      write(output, bytes.toByteArray());
      err.printf("%s: %d lines in %d parts%n", output, chronicle.lines(), chronicle.sections().size());
    }
    return 0;
  }

  /** Writes beside the file and moves it in place, so that a failure leaves no half-written chronicle. */
  private static void write(Path file, byte[] bytes) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Path tmp = Files.createTempFile(dir, ".brief", ".tmp");
    try {
      Files.write(tmp, bytes);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private int usage(String message) {
    spec.commandLine().getErr().println("radar brief: " + message);
    return 2;
  }
}
