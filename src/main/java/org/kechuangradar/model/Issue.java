package org.kechuangradar.model;

import java.util.Objects;

/** A problem found in the input that did not stop processing, such as replaced undecodable bytes. */
public record Issue(String stage, String message) {
  public Issue {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(message, "message");
  }
}
