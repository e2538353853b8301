package org.kechuangradar.review;

import org.kechuangradar.index.RecordFacets.Table;

/**
 * One entry of the audit trail: who did what to which fact, when, and the fact's values before and after.
 *
 * @param id its place in the trail
 * @param at when, epoch milliseconds
 * @param user the account that made it
 * @param action what was done
 * @param table the kind of fact
 * @param document the document whose fact it is, or {@link #EVERY_DOCUMENT} for a merge or split
 * @param key the fact's key (see {@link org.kechuangradar.index.FactKeys}); for a merge the name or record merged
 *     away, for a split the record split
 * @param before JSON of the values before, or the empty string
 * @param after JSON of the values after, or the empty string
 * @param sentence the sentence the fact was read from, for the trail's reader
 * @param undoes the change an undo takes back, 0 for none
 * @param undoneBy the undo that took this change back, 0 while it stands
 */
public record Change(long id, long at, String user, Action action, Table table, String document, String key,
    String before, String after, String sentence, long undoes, long undoneBy) {
  /** The document of a change that reaches every document. */
  public static final String EVERY_DOCUMENT = "*";

  /** Whether it still stands: made, not undone, and not itself an undo. */
  public boolean stands() {
    return undoneBy == 0 && action != Action.UNDO;
  }
}
