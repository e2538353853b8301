package org.kechuangradar.lexicon;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The names and labels by which a web page states its metadata, from {@code lexicon/page-fields.tsv}, by field. */
public final class PageFields {
  /** What a name or label gives. */
  public enum Field { META_DATE, META_AUTHOR, PUBLISHED_LABEL, DOCUMENT_DATE_LABEL, ISSUER_LABEL, AUTHOR_LABEL }

  private static final class Holder {
    static final Map<Field, List<String>> BY_FIELD = Tsv.rows("page-fields").stream().collect(Collectors.groupingBy(
        r -> Field.valueOf(r[1].strip().replace('-', '_').toUpperCase(Locale.ROOT)), () -> new EnumMap<>(Field.class),
        Collectors.mapping(r -> r[0].strip(), Collectors.toList())));
  }

  private PageFields() {}

  /** The names or labels of a field, in the order of the list (surest first). */
  public static List<String> of(Field field) {
    return Holder.BY_FIELD.getOrDefault(field, List.of());
  }

  /** The labels of a field as a regular-expression alternation, longest first. */
  public static String alternation(Field field) {
    return of(field).stream().sorted((a, b) -> Integer.compare(b.length(), a.length()))
        .collect(Collectors.joining("|"));
  }
}
