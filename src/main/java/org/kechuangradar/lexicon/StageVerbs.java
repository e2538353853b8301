package org.kechuangradar.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.kechuangradar.model.EventType;
import org.kechuangradar.model.FacilityStage;
import org.kechuangradar.model.PolicyStatus;

/**
 * The verbs that say something happened, from {@code lexicon/stage-verbs.tsv}: the event type each marks, the
 * facility stage and the policy status it tells, in one table so that every reading of a verb agrees. Longest verb
 * first.
 */
public final class StageVerbs {
  /** A verb with its event type, facility stage and policy status; any may be null. */
  public record Verb(String word, EventType event, FacilityStage stage, PolicyStatus status) {}

  private static final class Holder {
    static final StageVerbs DEFAULT = new StageVerbs(load());
  }

  private final List<Verb> verbs;

  /** A table of verbs; tests pass a small one. */
  public StageVerbs(List<Verb> verbs) {
    List<Verb> sorted = new ArrayList<>(verbs);
    sorted.sort(Comparator.comparingInt((Verb v) -> -v.word().length()));
    this.verbs = List.copyOf(sorted);
  }

  public static StageVerbs get() {
    return Holder.DEFAULT;
  }

  /** The verbs that mark an event, longest first. */
  public List<Verb> eventVerbs() {
    return verbs.stream().filter(v -> v.event() != null).toList();
  }

  /** The verbs that tell a facility's stage, longest first. */
  public List<Verb> stageVerbs() {
    return verbs.stream().filter(v -> v.stage() != null).toList();
  }

  /** The verbs that tell a policy document's status, longest first. */
  public List<Verb> policyVerbs() {
    return verbs.stream().filter(v -> v.status() != null).toList();
  }

  private static List<Verb> load() {
    List<Verb> out = new ArrayList<>();
    for (String[] row : Tsv.rows("stage-verbs")) {
      out.add(new Verb(row[0].strip(), row[1].strip().equals("-") ? null : EventType.of(row[1].strip()),
          row[2].strip().equals("-") ? null : FacilityStage.of(row[2].strip()),
          row[3].strip().equals("-") ? null : PolicyStatus.of(row[3].strip())));
    }
    return out;
  }
}
