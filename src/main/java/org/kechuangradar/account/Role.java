package org.kechuangradar.account;

import java.util.Locale;
import java.util.Optional;

/** What an account may do; each role may do all that the roles before it may. */
public enum Role {
  /** Reads everything, writes nothing. */
  VIEWER,
  /** Reviews and corrects facts, uploads articles. */
  EDITOR,
  /** All an editor does, and manages accounts. */
  ADMIN;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Role> of(String code) {
    for (Role r : values()) {
      if (r.code().equals(code)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /** Whether this role may do what {@code needed} may. */
  public boolean covers(Role needed) {
    return compareTo(needed) >= 0;
  }
}
