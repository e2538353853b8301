package org.kechuangradar.time;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which past year a document reviews, if any. A headline that names one year before the year of publication
 * together with a word of looking back ({@code time/retrospective_words.tsv}: 大事记, 回顾, 盘点, 综述 …) reviews that
 * year: {@code 2023武汉科创大事记} published in 2024 reviews 2023. So does a lead sentence such as
 * {@code 刚刚过去的2023年，…} under a headline that names no other year. A year that opens or closes a period
 * ({@code 2019年以来}, {@code 2023—2025年}) makes the line about the period, not a year; a year at or after
 * publication ({@code 2030年前实现…}, the 展望2024 of 回顾2023 展望2024) is no year looked back on; a year inside
 * 《》 belongs to the title of a work.
 */
public final class Retrospective {
  private static final Pattern YEAR = Pattern.compile("(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])");
  private static final Pattern PERIOD_AFTER =
      Pattern.compile("年?(?:以来|至今|起|开始|以前|之前|以后|之后|[—–\\-~～至到](?:19|20)[0-9]{2})");
  private static final Pattern PERIOD_BEFORE = Pattern.compile("(?:19|20)[0-9]{2}年?[—–\\-~～至到]$");
  private static final Pattern WORK_TITLE = Pattern.compile("《[^《》]*》");

  private Retrospective() {}

  /** A line's years, whether one of them bounds a period, and whether it holds a word of looking back. */
  private record Line(List<Integer> years, boolean period, boolean looksBack) {
    Line {
      years = List.copyOf(years);
    }

    /** The one past year the line looks back on. */
    OptionalInt reviewed(int publishedYear) {
      List<Integer> past = years.stream().filter(y -> y < publishedYear).distinct().toList();
      return looksBack && !period && past.size() == 1 ? OptionalInt.of(past.get(0)) : OptionalInt.empty();
    }
  }

  /**
   * The past year reviewed by a document with this headline and first sentence (either may be null), published in
   * {@code publishedYear}; empty when the document reviews no year.
   */
  public static OptionalInt reviewedYear(String headline, String lead, int publishedYear) {
    Line head = line(headline);
    OptionalInt byHeadline = head.reviewed(publishedYear);
    if (byHeadline.isPresent()) {
      return byHeadline;
    }
    OptionalInt byLead = line(lead).reviewed(publishedYear);
    // The headline says what the piece is about: a lead's review stands unless the headline names another time.
    boolean headlineAgrees = byLead.isPresent() && !head.period()
        && head.years().stream().allMatch(y -> y == byLead.getAsInt());
    return headlineAgrees ? byLead : OptionalInt.empty();
  }

  private static Line line(String text) {
    if (text == null) {
      return new Line(List.of(), false, false);
    }
    String s = WORK_TITLE.matcher(text).replaceAll("");
    List<Integer> years = new ArrayList<>();
    boolean period = false;
    Matcher m = YEAR.matcher(s);
    while (m.find()) {
      years.add(Integer.valueOf(m.group()));
      period |= PERIOD_AFTER.matcher(s).region(m.end(), s.length()).lookingAt()
          || PERIOD_BEFORE.matcher(s.substring(Math.max(0, m.start() - 6), m.start())).find();
    }
    boolean looksBack = TimeVocabulary.RETROSPECTIVE_WORDS.stream().anyMatch(s::contains);
    return new Line(years, period, looksBack);
  }
}
