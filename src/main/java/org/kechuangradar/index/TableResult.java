package org.kechuangradar.index;

import java.util.List;

/** One page of a table (policies, events, people, organizations): the matching rows' total and their JSON. */
public record TableResult(long total, List<String> rows) {
  public TableResult {
    rows = List.copyOf(rows);
  }
}
