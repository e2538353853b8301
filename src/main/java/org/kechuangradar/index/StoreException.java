package org.kechuangradar.index;

import java.io.IOException;

/** A store that cannot be opened as asked (none there, damaged, another version's): one line a user can act on. */
public final class StoreException extends IOException {
  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  /** What Lucene said, on one line, for a message of ours. */
  static String oneLine(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return m.replaceAll("\\s+", " ");
  }
}
