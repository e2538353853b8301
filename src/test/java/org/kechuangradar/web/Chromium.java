package org.kechuangradar.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/** Debian's Chromium, headless, for the browser tests; Playwright never downloads a browser of its own. */
final class Chromium {
  private static final Path EXECUTABLE = Paths.get("/usr/bin/chromium");

  private Chromium() {}

  static Playwright playwright() {
    assertTrue(Files.isExecutable(EXECUTABLE), "browser tests need Debian's chromium: apt-get install chromium "
        + "(scripts/test installs it)");
    return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
  }

  // Without the background-networking flags Chromium keeps dialling out, and this machine refuses it.
  static Browser launch(Playwright playwright) {
    return playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE)
        .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run")));
  }
}
