package org.kechuangradar.brief;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.kechuangradar.brief.Chronicle.Line;
import org.kechuangradar.brief.Chronicle.Source;
import org.kechuangradar.index.RecordFacets.Dim;
import org.kechuangradar.index.RecordFacets.Table;
import org.kechuangradar.index.SearchQuery;
import org.kechuangradar.index.Store;
import org.kechuangradar.index.StoredDocument;
import org.kechuangradar.model.Coded;
import org.kechuangradar.model.FacilityStage;
import org.kechuangradar.model.PolicyRecord;
import org.kechuangradar.model.PolicyStatus;
import org.kechuangradar.time.PartialDate;

/**
 * Makes the chronicle of a period from a store's facts: the rows of each category's tables, by their own region and
 * date, written one line each in the house style, the same happening reported twice kept once with both sources.
 */
public final class Chronicles {
  private static final ObjectMapper JSON = new ObjectMapper();
  // The most rows of one table a chronicle reads per region: more than a year of a province's news holds.
  private static final int MOST_ROWS = 2_000;
  // A date inside a summary: the line says its date first, so the summary does not say it again.
  private static final Pattern DATE_WORDS = Pattern.compile(
      "(?:于|在|自)?(?:(?:19|20)\\d{2}年|同年|去年|今年|当年|前年)?\\d{1,2}月(?:\\d{1,2}[日号])?(?:起)?|^\\d{1,2}[日号][，,]?");

  private final Store store;
  private final Map<String, Optional<StoredDocument>> documents = new HashMap<>();
  private Map<String, PolicyRecord> records;
  private final boolean verifiedOnly;

  public Chronicles(Store store) {
    this(store, false);
  }

  /** A chronicle writer that, when {@code verifiedOnly}, keeps only the facts an editor verified. */
  public Chronicles(Store store, boolean verifiedOnly) {
    this.store = store;
    this.verifiedOnly = verifiedOnly;
  }

  /**
   * The chronicle of the facts dated from {@code from} to {@code to} of the regions given by division code (none:
   * everywhere), in the categories given, in their order.
   */
  public Chronicle of(LocalDate from, LocalDate to, Map<String, String> regionsByCode, List<BriefCategory> categories)
      throws IOException {
    List<Chronicle.Section> sections = new ArrayList<>();
    for (BriefCategory category : categories) {
      Map<String, Line> lines = new LinkedHashMap<>();
      for (Table table : category.tables()) {
        // No region: one pass over every region.
        for (String region : regionsByCode.isEmpty() ? java.util.Collections.<String>singletonList(null)
            : List.copyOf(regionsByCode.keySet())) {
          Map<Dim, String> filters = new EnumMap<>(Dim.class);
          if (region != null) {
            filters.put(Dim.REGION, region);
          }
          if (category.industry() != null) {
            filters.put(Dim.INDUSTRY, category.industry());
          }
          SearchQuery q = new SearchQuery("", from, to, null, SearchQuery.Sort.DATE, 0, MOST_ROWS, filters, 0);
          for (String row : store.table(table, q).rows()) {
            JsonNode fact = JSON.readTree(row);
            if (verifiedOnly && !fact.path("verified").asBoolean(false)) {
              continue;
            }
            for (Line line : lines(table, fact, from, to)) {
              String key = line.date() + "|" + line.text();
              Line known = lines.get(key);
              lines.put(key, known == null ? line : withSources(known, line.sources()));
            }
          }
        }
      }
      TreeMap<String, List<Line>> byMonth = new TreeMap<>();
      lines.values().stream().sorted(java.util.Comparator.comparing(Line::date))
          .forEach(l -> byMonth.computeIfAbsent(l.date().substring(0, 7), k -> new ArrayList<>()).add(l));
      List<Chronicle.Month> months = new ArrayList<>();
      byMonth.forEach((month, list) -> months.add(new Chronicle.Month(month, list)));
      sections.add(new Chronicle.Section(category, months));
    }
    List<String> names = List.copyOf(regionsByCode.values());
    String where = names.isEmpty() ? "全国" : String.join("、", names);
    return new Chronicle(where + "科创大事记", from, to, names, sections);
  }

