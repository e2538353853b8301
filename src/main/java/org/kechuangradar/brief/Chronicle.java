package org.kechuangradar.brief;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/**
 * A chronicle of a period: per category, per month, one line per fact in the house style
 * ({@code 6月，合肥先进光源获批。}), each with the articles it comes from.
 */
public record Chronicle(String title, LocalDate from, LocalDate to, List<String> regions, List<Section> sections) {
  public Chronicle {
    regions = List.copyOf(regions);
    sections = List.copyOf(sections);
  }

  /** One category's months, earliest first. */
  public record Section(BriefCategory category, List<Month> months) {
    public Section {
      months = List.copyOf(months);
    }

    /** The heading of the category, written with it for the screens that show a chronicle. */
    @JsonProperty("label")
    public String label() {
      return category.label();
    }
  }

  /** One month's lines ({@code month} as 2023-06), in order of date. */
  public record Month(String month, List<Line> lines) {
    public Month {
      lines = List.copyOf(lines);
    }
  }

  /** A dated line and its sources; {@code date} is an ISO date to the month or day. */
  public record Line(String date, String text, List<Source> sources) {
    public Line {
      sources = List.copyOf(sources);
    }

    /** The line as the chronicle says it (6月8日，…。), written with it for the screens that show a chronicle. */
    @JsonProperty("sentence")
    public String sentence() {
      return ChronicleWriter.sentence(this);
    }
  }

  /** An article a line comes from: its title, where it was read, its publication date (or null) and its id. */
  public record Source(String title, String source, String published, String document) {}

  /** The same chronicle under another title (a region's report). */
  public Chronicle titled(String newTitle) {
    return new Chronicle(newTitle, from, to, regions, sections);
  }

  /** How many lines the chronicle holds. */
  public int lines() {
    return sections.stream().flatMap(s -> s.months().stream()).mapToInt(m -> m.lines().size()).sum();
  }
}
