package org.kechuangradar.lexicon;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The verbs by which a person of the story speaks, from {@code lexicon/speech-verbs.tsv}, by kind. */
public final class SpeechVerbs {
  /** How a verb introduces what follows it. */
  public enum Kind { PROPOSE, OPINE, FRAME, SAY }

  private static final class Holder {
    static final Map<Kind, List<String>> BY_KIND = Tsv.rows("speech-verbs").stream().collect(
        Collectors.groupingBy(r -> Kind.valueOf(r[1].strip().toUpperCase(java.util.Locale.ROOT)),
            () -> new java.util.EnumMap<>(Kind.class), Collectors.mapping(r -> r[0].strip(), Collectors.toList())));
  }

  private SpeechVerbs() {}

  /** The verbs of these kinds as one regular-expression alternation, longest first. */
  public static String alternation(Kind... kinds) {
    return Arrays.stream(kinds).flatMap(k -> Holder.BY_KIND.getOrDefault(k, List.of()).stream())
        .sorted((a, b) -> Integer.compare(b.length(), a.length())).collect(Collectors.joining("|"));
  }
}
