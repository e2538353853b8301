package org.kechuangradar.pipeline;

import java.util.List;
import org.kechuangradar.model.Document;

/** A stage made of stages, run in order. */
public final class Pipeline implements Stage {
  private final List<Stage> stages;

  public Pipeline(List<Stage> stages) {
    this.stages = List.copyOf(stages);
  }

  public static Pipeline of(Stage... stages) {
    return new Pipeline(List.of(stages));
  }

  @Override
  public Document process(Document document) {
    Document current = document;
    for (Stage stage : stages) {
      current = stage.process(current);
    }
    return current;
  }
}
