package org.kechuangradar.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {
  @Test
  void failuresPastTheFreeOnesMakeTheAccountAndTheAddressWait() {
    LoginThrottle t = new LoginThrottle(3, 60_000);
    for (int i = 0; i < 3; i++) {
      assertEquals(0, t.waitMillis("alice", "10.0.0.1"));
      t.failed("alice", "10.0.0.1");
    }
    assertTrue(t.waitMillis("alice", "10.0.0.9") > 0, "the account waits from any address");
    assertEquals(0, t.waitMillis("bob", "10.0.0.1"), "others behind the same address may still try");
    for (int i = 0; i < 9; i++) {
      t.failed("carol" + i, "10.0.0.1");
    }
    assertTrue(t.waitMillis("bob", "10.0.0.1") > 0, "an address that fails for many accounts waits for any");
    assertEquals(0, t.waitMillis("bob", "10.0.0.2"));
    t.succeeded("alice");
    assertEquals(0, t.waitMillis("alice", "10.0.0.9"));
  }
}
