package org.kechuangradar.model;

import java.util.List;
import java.util.Objects;

/** An organization by canonical full name, with the other names the document uses for it. */
public record Organization(String name, String type, List<String> aliases, int mentions) {
  public Organization {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    aliases = List.copyOf(aliases);
  }
}
