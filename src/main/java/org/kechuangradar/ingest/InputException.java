package org.kechuangradar.ingest;

/** An input that cannot be read, with a reason a user can act on; the message is one line. */
public final class InputException extends Exception {
  private final String source;
  private final String reason;

  public InputException(String source, String reason) {
    super(source + ": " + reason);
    this.source = source;
    this.reason = reason;
  }

  public String source() {
    return source;
  }

  public String reason() {
    return reason;
  }
}
