package org.kechuangradar.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.kechuangradar.recognize.tagger.EntityKind;
import org.kechuangradar.recognize.tagger.LabelStyle;
import org.kechuangradar.recognize.tagger.TaggedSpan;
import org.kechuangradar.recognize.tagger.TaggerTraining;

/**
 * The sentence corpora the tagger learns from and is measured on: CLUENER's train split, the MSRA sample, and our
 * annotations of the tune stories. Each corpus is split once by line number into a part to train on and a part held
 * out for measurement: every tenth CLUENER line, every third MSRA line, every fifth annotated story (in id order).
 */
public final class NerCorpora {
  /** A sentence with its gold names, and the labels training may give each character. */
  public record Labelled(String text, List<TaggedSpan> gold, TaggerTraining.Sentence training) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private NerCorpora() {}

  public static boolean cluenerHeldOut(int line) {
    return line % 10 == 9;
  }

  public static boolean msraHeldOut(int line) {
    return line % 3 == 2;
  }

  /** CLUENER's sentences: the held-out part when {@code heldOut}, else the rest. */
  public static List<Labelled> cluener(Path trainJson, boolean heldOut) throws IOException {
    List<Labelled> out = new ArrayList<>();
    int line = 0;
    try (BufferedReader in = Files.newBufferedReader(trainJson)) {
      String row;
      while ((row = in.readLine()) != null) {
        if (cluenerHeldOut(line++) != heldOut || row.isBlank()) {
          continue;
        }
        JsonNode node = JSON.readTree(row);
        String text = node.get("text").asText();
        List<TaggedSpan> spans = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> classes = node.path("label").fields();
        while (classes.hasNext()) {
          Map.Entry<String, JsonNode> c = classes.next();
          EntityKind kind = cluenerKind(c.getKey());
          for (JsonNode mentions : c.getValue()) {
            for (JsonNode span : mentions) {
              spans.add(new TaggedSpan(kind, span.get(0).asInt(), span.get(1).asInt() + 1));
            }
          }
        }
        List<TaggedSpan> gold = TaggedSpan.withoutOverlaps(spans);
        out.add(new Labelled(text, gold, TaggerTraining.Sentence.of(text, gold, LabelStyle.CLUENER)));
      }
    }
    return out;
  }

  /**
   * MSRA's sentences. MSRA's ORG may be any of our three kinds of organization and its unlabelled characters may be
   * positions or titles, which it does not mark; training lets the model choose among those.
   */
  public static List<Labelled> msra(Path sentences, Path tags, boolean heldOut) throws IOException {
    List<String> lines = Files.readAllLines(sentences);
    List<String> tagLines = Files.readAllLines(tags);
    List<Labelled> out = new ArrayList<>();
    List<EntityKind> organizations = List.of(EntityKind.GOVERNMENT, EntityKind.COMPANY, EntityKind.ORGANIZATION);
    long outside = 1L | all(EntityKind.POSITION) | all(EntityKind.WORK);
    for (int line = 0; line < lines.size(); line++) {
      if (msraHeldOut(line) != heldOut) {
        continue;
      }
      String[] chars = lines.get(line).strip().split(" ");
      String[] tag = tagLines.get(line).strip().split(" ");
      StringBuilder text = new StringBuilder();
      for (String ch : chars) {
        text.append(ch);
      }
      if (text.length() != tag.length) {
        continue;
      }
      long[] allowed = new long[tag.length];
      java.util.Arrays.fill(allowed, outside);
      List<TaggedSpan> gold = new ArrayList<>();
      for (int k = 0; k < tag.length; k++) {
        if (!tag[k].startsWith("B-")) {
          continue;
        }
        String type = tag[k].substring(2);
        int end = k + 1;
        while (end < tag.length && tag[end].equals("I-" + type)) {
          end++;
        }
        List<EntityKind> kinds = switch (type) {
          case "PER" -> List.of(EntityKind.PERSON);
          case "LOC" -> List.of(EntityKind.PLACE);
          default -> organizations;
        };
        for (int i = k; i < end; i++) {
          allowed[i] = 0;
          for (EntityKind kind : kinds) {
            allowed[i] |= bit(end - k == 1 ? kind.single() : i == k ? kind.begin() : i == end - 1 ? kind.end()
                : kind.inside());
          }
        }
        gold.add(new TaggedSpan(kinds.size() == 1 ? kinds.get(0) : EntityKind.ORGANIZATION, k, end));
      }
      out.add(new Labelled(text.toString(), gold, new TaggerTraining.Sentence(text.toString(), allowed, LabelStyle.MSRA)));
    }
    return out;
  }

