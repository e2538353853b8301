package org.kechuangradar.recognize.place;

import java.util.ArrayList;
import java.util.List;
import org.kechuangradar.model.Document;
import org.kechuangradar.model.Mention;
import org.kechuangradar.pipeline.Stage;
import org.kechuangradar.recognize.Names;
import org.kechuangradar.segment.SpanIndex;

/**
 * Places finer than divisions, or beside them (果园港, 长江, 中关村科学城), as ADDRESS mentions: what the entity
 * tagger marks as a place, less the divisions the region stage found in it; a place that follows a division in one
 * name (江苏苏州市工业园区) keeps only its own part.
 */
public final class AddressExtractor implements Stage {
  @Override
  public Document process(Document d) {
    SpanIndex<Mention> regions = new SpanIndex<>(d.extraction().entities().stream()
        .filter(m -> m.type() == Mention.Type.REGION).toList(), Mention::start, Mention::end);
    List<Mention> mentions = new ArrayList<>();
    for (Mention place : new Names(d.extraction().names()).of(Mention.Type.ADDRESS)) {
      int from = place.start();
      for (Mention r : regions.inside(place.start(), place.end())) {
        if (r.start() <= from) {
          from = Math.max(from, r.end());
        }
      }
      if (place.end() - from >= 2) {
        String text = d.text().substring(from, place.end());
        mentions.add(new Mention(text, Mention.Type.ADDRESS, text, from, place.end()));
      }
    }
    return d.withExtraction(d.extraction().withEntities(mentions));
  }
}
