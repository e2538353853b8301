package org.kechuangradar.review;

/** A review request that cannot be done (no such fact, a change undone twice …); the message says why. */
public final class ReviewException extends RuntimeException {
  public ReviewException(String message) {
    super(message);
  }
}
