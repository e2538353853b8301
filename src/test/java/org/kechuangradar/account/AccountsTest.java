package org.kechuangradar.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Accounts, API tokens and sessions on the embedded H2 and on a real PostgreSQL. */
class AccountsTest {
  @TempDir Path dir;

  static java.util.stream.Stream<String> kinds() {
    return TestDatabases.kinds();
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void addAuthenticateListRemove(String kind) throws Exception {
    try (Database db = TestDatabases.fresh(kind, dir)) {
      Accounts a = new Accounts(db);
      assertFalse(a.any());
      a.add("wang.li", Role.ADMIN, "correct horse battery".toCharArray());
      a.add("编辑01", Role.EDITOR, "another long secret".toCharArray());
      assertTrue(a.any());
      assertEquals(List.of("wang.li", "编辑01"), a.list().stream().map(User::name).toList());
      assertEquals(Role.EDITOR, a.authenticate("编辑01", "another long secret".toCharArray()).orElseThrow().role());
      assertTrue(a.authenticate("编辑01", "another long secreT".toCharArray()).isEmpty());
      assertTrue(a.authenticate("nobody", "another long secret".toCharArray()).isEmpty());
      AccountException taken = assertThrows(AccountException.class,
          () -> a.add("wang.li", Role.VIEWER, "yet another secret".toCharArray()));
      assertEquals("an account named wang.li exists already", taken.getMessage());
      // The last admin stays while others are left.
      assertThrows(AccountException.class, () -> a.remove("wang.li"));
      a.remove("编辑01");
      a.remove("wang.li");
      assertFalse(a.any());
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void badNamesAndShortPasswordsAreRefused(String kind) throws Exception {
    try (Database db = TestDatabases.fresh(kind, dir)) {
      Accounts a = new Accounts(db);
      for (String name : List.of("", "a b", "x'; DROP TABLE users; --", "<script>", "a".repeat(65))) {
        assertThrows(AccountException.class, () -> a.add(name, Role.VIEWER, "long enough secret".toCharArray()), name);
      }
      assertThrows(AccountException.class, () -> a.add("short", Role.VIEWER, "123456789".toCharArray()));
      assertFalse(a.any());
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void tokensOpenTheirAccountUntilItGoes(String kind) throws Exception {
    try (Database db = TestDatabases.fresh(kind, dir)) {
      Accounts a = new Accounts(db);
      a.add("admin", Role.ADMIN, "correct horse battery".toCharArray());
      a.add("reader", Role.VIEWER, "correct horse battery".toCharArray());
      String token = a.newToken("reader");
      assertTrue(token.startsWith("rk_") && token.length() > 40, token);
      assertEquals("reader", a.byToken(token).orElseThrow().name());
      assertTrue(a.byToken(token + "x").isEmpty());
      a.remove("reader");
      assertTrue(a.byToken(token).isEmpty());
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void sessionsExpireEndAndEndWithANewPassword(String kind) throws Exception {
    try (Database db = TestDatabases.fresh(kind, dir)) {
      Accounts a = new Accounts(db);
      User u = a.add("editor", Role.EDITOR, "correct horse battery".toCharArray());
      Sessions brief = new Sessions(db, Duration.ofMillis(300), Duration.ofHours(1));
      Sessions.Session s = brief.create(u);
      assertEquals("editor", brief.find(s.id()).orElseThrow().user().name());
      assertEquals(s.csrf(), brief.find(s.id()).orElseThrow().csrf());
      Thread.sleep(400);
      assertTrue(brief.find(s.id()).isEmpty(), "idle past its time");

      Sessions day = new Sessions(db, Duration.ofHours(8), Duration.ofHours(24));
      Sessions.Session t = day.create(u);
      day.end(t.id());
      assertTrue(day.find(t.id()).isEmpty(), "ended by logout");
      Sessions.Session v = day.create(u);
      a.setPassword("editor", "a brand new secret".toCharArray());
      assertTrue(day.find(v.id()).isEmpty(), "ended by a new password");
      assertTrue(day.find("").isEmpty());
      assertTrue(day.find(null).isEmpty());
    }
  }
}
