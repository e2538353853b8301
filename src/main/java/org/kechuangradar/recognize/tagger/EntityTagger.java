package org.kechuangradar.recognize.tagger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kechuangradar.lexicon.BodyGazetteer;
import org.kechuangradar.lexicon.RegionGazetteer;
import org.kechuangradar.model.RegionLevel;

/**
 * Marks people, positions, government bodies, companies, organizations and places in text: a linear-chain model
 * over characters (B, I, E, S labels per kind, and O) whose features are character n-grams and the words of HanLP's dictionary
 * and our gazetteers that cover each character. Trained by {@code radar train} ({@link TaggerTraining}); the model
 * ships in the jar and loads once. Thread-safe.
 */
public final class EntityTagger {
  /** Where the model sits in the jar. */
  public static final String MODEL = "/recognize/entity-tagger.bin";

  private static final String PAUSES = "，、。；：！？,;:!?\n";

  private static final class Holder {
    static final EntityTagger INSTANCE = load(LabelStyle.OURS);
  }

  private final Features features;
  private final TaggerModel model;
  private final int[][] characterRows;

  EntityTagger(Features features, TaggerModel model) {
    this.features = features;
    this.model = model;
    this.characterRows = model.characterRows(features);
  }

  /** The shared tagger with the model from the jar. */
  public static EntityTagger get() {
    return Holder.INSTANCE;
  }

  /** The names in {@code text}, in order, none overlapping. */
  public List<TaggedSpan> tag(String text) {
    return scored(text).stream().map(ScoredSpan::span).toList();
  }

  /** The names in {@code text}, in order, none overlapping, each with its decoding margin. */
  public List<ScoredSpan> scored(String text) {
    List<ScoredSpan> out = new ArrayList<>();
    if (text.isEmpty()) {
      return out;
    }
    int[] labels = new int[text.length()];
    float[] margins = new float[text.length()];
    decode(text, labels, margins);
    int i = 0;
    while (i < labels.length) {
      if (!EntityKind.starts(labels[i])) {
        i++;
        continue;
      }
      EntityKind kind = EntityKind.of(labels[i]);
      int end = i + 1;
      if (labels[i] == kind.begin()) {
        while (end < labels.length && labels[end] == kind.inside()) {
          end++;
        }
        end = Math.min(labels.length, end + 1);
      }
      float margin = Float.POSITIVE_INFINITY;
      for (int k = i; k < end; k++) {
        margin = Math.min(margin, margins[k]);
      }
      out.add(new ScoredSpan(new TaggedSpan(kind, i, end), margin));
      i = end;
    }
    return out;
  }

  /** Fills {@code best} with the labels of {@code text} and {@code margins} with each position's decoding margin. */
  private void decode(String text, int[] best, float[] margins) {
    Features.Extracted x = features.extract(text, false);
    int n = text.length();
    int l = model.labels;
    float[] emissions = new float[n * l];
    long[] pauses = pauses(text);
    model.emissions(x, characterRows, pauses, emissions);
    Viterbi.decode(emissions, n, l, model.transitions, pauses, best, margins);
  }

  /** A name never runs across a pause (，、。；：！？): there only O is allowed; null when the text has none. */
  static long[] pauses(String text) {
    long[] allowed = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80 ? ",;:!?\n".indexOf(c) >= 0 : c >= 0x3001 && c <= 0xFF1F && PAUSES.indexOf(c) >= 0) {
        if (allowed == null) {
          allowed = new long[text.length()];
          java.util.Arrays.fill(allowed, -1L);
        }
        allowed[i] = 1L;
      }
    }
    return allowed;
  }

  /** The features every tagger uses: HanLP's dictionary and the names of our gazetteers. */
  static Features standardFeatures() {
    Map<String, Integer> names = new HashMap<>();
    for (RegionGazetteer.Form f : RegionGazetteer.get().forms()) {
      boolean country = f.divisions().stream().anyMatch(d -> d.level() == RegionLevel.COUNTRY);
      int cls = country ? FeatureLexicon.COUNTRY : f.full() ? FeatureLexicon.DIVISION : FeatureLexicon.DIVISION_SHORT;
      names.merge(f.text(), 1 << cls, (a, b) -> a | b);
    }
    BodyGazetteer bodies = BodyGazetteer.get();
    bodies.centralNames().forEach(n -> names.merge(n, 1 << FeatureLexicon.CENTRAL_BODY, (a, b) -> a | b));
    bodies.localNames().forEach(n -> names.merge(n, 1 << FeatureLexicon.LOCAL_BODY, (a, b) -> a | b));
    return new Features(new FeatureLexicon(names));
  }

  /** A tagger with the model from the jar that draws names in another corpus's style, to be scored on it. */
  public static EntityTagger inStyle(LabelStyle style) {
    return style == LabelStyle.OURS ? get() : load(style);
  }

  /** A tagger with the model in {@code file} (one {@code radar train} wrote), drawing names in {@code style}. */
  public static EntityTagger read(java.nio.file.Path file, LabelStyle style) throws IOException {
    try (InputStream in = java.nio.file.Files.newInputStream(file)) {
      return new EntityTagger(standardFeatures(), TaggerModel.read(in).forStyle(style));
    }
  }

  private static EntityTagger load(LabelStyle style) {
    try (InputStream in = EntityTagger.class.getResourceAsStream(MODEL)) {
      if (in == null) {
        throw new IllegalStateException("the tagger model " + MODEL + " is not in the jar; build it with radar train");
      }
      return new EntityTagger(standardFeatures(), TaggerModel.read(in).forStyle(style));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the tagger model " + MODEL, e);
    }
  }
}
