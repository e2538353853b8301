package org.kechuangradar.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.ToDoubleFunction;
import org.kechuangradar.lexicon.Tsv;
import org.kechuangradar.model.Call;
import org.kechuangradar.model.Document;
import org.kechuangradar.model.DomainRecords;
import org.kechuangradar.model.Event;
import org.kechuangradar.model.Extraction;
import org.kechuangradar.model.Facility;
import org.kechuangradar.model.Fund;
import org.kechuangradar.model.Indicator;
import org.kechuangradar.model.Instrument;
import org.kechuangradar.model.Organization;
import org.kechuangradar.model.Person;
import org.kechuangradar.model.Policy;
import org.kechuangradar.model.Proposal;
import org.kechuangradar.model.Region;
import org.kechuangradar.pipeline.Stage;

/**
 * Turns the raw confidence each recognizer gives a fact (the weighted mean of the evidence it checked) into a
 * calibrated one: the share of facts of that type and raw confidence that were right on the studied gold halves, read
 * off a monotone curve per record type ({@code calibration/confidence.tsv}, written by {@code radar calibrate}). A type
 * without a curve keeps its raw confidence. Runs last; confidences are rounded to two decimals.
 */
public final class ConfidenceCalibration implements Stage {
  /** The record types that carry a confidence, by their names in the extraction record. */
  public static final List<String> TYPES = List.of("regions", "organizations", "people", "policies", "events",
      "facilities", "funds", "calls", "instruments", "indicators", "proposals");
  /** Where the shipped curves are, in the jar. */
  public static final String RESOURCE = "/calibration/confidence.tsv";

  /** A point of a curve: facts of raw confidence {@code raw} are right with probability {@code calibrated}. */
  public record Point(double raw, double calibrated) {}

  /** A non-decreasing map from raw to calibrated confidence: straight between its points, flat beyond the ends. */
  public record Curve(List<Point> points) {
    public Curve {
      points = List.copyOf(points);
      for (int k = 1; k < points.size(); k++) {
        Point a = points.get(k - 1);
        Point b = points.get(k);
        if (b.raw() < a.raw() || b.calibrated() < a.calibrated()) {
          throw new IllegalArgumentException("a curve must rise: " + points);
        }
      }
    }

    public double apply(double raw) {
      if (points.isEmpty()) {
        return raw;
      }
      Point first = points.get(0);
      if (raw <= first.raw()) {
        return first.calibrated();
      }
      for (int k = 1; k < points.size(); k++) {
        Point a = points.get(k - 1);
        Point b = points.get(k);
        if (raw <= b.raw()) {
          double t = b.raw() == a.raw() ? 1 : (raw - a.raw()) / (b.raw() - a.raw());
          return a.calibrated() + t * (b.calibrated() - a.calibrated());
        }
      }
      return points.get(points.size() - 1).calibrated();
    }
  }

  private static final class Shipped {
    static final ConfidenceCalibration INSTANCE = new ConfidenceCalibration(read(Tsv.rows(RESOURCE)));
  }

  private final Map<String, Curve> curves;

  public ConfidenceCalibration(Map<String, Curve> curves) {
    this.curves = Map.copyOf(curves);
  }

  /** The calibration with the curves of the jar. */
  public static ConfidenceCalibration shipped() {
    return Shipped.INSTANCE;
  }

  /** The curves of rows {@code type, raw, calibrated, …}, each type's points in the order of its rows. */
  public static Map<String, Curve> read(List<String[]> rows) {
    Map<String, List<Point>> points = new LinkedHashMap<>();
    for (String[] r : rows) {
      if (!TYPES.contains(r[0].strip())) {
        throw new IllegalArgumentException("no record type " + r[0] + " carries a confidence");
      }
      points.computeIfAbsent(r[0].strip(), t -> new ArrayList<>())
          .add(new Point(Double.parseDouble(r[1].strip()), Double.parseDouble(r[2].strip())));
    }
    Map<String, Curve> out = new LinkedHashMap<>();
    points.forEach((type, p) -> out.put(type, new Curve(p)));
    return out;
  }

  /** The calibrated confidence of a fact of {@code type} with raw confidence {@code raw}, to two decimals. */
  public double calibrated(String type, double raw) {
    Curve curve = curves.get(type);
    double c = curve == null ? raw : curve.apply(raw);
    return Math.round(Math.min(1, Math.max(0, c)) * 100) / 100.0;
  }

  @Override
  public Document process(Document d) {
    Extraction x = d.extraction();
    DomainRecords r = x.domain();
    DomainRecords domain = r
        .withFacilities(each(r.facilities(), "facilities", Facility::confidence, Facility::withConfidence))
        .withFunds(each(r.funds(), "funds", Fund::confidence, Fund::withConfidence))
        .withCalls(each(r.calls(), "calls", Call::confidence, Call::withConfidence))
        .withInstruments(each(r.instruments(), "instruments", Instrument::confidence, Instrument::withConfidence))
        .withIndicators(each(r.indicators(), "indicators", Indicator::confidence, Indicator::withConfidence))
        .withProposals(each(r.proposals(), "proposals", Proposal::confidence, Proposal::withConfidence));
    return d.withExtraction(x.withRegions(each(x.regions(), "regions", Region::confidence, Region::withConfidence))
        .withOrganizations(each(x.organizations(), "organizations", Organization::confidence,
            Organization::withConfidence))
        .withPeople(each(x.people(), "people", Person::confidence, Person::withConfidence))
        .withPolicies(each(x.policies(), "policies", Policy::confidence, Policy::withConfidence))
        .withEvents(each(x.events(), "events", Event::confidence, Event::withConfidence))
        .withDomain(domain));
  }

  private <T> List<T> each(List<T> facts, String type, ToDoubleFunction<T> raw, BiFunction<T, Double, T> with) {
    return facts.stream().map(f -> with.apply(f, calibrated(type, raw.applyAsDouble(f)))).toList();
  }
}