  /** The lines a row gives: one, or one per stage of a facility, each dated within the period. */
  private List<Line> lines(Table table, JsonNode r, LocalDate from, LocalDate to) throws IOException {
    List<Line> out = new ArrayList<>();
    switch (table) {
      case POLICY -> add(out, dateOr(r, "date"), policyText(r), from, to, policySources(r));
      case EVENT -> add(out, text(r, "date"), withoutDates(text(r, "summary"), text(r, "region")), from, to,
          sources(r));
      case FACILITY -> {
        for (JsonNode s : r.path("stages")) {
          String stage = Coded.of(FacilityStage.class, s.path("stage").asText()).label();
          add(out, text(s, "date"), placed(text(r, "name"), text(r, "region")) + stage, from, to, sources(r));
        }
      }
      case FUND -> {
        String who = text(r, "sponsor") != null ? text(r, "sponsor") : text(r, "region");
        String size = r.path("size").hasNonNull("value")
            ? "，规模" + Money.of(r.path("size").path("value").asDouble(), r.path("size").path("unit").asText("")) : "";
        add(out, text(r, "published"), (who == null ? "" : who) + "设立" + text(r, "name") + size, from, to,
            sources(r));
      }
      case CALL -> {
        List<String> projects = new ArrayList<>();
        r.path("projects").forEach(p -> projects.add((p.hasNonNull("category") ? p.path("category").asText() : "共")
            + p.path("count").asText() + "项"));
        String issuer = text(r, "issuer") == null ? "" : text(r, "issuer");
        String deadline = text(r, "deadline") == null ? "" : "，申报截止" + text(r, "deadline");
        add(out, dateOr(r, "date"), issuer + "发布" + text(r, "name")
            + (projects.isEmpty() ? "" : "（" + String.join("、", projects) + "）") + deadline, from, to, sources(r));
      }
      case INDICATOR -> {
        // A figure is dated by the article that reports it; a goal says the year it is for.
        String value = r.hasNonNull("value") ? Money.of(r.path("value").asDouble(), r.path("unit").asText("")) : "";
        boolean goal = r.path("target").asBoolean();
        String period = text(r, "period");
        String what = placed(text(r, "metric"), text(r, "region"));
        String line = goal ? "提出" + (period == null ? "" : "到" + period + "年") + what + "达到" + value
            : what + (period == null ? "" : "（" + period + "年）") + "为" + value;
        add(out, text(r, "published"), line, from, to, sources(r));
      }
      default -> throw new IllegalArgumentException("a chronicle has no lines of " + table.path);
    }
    return out;
  }

  /** Adds a line when its date is at least a month and lies within the period. */
  private static void add(List<Line> out, String date, String text, LocalDate from, LocalDate to,
      List<Source> sources) {
    PartialDate d = PartialDate.parse(date);
    if (d == null || d.yearMonth() == null || text == null || text.isBlank()) {
      return;
    }
    if (from != null && d.last().isBefore(from) || to != null && d.first().isAfter(to)) {
      return;
    }
    out.add(new Line(d.iso(), text.strip(), sources));
  }

  /** 发布机关印发《…》, or 《…》施行 for a status the policy reaches by itself. */
  private static String policyText(JsonNode r) {
    String title = "《" + text(r, "title") + "》";
    String status = text(r, "status");
    PolicyStatus s = status == null ? PolicyStatus.ISSUED : PolicyStatus.of(status);
    List<String> issuers = new ArrayList<>();
    r.path("issuers").forEach(i -> issuers.add(i.asText()));
    String who = !issuers.isEmpty() ? String.join("、", issuers) : text(r, "region") != null ? text(r, "region") : "";
    return switch (s) {
      case IN_FORCE, EXPIRED -> title + s.label();
      case ISSUED -> who + "印发" + title;
      default -> who + s.label() + title;
    };
  }

  /** A summary without the dates the line already gives, and with the place first when it names none. */
  static String withoutDates(String summary, String region) {
    if (summary == null) {
      return null;
    }
    String s = DATE_WORDS.matcher(summary).replaceAll("").replaceAll("^[，,、\\s]+", "");
    return placed(s, region);
  }

  /** A text with the region's name before it, unless it names the region already (by its name without 省/市). */
  private static String placed(String text, String region) {
    if (region == null || text == null) {
      return text;
    }
    String shortName = region.length() >= 3 && "省市区县".indexOf(region.charAt(region.length() - 1)) >= 0
        ? region.substring(0, region.length() - 1) : region;
    return text.contains(shortName) ? text : region + text;
  }

  /** The articles that name a policy: those of its record, else the row's own. */
  private List<Source> policySources(JsonNode r) throws IOException {
    if (records == null) {
      records = new HashMap<>();
      store.policies().forEach(p -> records.put(p.id(), p));
    }
    PolicyRecord record = records.get(text(r, "record"));
    if (record == null) {
      return sources(r);
    }
    List<Source> out = new ArrayList<>();
    for (String id : record.mentions().stream().map(PolicyRecord.PolicyMention::documentId).distinct().toList()) {
      source(id).ifPresent(out::add);
    }
    return out.isEmpty() ? sources(r) : out;
  }

  private List<Source> sources(JsonNode r) throws IOException {
    return source(text(r, "document")).map(List::of).orElse(List.of());
  }

  private Optional<Source> source(String id) throws IOException {
    if (id == null) {
      return Optional.empty();
    }
    if (!documents.containsKey(id)) {
      documents.put(id, store.get(id));
    }
    return documents.get(id).map(d -> new Source(d.title() == null ? "(无标题)" : d.title(),
        d.sources().isEmpty() ? "" : d.sources().get(0), d.published(), d.id()));
  }

  private static Line withSources(Line line, List<Source> more) {
    List<Source> all = new ArrayList<>(line.sources());
    more.stream().filter(s -> all.stream().noneMatch(k -> k.document().equals(s.document()))).forEach(all::add);
    return new Line(line.date(), line.text(), all);
  }

  /** A row's own date, else its article's publication date. */
  private static String dateOr(JsonNode r, String field) {
    return text(r, field) != null ? text(r, field) : text(r, "published");
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
  }
}
