package org.kechuangradar.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.kechuangradar.app.ExtractionRecord;
import org.kechuangradar.app.Radar;
import org.kechuangradar.extract.ConfidenceCalibration;
import org.kechuangradar.ingest.Fetcher;
import org.kechuangradar.ingest.InputException;

/**
 * Fits the confidence calibration ({@code radar calibrate}): extracts the news stories of studied gold halves with each
 * fact's raw confidence, judges every fact right or wrong the way {@code radar eval} scores precision
 * ({@link RecordScores#judged}), and fits per record type a non-decreasing curve from raw confidence to the share of
 * facts that were right. The facts, sorted by raw confidence, are cut into blocks of at least {@link #BLOCK_FACTS}
 * (facts of equal raw confidence never apart); each block's share is shrunk toward its type's share (and a type's
 * toward that of all facts) by {@link #PRIOR_FACTS} facts, so that a small block does not claim 0 or 1; and a block
 * whose share falls below the one before is pooled with it (pooled adjacent violators), so that the curve rises. The
 * same stories give the same curves.
 */
public final class ConfidenceFitting {
  /** How many facts' weight a block's or a type's share is shrunk by toward the share above it. */
  static final double PRIOR_FACTS = 4;
  /** The fewest facts a block of the curve starts with. */
  static final int BLOCK_FACTS = 10;
  /** The edges of the bins of the report. */
  private static final double[] BINS = {0, 0.2, 0.4, 0.6, 0.8, 1.0001};

  /** Where {@code radar calibrate} writes the curves, from the project's root; the build puts them in the jar. */
  public static final String CURVES = "src/main/resources" + ConfidenceCalibration.RESOURCE;

  /** One extracted fact judged against the gold: its type, story, confidence and whether it was right. */
  public record Judged(String type, String story, double confidence, boolean right) {}

  private ConfidenceFitting() {}

