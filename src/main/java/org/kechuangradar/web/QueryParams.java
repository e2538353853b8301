package org.kechuangradar.web;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.kechuangradar.clean.ScriptConverter;
import org.kechuangradar.index.RecordFacets.Dim;
import org.kechuangradar.index.SearchQuery;
import org.kechuangradar.lexicon.RegionGazetteer;
import org.kechuangradar.time.PartialDate;

/**
 * The query parameters every endpoint shares ({@code q region org body person kind type industry month record from
 * to source page size sort}), read into a {@link SearchQuery}. A region is given by name or code and filtered by code, so a
 * province matches its cities and counties. Bad values are a {@link BadRequest} naming the parameter.
 */
public final class QueryParams {
  /** The names of the shared parameters, in the order the API documents them. */
  public static final List<String> NAMES = List.of("q", "region", "org", "body", "person", "kind", "type", "industry",
      "month", "record", "from", "to", "source", "page", "size", "sort");
  /** The most rows one page returns. */
  public static final int MAX_SIZE = 100;
  private static final int MAX_LENGTH = 200;

  private QueryParams() {}

  /** A request the server refuses, with the reason shown to the client. */
  public static final class BadRequest extends RuntimeException {
    public BadRequest(String message) {
      super(message);
    }
  }

  /** Reads the shared parameters; {@code param} gives a parameter's value or null. */
  public static SearchQuery read(Function<String, String> param, int defaultSize) {
    for (String name : NAMES) {
      String v = param.apply(name);
      if (v != null && v.length() > MAX_LENGTH) {
        throw new BadRequest("parameter " + name + " is longer than " + MAX_LENGTH + " characters");
      }
    }
    Map<Dim, String> filters = new EnumMap<>(Dim.class);
    for (Dim d : Dim.values()) {
      String v = param.apply(d.param);
      if (v != null && !v.isBlank() && d != Dim.SOURCE) {
        if (d == Dim.MONTH && !v.strip().matches("\\d{4}-\\d{2}")) {
          throw new BadRequest("month must be written like 2025-03, not " + v);
        }
        filters.put(d, d == Dim.REGION ? regionValue(v) : ScriptConverter.toSimplified(v.strip()));
      }
    }
    int page = number(param, "page", 1, 1, 10_000);
    int size = number(param, "size", defaultSize, 1, MAX_SIZE);
    SearchQuery.Sort sort = switch (param.apply("sort") == null ? "" : param.apply("sort")) {
      case "", "relevance" -> SearchQuery.Sort.RELEVANCE;
      case "date" -> SearchQuery.Sort.DATE;
      default -> throw new BadRequest("sort must be relevance or date");
    };
    LocalDate from = date(param.apply("from"), "from", false);
    LocalDate to = date(param.apply("to"), "to", true);
    if (from != null && to != null && from.isAfter(to)) {
      throw new BadRequest("from is after to");
    }
    String q = param.apply("q") == null ? "" : ScriptConverter.toSimplified(param.apply("q"));
    String source = param.apply("source");
    return new SearchQuery(q, from, to, source == null || source.isBlank() ? null : source.strip(), sort,
        (page - 1) * size, size, filters, 0);
  }

  /** The filter value of a region: its code when the gazetteer knows the name, else the name as given. */
  static String regionValue(String nameOrCode) {
    RegionGazetteer.Division d = RegionGazetteer.get().resolve(ScriptConverter.toSimplified(nameOrCode.strip()));
    return d != null && d.code() != null ? d.code() : nameOrCode.strip();
  }

  /** The shared parameters of a query as they would be written in a link, for exports and watches. */
  public static Map<String, String> toParams(SearchQuery q) {
    Map<String, String> out = new LinkedHashMap<>();
    if (!q.text().isBlank()) {
      out.put("q", q.text());
    }
    q.filters().forEach((d, v) -> out.put(d.param, v));
    if (q.from() != null) {
      out.put("from", q.from().toString());
    }
    if (q.to() != null) {
      out.put("to", q.to().toString());
    }
    if (q.source() != null) {
      out.put("source", q.source());
    }
    if (q.sort() == SearchQuery.Sort.DATE) {
      out.put("sort", "date");
    }
    return out;
  }

  static int number(Function<String, String> param, String name, int fallback, int min, int max) {
    String v = param.apply(name);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v.strip());
      if (n < min || n > max) {
        throw new BadRequest(name + " must be between " + min + " and " + max);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new BadRequest(name + " must be a whole number, not " + v);
    }
  }

  /** A date as 2025, 2025-03 or 2025-03-07; a year or month is taken from its first day, or to its last. */
  static LocalDate date(String v, String name, boolean endOfPeriod) {
    if (v == null || v.isBlank()) {
      return null;
    }
    PartialDate d = PartialDate.parse(v);
    if (d == null || v.strip().length() > 10) {
      throw new BadRequest(name + " must be a date like 2025, 2025-03 or 2025-03-07, not " + v);
    }
    return endOfPeriod ? d.last() : d.first();
  }
}