  /**
   * Our annotations of the tune stories ({@code story}, {@code paragraph}, {@code entities} of type and text), with
   * the paragraphs read from the stories file; every occurrence of an annotated name in its paragraph is marked,
   * longer names first.
   */
  public static List<Labelled> annotatedStories(Path annotations, Path storiesJsonl, boolean heldOut)
      throws IOException {
    Map<String, List<String>> paragraphs = new HashMap<>();
    try (BufferedReader in = Files.newBufferedReader(annotations)) {
      String row;
      while ((row = in.readLine()) != null) {
        if (!row.isBlank()) {
          paragraphs.put(JSON.readTree(row).get("story").asText(), null);
        }
      }
    }
    List<String> ids = new ArrayList<>(paragraphs.keySet());
    ids.sort(null);
    java.util.Set<String> wanted = new java.util.HashSet<>();
    for (int i = 0; i < ids.size(); i++) {
      if ((i % 5 == 4) == heldOut) {
        wanted.add(ids.get(i));
      }
    }
    paragraphs.keySet().retainAll(wanted);
    try (BufferedReader in = Files.newBufferedReader(storiesJsonl)) {
      String row;
      while ((row = in.readLine()) != null) {
        JsonNode story = JSON.readTree(row);
        if (paragraphs.containsKey(story.get("id").asText())) {
          paragraphs.put(story.get("id").asText(), StoryParagraphs.of(story.get("html").asText()));
        }
      }
    }
    List<Labelled> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(annotations)) {
      String row;
      while ((row = in.readLine()) != null) {
        if (row.isBlank()) {
          continue;
        }
        JsonNode a = JSON.readTree(row);
        if (!paragraphs.containsKey(a.get("story").asText())) {
          continue;
        }
        List<String> story = paragraphs.get(a.get("story").asText());
        int index = a.get("paragraph").asInt();
        if (story == null || index >= story.size()) {
          throw new IOException(annotations + ": no paragraph " + index + " in story " + a.get("story").asText());
        }
        String text = story.get(index);
        List<TaggedSpan> spans = new ArrayList<>();
        List<JsonNode> entities = new ArrayList<>();
        a.path("entities").forEach(entities::add);
        entities.sort(Comparator.comparingInt((JsonNode e) -> -e.get("text").asText().length()));
        for (JsonNode e : entities) {
          String name = e.get("text").asText();
          EntityKind kind = cluenerKind(e.get("type").asText());
          for (int at = text.indexOf(name); at >= 0 && !name.isEmpty(); at = text.indexOf(name, at + 1)) {
            spans.add(new TaggedSpan(kind, at, at + name.length()));
          }
        }
        List<TaggedSpan> gold = TaggedSpan.withoutOverlaps(spans);
        out.add(new Labelled(text, gold, TaggerTraining.Sentence.of(text, gold, LabelStyle.OURS)));
      }
    }
    return out;
  }


  static EntityKind cluenerKind(String type) {
    return switch (type) {
      case "name" -> EntityKind.PERSON;
      case "position" -> EntityKind.POSITION;
      case "government" -> EntityKind.GOVERNMENT;
      case "company" -> EntityKind.COMPANY;
      case "organization" -> EntityKind.ORGANIZATION;
      case "address" -> EntityKind.PLACE;
      default -> EntityKind.WORK;
    };
  }

  /** Every label of a kind. */
  private static long all(EntityKind kind) {
    return bit(kind.begin()) | bit(kind.inside()) | bit(kind.end()) | bit(kind.single());
  }

  private static long bit(int label) {
    return 1L << label;
  }
}
