package org.kechuangradar.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.kechuangradar.app.Extracting;
import org.kechuangradar.model.Document;
import org.kechuangradar.model.Mention;
import org.kechuangradar.pipeline.Pipeline;
import org.kechuangradar.recognize.organization.OrganizationModel;

/**
 * Fits the weights of {@link OrganizationModel} by logistic regression on the sentences of CLUENER and MSRA with even
 * line numbers, and reports what the fitted model adds on the odd ones, which it never saw, threshold by threshold.
 * A candidate is positive when a gold organization, company or government has exactly its span.
 */
public final class RecogniserFitting {
  private record Sentence(String text, Set<String> organizations, boolean heldOut, boolean msra) {}

  private record Example(Sentence sentence, List<OrganizationModel.Candidate> options) {}

  /**
   * The fitted weights (intercept last) and, per threshold, what the model adds on the held-out sentences:
   * right and wrong names on CLUENER, then right and wrong on MSRA.
   */
  public record Fit(double[] weights, Map<Double, int[]> heldOut) {}

  private static final Set<Mention.Type> TAKEN = Set.of(Mention.Type.REGION, Mention.Type.ADDRESS,
      Mention.Type.GOVERNMENT, Mention.Type.COMPANY, Mention.Type.ORGANIZATION);

  private final Pipeline withoutModel = Extracting.pipeline(false);

  /** Fits, prints the weights as a Java array and the held-out gains as a table, and returns both. */
  public Fit fit(Path cluener, Path msraSentences, Path msraTags, int limit, PrintWriter out) throws IOException {
    List<Sentence> sentences = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    List<String> lines = Files.readAllLines(cluener);
    for (int i = 0; i < Math.min(limit, lines.size()); i++) {
      JsonNode row = json.readTree(lines.get(i));
      Set<String> gold = new HashSet<>();
      for (String cls : List.of("organization", "company", "government")) {
        JsonNode spans = row.get("label").get(cls);
        if (spans != null) {
          spans.forEach(mention -> mention.forEach(s -> gold.add(s.get(0).asInt() + ":" + (s.get(1).asInt() + 1))));
        }
      }
      sentences.add(new Sentence(row.get("text").asText(), gold, i % 2 == 1, false));
    }
    List<String> texts = Files.readAllLines(msraSentences);
    List<String> tags = Files.readAllLines(msraTags);
    for (int i = 0; i < Math.min(limit, texts.size()); i++) {
      String[] tag = tags.get(i).strip().split(" ");
      Set<String> gold = new HashSet<>();
      for (int k = 0; k < tag.length; k++) {
        if (tag[k].equals("B-ORG")) {
          int end = k + 1;
          while (end < tag.length && tag[end].equals("I-ORG")) {
            end++;
          }
          gold.add(k + ":" + end);
        }
      }
      sentences.add(new Sentence(texts.get(i).replace(" ", ""), gold, i % 2 == 1, true));
    }
    List<Example> examples = new ArrayList<>();
    for (Sentence s : sentences) {
      Document d = withoutModel.process(Document.fromText("fit", s.text()).withText(s.text(), List.of()));
      List<int[]> taken = d.extraction().entities().stream().filter(m -> TAKEN.contains(m.type()))
          .map(m -> new int[] {m.start(), m.end(), m.type() == Mention.Type.REGION || m.type() == Mention.Type.ADDRESS
              ? 1 : 0}).toList();
      for (List<OrganizationModel.Candidate> options : OrganizationModel.get().candidates(s.text(), taken)) {
        examples.add(new Example(s, options));
      }
    }
    double[] w = regression(examples);
    out.print("weights: {");
    for (int k = 0; k < w.length; k++) {
      out.printf(Locale.ROOT, "%s%.4f", k == 0 ? "" : ", ", w[k]);
    }
    out.println("}");
    out.println("| threshold | CLUENER held out: right | wrong | MSRA held out: right | wrong |");
    out.println("| --- | --- | --- | --- | --- |");
    Map<Double, int[]> heldOut = new TreeMap<>();
    for (double threshold = -1.5; threshold <= 1.51; threshold += 0.5) {
      int[] counts = new int[4];
      heldOut.put(threshold, counts);
      for (Example e : examples) {
        if (!e.sentence().heldOut()) {
          continue;
        }
        OrganizationModel.Candidate best = null;
        for (OrganizationModel.Candidate c : e.options()) {
          if (score(w, c) > threshold && (best == null || score(w, c) > score(w, best))) {
            best = c;
          }
        }
        if (best != null) {
          boolean right = e.sentence().organizations().contains(best.start() + ":" + best.end());
          counts[(e.sentence().msra() ? 2 : 0) + (right ? 0 : 1)]++;
        }
      }
      out.printf(Locale.ROOT, "| %.1f | %d | %d | %d | %d |%n", threshold, counts[0], counts[1], counts[2], counts[3]);
    }
    out.flush();
    return new Fit(w, heldOut);
  }

  /** Plain logistic regression over every candidate of the fitting half, by Adagrad on the full batch. */
  private static double[] regression(List<Example> examples) {
    int n = OrganizationModel.FEATURES;
    double[] w = new double[n + 1];
    double[] squares = new double[n + 1];
    for (int epoch = 0; epoch < 400; epoch++) {
      double[] gradient = new double[n + 1];
      for (Example e : examples) {
        if (e.sentence().heldOut()) {
          continue;
        }
        for (OrganizationModel.Candidate c : e.options()) {
          double p = 1 / (1 + Math.exp(-score(w, c)));
          double error = (e.sentence().organizations().contains(c.start() + ":" + c.end()) ? 1 : 0) - p;
          for (int k = 0; k < n; k++) {
            gradient[k] += error * c.features()[k];
          }
          gradient[n] += error;
        }
      }
      for (int k = 0; k <= n; k++) {
        squares[k] += gradient[k] * gradient[k];
        w[k] += 0.5 * gradient[k] / Math.sqrt(squares[k] + 1e-8);
      }
    }
    return w;
  }

  private static double score(double[] w, OrganizationModel.Candidate c) {
    double s = w[w.length - 1];
    for (int k = 0; k < w.length - 1; k++) {
      s += w[k] * c.features()[k];
    }
    return s;
  }
}
