package org.kechuangradar.eval;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.kechuangradar.recognize.tagger.EntityKind;
import org.kechuangradar.recognize.tagger.EntityTagger;
import org.kechuangradar.recognize.tagger.TaggedSpan;

/** Precision, recall and F1 per kind of name by exact span, of a tagger on labelled sentences. */
public final class TaggerScores {
  /** Counts of one kind. */
  public record Counts(int truePositives, int falsePositives, int falseNegatives) {
    public double precision() {
      return truePositives + falsePositives == 0 ? 0 : 100.0 * truePositives / (truePositives + falsePositives);
    }

    public double recall() {
      return truePositives + falseNegatives == 0 ? 0 : 100.0 * truePositives / (truePositives + falseNegatives);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  private TaggerScores() {}

  /**
   * Scores {@code tagger} on {@code sentences} for {@code kinds}; {@code mapping} folds the tagger's kinds into the
   * corpus's own (MSRA has one kind of organization) and may return null for kinds the corpus does not mark.
   */
  public static Map<EntityKind, Counts> score(EntityTagger tagger, List<NerCorpora.Labelled> sentences,
      List<EntityKind> kinds, UnaryOperator<EntityKind> mapping) {
    Map<EntityKind, int[]> raw = new EnumMap<>(EntityKind.class);
    kinds.forEach(k -> raw.put(k, new int[3]));
    for (NerCorpora.Labelled s : sentences) {
      Set<TaggedSpan> gold = new HashSet<>(s.gold());
      Set<TaggedSpan> found = new HashSet<>();
      for (TaggedSpan t : tagger.tag(s.text())) {
        EntityKind k = mapping.apply(t.kind());
        if (k != null) {
          found.add(new TaggedSpan(k, t.start(), t.end()));
        }
      }
      for (TaggedSpan f : found) {
        int[] c = raw.get(f.kind());
        if (c != null) {
          c[gold.contains(f) ? 0 : 1]++;
        }
      }
      for (TaggedSpan g : gold) {
        int[] c = raw.get(g.kind());
        if (c != null && !found.contains(g)) {
          c[2]++;
        }
      }
    }
    Map<EntityKind, Counts> out = new EnumMap<>(EntityKind.class);
    raw.forEach((k, c) -> out.put(k, new Counts(c[0], c[1], c[2])));
    return out;
  }

  /** The mean F1 over the kinds scored. */
  public static double macroF1(Map<EntityKind, Counts> scores) {
    return scores.values().stream().mapToDouble(Counts::f1).average().orElse(0);
  }

  /** MSRA's view: government, company and organization are one kind; positions and works are not marked. */
  public static EntityKind msraKind(EntityKind k) {
    return switch (k) {
      case GOVERNMENT, COMPANY, ORGANIZATION -> EntityKind.ORGANIZATION;
      case PERSON, PLACE -> k;
      default -> null;
    };
  }
}
