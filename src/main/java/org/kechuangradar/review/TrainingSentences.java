package org.kechuangradar.review;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.kechuangradar.index.RecordFacets.Table;
import org.kechuangradar.recognize.tagger.EntityKind;
import org.kechuangradar.recognize.tagger.LabelStyle;
import org.kechuangradar.recognize.tagger.TaggedSpan;
import org.kechuangradar.recognize.tagger.TaggerTraining;

/**
 * What editors' changes teach the entity tagger: each sentence in which they accepted, corrected or rejected a
 * person or an organization becomes a partly labelled training sentence. An accepted or corrected name, or the
 * short form the text writes it by (an organization's alias, 国家发展改革委 for 国家发展和改革委员会), is a name of its
 * kind there; a rejected one, or the name a correction replaced, starts no name of that kind; the rest of the
 * sentence is left to the tagger. Facts made by rules (events, policies …) teach no learned model.
 */
public final class TrainingSentences {
  private TrainingSentences() {}

  /** The training sentences of the changes that stand. */
  public static List<TaggerTraining.Sentence> of(List<Change> standing) {
    List<TaggerTraining.Sentence> out = new ArrayList<>();
    for (Change c : standing) {
      if (c.table() != Table.PERSON && c.table() != Table.ORGANIZATION || c.sentence().isBlank()
          || c.document().equals(Change.EVERY_DOCUMENT)) {
        continue;
      }
      JsonNode before = Overlay.tree(c.before());
      JsonNode after = Overlay.tree(c.after());
      String was = before.path("name").asText("");
      String now = after.path("name").asText(was);
      List<EntityKind> kinds = kinds(c.table(), after.path("type").asText(before.path("type").asText("")));
      List<TaggedSpan> names = new ArrayList<>();
      List<TaggedSpan> not = new ArrayList<>();
      String text = c.sentence();
      if (c.action() == Action.REJECT) {
        starts(text, was).forEach(at -> kinds.forEach(k -> not.add(new TaggedSpan(k, at, at + was.length()))));
      } else if (c.action() == Action.ACCEPT || c.action() == Action.EDIT) {
        List<String> forms = new ArrayList<>(List.of(now));
        if (was.equals(now)) {
          (after.has("aliases") ? after : before).path("aliases").forEach(a -> forms.add(a.asText()));
        }
        forms.sort(java.util.Comparator.comparingInt(String::length).reversed());
        for (String form : forms) {
          starts(text, form).forEach(at -> names.add(new TaggedSpan(kinds.get(0), at, at + form.length())));
        }
        if (!was.equals(now)) {
          starts(text, was).stream().filter(at -> names.stream().noneMatch(n -> n.start() == at))
              .forEach(at -> kinds.forEach(k -> not.add(new TaggedSpan(k, at, at + was.length()))));
        }
      }
      if (!names.isEmpty() || !not.isEmpty()) {
        out.add(TaggerTraining.Sentence.partly(text, TaggedSpan.withoutOverlaps(names), not, LabelStyle.OURS));
      }
    }
    return out;
  }

  /** The tagger's kinds a fact may be: a person; an organization of its type, or any of the three. */
  private static List<EntityKind> kinds(Table table, String type) {
    if (table == Table.PERSON) {
      return List.of(EntityKind.PERSON);
    }
    return switch (type) {
      case "government" -> List.of(EntityKind.GOVERNMENT, EntityKind.ORGANIZATION, EntityKind.COMPANY);
      case "company" -> List.of(EntityKind.COMPANY, EntityKind.ORGANIZATION, EntityKind.GOVERNMENT);
      default -> List.of(EntityKind.ORGANIZATION, EntityKind.GOVERNMENT, EntityKind.COMPANY);
    };
  }

  private static List<Integer> starts(String text, String name) {
    List<Integer> out = new ArrayList<>();
    for (int at = name.isEmpty() ? -1 : text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      out.add(at);
    }
    return out;
  }
}
