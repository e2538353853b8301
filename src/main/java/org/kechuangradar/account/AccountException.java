package org.kechuangradar.account;

/** A request about accounts that cannot be done; the message says why, in a line. */
public final class AccountException extends RuntimeException {
  public AccountException(String message) {
    super(message);
  }
}