  /**
   * Every fact of a type in {@link ConfidenceCalibration#TYPES} extracted from the stories the gold files of
   * {@code goldDirs} name (read from the JSON Lines file {@code stories}) and judged against them, with the confidence
   * {@code radar} gives it.
   */
  public static List<Judged> judge(Radar radar, List<Path> goldDirs, Path stories) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Judged> out = new ArrayList<>();
    for (Path dir : goldDirs) {
      List<Path> golds;
      try (Stream<Path> s = Files.list(dir)) {
        golds = s.filter(p -> p.toString().endsWith(".gold.json")).sorted().toList();
      }
      for (Path file : golds) {
        JsonNode gold = json.readTree(file.toFile());
        String story = gold.path("story").asText();
        String hint = gold.hasNonNull("hint_published") ? gold.get("hint_published").asText() : null;
        JsonNode extracted;
        try {
          extracted = json.readTree(ExtractionRecord.json(radar.extract(new Fetcher.Ref(stories + "#" + story, -1),
              hint), false));
        } catch (InputException e) {
          throw new IOException("cannot read story " + story + ": " + e.getMessage(), e);
        }
        RecordScores.judged(gold, extracted).forEach((type, judged) -> {
          if (ConfidenceCalibration.TYPES.contains(type)) {
            judged.forEach(j -> out.add(new Judged(type, story, j.fact().path("confidence").asDouble(), j.right())));
          }
        });
      }
    }
    return out;
  }

  /** The curve of each type that has judged facts, fitted on them. */
  public static Map<String, ConfidenceCalibration.Curve> fit(List<Judged> facts) {
    double all = share(facts.stream().filter(Judged::right).count(), facts.size(), 0.5);
    Map<String, ConfidenceCalibration.Curve> out = new LinkedHashMap<>();
    for (String type : ConfidenceCalibration.TYPES) {
      List<Judged> of = facts.stream().filter(f -> f.type().equals(type))
          .sorted(Comparator.comparingDouble(Judged::confidence)).toList();
      if (!of.isEmpty()) {
        out.put(type, curve(of, share(of.stream().filter(Judged::right).count(), of.size(), all)));
      }
    }
    return out;
  }

  /** A block of facts of adjacent raw confidence: their count, how many were right, the sum of their confidences. */
  private record Block(double n, double right, double raw) {
    Block plus(Block o) {
      return new Block(n + o.n, right + o.right, raw + o.raw);
    }
  }

  /**
   * The facts in blocks of at least {@link #BLOCK_FACTS} (a short last block joins the one before), those of equal raw
   * confidence in one; then blocks that fall below the one before are pooled with it.
   */
  private static ConfidenceCalibration.Curve curve(List<Judged> sorted, double prior) {
    List<Block> blocks = new ArrayList<>();
    double last = Double.NaN;
    for (Judged f : sorted) {
      Block one = new Block(1, f.right() ? 1 : 0, f.confidence());
      if (!blocks.isEmpty() && (f.confidence() == last || blocks.get(blocks.size() - 1).n() < BLOCK_FACTS)) {
        blocks.set(blocks.size() - 1, blocks.get(blocks.size() - 1).plus(one));
      } else {
        blocks.add(one);
      }
      last = f.confidence();
    }
    if (blocks.size() > 1 && blocks.get(blocks.size() - 1).n() < BLOCK_FACTS) {
      Block tail = blocks.remove(blocks.size() - 1);
      blocks.set(blocks.size() - 1, blocks.get(blocks.size() - 1).plus(tail));
    }
    List<Block> pooled = new ArrayList<>();
    for (Block b : blocks) {
      pooled.add(b);
      while (pooled.size() > 1 && shrunk(pooled.get(pooled.size() - 1), prior)
          < shrunk(pooled.get(pooled.size() - 2), prior)) {
        Block top = pooled.remove(pooled.size() - 1);
        pooled.set(pooled.size() - 1, pooled.get(pooled.size() - 1).plus(top));
      }
    }
    return new ConfidenceCalibration.Curve(pooled.stream()
        .map(b -> new ConfidenceCalibration.Point(round(b.raw() / b.n()), round(shrunk(b, prior)))).toList());
  }

  private static double shrunk(Block b, double prior) {
    return share(b.right(), b.n(), prior);
  }

  /** The share of {@code right} in {@code n}, shrunk toward {@code prior} by {@link #PRIOR_FACTS} facts. */
  private static double share(double right, double n, double prior) {
    return (right + PRIOR_FACTS * prior) / (n + PRIOR_FACTS);
  }

  private static double round(double x) {
    return Math.round(x * 1e4) / 1e4;
  }

  /** The calibration file: a comment saying what it holds and how it was made, then one row per point of each curve. */
  static String tsv(Map<String, ConfidenceCalibration.Curve> curves, List<Judged> facts, List<Path> goldDirs) {
    StringBuilder out = new StringBuilder();
    out.append("# Confidence calibration, written by `radar calibrate` (eval.ConfidenceFitting); not edited by hand.\n")
        .append("# Per record type, the points (raw confidence, calibrated confidence) of a rising curve that maps\n")
        .append("# the confidence a recognizer gives a fact to the share of such facts that were right, fitted on\n")
        .append("# ").append(facts.size()).append(" facts of the studied gold halves ")
        .append(String.join(", ", goldDirs.stream().map(p -> p.getFileName().toString()).toList()))
        .append(". A type with no row keeps its raw confidence.\n")
        .append("# type\traw\tcalibrated\n");
    curves.forEach((type, curve) -> curve.points().forEach(p -> out.append(type).append('\t')
        .append(format(p.raw())).append('\t').append(format(p.calibrated())).append('\n')));
    return out.toString();
  }

  private static String format(double x) {
    return String.format(Locale.ROOT, "%.4f", x);
  }

  /**
   * Each fact with the confidence a curve fitted on the other stories gives it: stories alternate between two folds,
   * each calibrated by the curves of the other, so that the figures are not of facts the curves were fitted on.
   */
  static List<Judged> crossCalibrated(List<Judged> facts) {
    List<String> stories = facts.stream().map(Judged::story).distinct().sorted().toList();
    List<Judged> out = new ArrayList<>();
    for (int fold = 0; fold < 2; fold++) {
      int f = fold;
      List<Judged> fitOn = facts.stream().filter(j -> stories.indexOf(j.story()) % 2 != f).toList();
      ConfidenceCalibration other = new ConfidenceCalibration(fit(fitOn));
      facts.stream().filter(j -> stories.indexOf(j.story()) % 2 == f).forEach(j -> out.add(
          new Judged(j.type(), j.story(), other.calibrated(j.type(), j.confidence()), j.right())));
    }
    return out;
  }

  /**
   * Precision per record type and bin of confidence, as Markdown tables: of the raw confidences, of those calibrated by
   * the curves fitted on all the facts, and of those calibrated by curves fitted on the other stories.
   */
  public static void report(List<Judged> raw, PrintWriter out) {
    ConfidenceCalibration calibration = new ConfidenceCalibration(fit(raw));
    out.println("Raw confidence (the recognizers' weighted evidence), facts right per bin:");
    out.println();
    print(raw, out);
    out.println();
    out.println("Calibrated by the curves fitted on all these stories:");
    out.println();
    print(raw.stream().map(j -> new Judged(j.type(), j.story(), calibration.calibrated(j.type(), j.confidence()),
        j.right())).toList(), out);
    out.println();
    out.println("Calibrated by curves fitted on the other half of the stories (every other story):");
    out.println();
    print(crossCalibrated(raw), out);
  }

  /** Precision per bin of the confidence the extraction gives now, on facts judged with it: fits nothing. */
  public static void measure(List<Judged> shipped, PrintWriter out) {
    out.println("The confidence the extraction gives, facts right per bin:");
    out.println();
    print(shipped, out);
  }

  /** Fits the curves on {@code raw} (judged on the gold of {@code goldDirs}) and writes them to {@code file}. */
  public static void write(List<Judged> raw, List<Path> goldDirs, Path file) throws IOException {
    Files.writeString(file, tsv(fit(raw), raw, goldDirs));
  }

  /** A Markdown table: per record type and bin of confidence, the facts and the share of them that were right. */
  static void print(List<Judged> facts, PrintWriter out) {
    StringBuilder head = new StringBuilder("| record |");
    StringBuilder rule = new StringBuilder("| --- |");
    for (int b = 0; b + 1 < BINS.length; b++) {
      head.append(String.format(Locale.ROOT, " %.1f–%.1f |", BINS[b], Math.min(1, BINS[b + 1])));
      rule.append(" --- |");
    }
    out.println(head.append(" all |"));
    out.println(rule.append(" --- |"));
    List<String> types = new ArrayList<>(ConfidenceCalibration.TYPES);
    types.add("all");
    for (String type : types) {
      List<Judged> of = facts.stream().filter(f -> type.equals("all") || f.type().equals(type)).toList();
      if (of.isEmpty()) {
        continue;
      }
      StringBuilder row = new StringBuilder("| " + type + " |");
      for (int b = 0; b + 1 < BINS.length; b++) {
        double from = BINS[b];
        double to = BINS[b + 1];
        row.append(' ').append(cell(of.stream().filter(f -> f.confidence() >= from && f.confidence() < to).toList()))
            .append(" |");
      }
      out.println(row.append(' ').append(cell(of)).append(" |"));
    }
    out.flush();
  }

  /** {@code right/facts (share %)}, or a dash for no facts. */
  private static String cell(List<Judged> facts) {
    long right = facts.stream().filter(Judged::right).count();
    return facts.isEmpty() ? "–" : String.format(Locale.ROOT, "%d/%d (%.0f %%)", right, facts.size(),
        100.0 * right / facts.size());
  }
}
