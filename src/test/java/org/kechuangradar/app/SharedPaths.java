package org.kechuangradar.app;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where {@code ../shared} is; tests that need it skip with a message when it is absent. */
public final class SharedPaths {
  private SharedPaths() {}

  public static Path shared() {
    Path p = Path.of(System.getProperty("radar.shared", "../shared")).toAbsolutePath().normalize();
    assumeTrue(Files.isDirectory(p), "../shared is not beside the project: " + p);
    return p;
  }

  public static Path project() {
    return Path.of("").toAbsolutePath();
  }
}
