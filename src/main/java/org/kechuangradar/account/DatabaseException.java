package org.kechuangradar.account;

/** The account database could not be opened or used; the message names the database and the reason. */
public final class DatabaseException extends RuntimeException {
  public DatabaseException(String message, Throwable cause) {
    super(message, cause);
  }
}
