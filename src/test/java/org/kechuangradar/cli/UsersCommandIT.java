package org.kechuangradar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code radar users}: an admin's accounts, the password read from standard input, each refusal one line. */
class UsersCommandIT {
  @TempDir Path data;

  private Cli run(String stdin, String... args) {
    InputStream was = System.in;
    System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    try {
      return Cli.run(args);
    } finally {
      System.setIn(was);
    }
  }

  @Test
  void theAdminAddsListsChangesAndRemovesAccounts() {
    String dir = data.toString();
    Cli none = run("", "users", "list", "--data", dir);
    assertEquals(0, none.exitCode());
    assertTrue(none.out().contains("no accounts"), none.out());

    Cli first = run("a long admin secret\n", "users", "add", "wang", "--role", "admin", "--data", dir);
    assertEquals(0, first.exitCode(), first.err());
    assertTrue(first.out().contains("accounts are on"), first.out());
    assertEquals(0, run("an editor's secret\n", "users", "add", "li", "--role", "editor", "--data", dir).exitCode());

    Cli again = run("another long secret\n", "users", "add", "wang", "--role", "viewer", "--data", dir);
    assertEquals(1, again.exitCode());
    assertEquals("radar: an account named wang exists already", again.err().strip());
    Cli shortOne = run("short\n", "users", "add", "zhao", "--role", "viewer", "--data", dir);
    assertEquals(1, shortOne.exitCode());
    assertTrue(shortOne.err().contains("at least 10 characters"), shortOne.err());
    assertEquals(1, run("", "users", "add", "zhao", "--role", "viewer", "--data", dir).exitCode(), "no password");
    Cli badRole = run("a long enough one\n", "users", "add", "zhao", "--role", "boss", "--data", dir);
    assertEquals(2, badRole.exitCode());

    Cli list = run("", "users", "list", "--data", dir);
    assertTrue(list.out().matches("(?s)li\\s+editor.*wang\\s+admin.*"), list.out());
    assertEquals(0, run("a brand new secret\n", "users", "passwd", "li", "--data", dir).exitCode());
    Cli token = run("", "users", "token", "li", "--data", dir);
    assertTrue(token.out().strip().startsWith("rk_"), token.out());

    Cli lastAdmin = run("", "users", "remove", "wang", "--data", dir);
    assertEquals(1, lastAdmin.exitCode());
    assertTrue(lastAdmin.err().contains("last admin"), lastAdmin.err());
    assertEquals(0, run("", "users", "remove", "li", "--data", dir).exitCode());
    Cli unknown = run("", "users", "remove", "li", "--data", dir);
    assertEquals("radar: no account named li", unknown.err().strip());
  }
}
