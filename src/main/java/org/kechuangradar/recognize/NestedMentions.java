package org.kechuangradar.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.kechuangradar.model.Document;
import org.kechuangradar.model.Mention;
import org.kechuangradar.pipeline.Stage;
import org.kechuangradar.segment.SpanIndex;

/**
 * Drops a place's mention that lies inside an organization's ({@code 中国} in {@code 中国共产党}, {@code 苏州} in
 * {@code 苏州大学}): the organization is what the text names there. The region still counts in {@code regions}.
 */
public final class NestedMentions implements Stage {
  private static final Set<Mention.Type> ORGANIZATIONS =
      Set.of(Mention.Type.GOVERNMENT, Mention.Type.COMPANY, Mention.Type.ORGANIZATION);

  @Override
  public Document process(Document d) {
    List<Mention> all = d.extraction().entities();
    SpanIndex<Mention> organizations = new SpanIndex<>(all.stream().filter(m -> ORGANIZATIONS.contains(m.type()))
        .toList(), Mention::start, Mention::end);
    List<Mention> kept = new ArrayList<>(all.size());
    for (Mention m : all) {
      boolean place = m.type() == Mention.Type.REGION || m.type() == Mention.Type.ADDRESS;
      if (!place || organizations.covering(m.start(), m.end()) == null) {
        kept.add(m);
      }
    }
    return kept.size() == all.size() ? d : d.withExtraction(d.extraction().replacingEntities(kept));
  }
}
