package org.kechuangradar.account;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordsTest {
  @Test
  void argon2idHashesVerifyTheirPasswordOnly() {
    String h = Passwords.hash("科创雷达 password".toCharArray());
    assertTrue(h.startsWith("$argon2id$v=19$m=" + Passwords.MEMORY_KIB + ",t=" + Passwords.PASSES + ",p=1$"), h);
    assertTrue(Passwords.verify("科创雷达 password".toCharArray(), h));
    assertFalse(Passwords.verify("科创雷达 passwore".toCharArray(), h));
    assertFalse(Passwords.verify("".toCharArray(), h));
    assertNotEquals(h, Passwords.hash("科创雷达 password".toCharArray()), "each hash has its own salt");
  }

  @Test
  void anythingElseVerifiesNothing() {
    for (String bad : new String[] {"", "$", "plain", "$argon2i$v=19$m=8,t=1,p=1$AAAA$AAAA",
        "$argon2id$v=19$m=x,t=1,p=1$AAAA$AAAA", "$argon2id$v=19$m=8,t=1,p=1$!!$AAAA"}) {
      assertFalse(Passwords.verify("x".toCharArray(), bad), bad);
    }
  }
}
