package org.kechuangradar.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The words of time expressions and of looking back on a year, read once from src/main/resources/time/*.tsv. */
final class TimeVocabulary {
  /** A word naming a year, quarter, month, week or day by its distance from the base. */
  record Relative(String word, String unit, int offset) {}

  /** A festival: on a solar or lunar month and day, the Nth weekday of a month, a solar term or new year's eve. */
  record Festival(String name, String calendar, int month, String day) {}

  /** A solar term, with its month and the constants of the century formula. */
  record SolarTerm(String name, int index, int month, double c20, double c21) {}

  /** A part of the day, in whole hours. */
  record DayPeriod(String word, int firstHour, int lastHour) {}

  /** A part of a year (months) or a month (days; last 0 for the month's end). */
  record Edge(String word, String unit, int first, int last) {}

  static final Map<String, Relative> RELATIVE = index(rows("relative").stream()
      .map(r -> new Relative(r[0], r[1], Integer.parseInt(r[2]))).toList(), Relative::word);
  static final Map<String, Festival> FESTIVALS = index(rows("festivals").stream()
      .map(r -> new Festival(r[0], r[1], Integer.parseInt(r[2]), r[3])).toList(), Festival::name);
  static final List<SolarTerm> TERMS = terms();
  static final Map<String, SolarTerm> TERM_BY_NAME = index(TERMS, SolarTerm::name);
  static final Map<String, DayPeriod> DAY_PERIODS = index(rows("day_periods").stream()
      .map(r -> new DayPeriod(r[0], Integer.parseInt(r[1]), Integer.parseInt(r[2]))).toList(), DayPeriod::word);
  static final Map<String, Edge> EDGES = index(rows("edges").stream()
      .map(r -> new Edge(r[0], r[1], Integer.parseInt(r[2]), Integer.parseInt(r[3]))).toList(), Edge::word);
  /** The words that, with a past year, make a headline a review of that year (大事记, 回顾, 盘点 …). */
  static final List<String> RETROSPECTIVE_WORDS = rows("retrospective_words").stream().map(r -> r[0].strip()).toList();

  private TimeVocabulary() {}

  /** An alternation of the words, longest first, so that 大前年 wins over 前年. */
  static Pattern alternation(java.util.Collection<String> words) {
    return Pattern.compile(words.stream().sorted(Comparator.comparing(String::length).reversed())
        .map(Pattern::quote).collect(Collectors.joining("|")));
  }

  private static List<SolarTerm> terms() {
    List<String[]> rows = rows("solar_terms");
    List<SolarTerm> out = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      String[] r = rows.get(i);
      out.add(new SolarTerm(r[0], i, Integer.parseInt(r[1]), Double.parseDouble(r[2]), Double.parseDouble(r[3])));
    }
    return List.copyOf(out);
  }

  private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
    return items.stream().collect(Collectors.toUnmodifiableMap(key, Function.identity()));
  }

  private static List<String[]> rows(String name) {
    String path = "/time/" + name + ".tsv";
    try (var in = TimeVocabulary.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
