package org.kechuangradar.model;

import java.util.List;

/** One article on a page that holds several: its headline, its authors and its span in the clean text. */
public record Article(String title, List<String> authors, int start, int end) {
  public Article {
    authors = List.copyOf(authors);
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }
}
