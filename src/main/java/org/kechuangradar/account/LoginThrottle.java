package org.kechuangradar.account;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@code free} failed logins for an account, or four times as many from an address
 * (an office shares one), within a window, each further attempt must wait, twice as long after each failure, up to
 * the window. Kept in memory: a restart forgets it, which costs a guesser nothing it did not have. Hand-written
 * because it is a few lines.
 */
public final class LoginThrottle {
  private static final int ADDRESS_SHARE = 4;
  private final int free;
  private final long windowMillis;
  private final ConcurrentHashMap<String, Failures> byKey = new ConcurrentHashMap<>();

  private record Failures(int count, long first, long last) {}

  public LoginThrottle(int free, long windowMillis) {
    this.free = free;
    this.windowMillis = windowMillis;
  }

  /** Milliseconds until the account or address may try again; 0 when it may now. */
  public long waitMillis(String account, String address) {
    long now = System.currentTimeMillis();
    return Math.max(wait("u:" + account, free, now), wait("a:" + address, free * ADDRESS_SHARE, now));
  }

  private long wait(String key, int allowed, long now) {
    Failures f = byKey.get(key);
    if (f == null || now - f.first() > windowMillis || f.count() < allowed) {
      return 0;
    }
    long delay = Math.min(windowMillis, 1000L << Math.min(20, f.count() - allowed));
    return Math.max(0, f.last() + delay - now);
  }

  public void failed(String account, String address) {
    long now = System.currentTimeMillis();
    for (String key : new String[] {"u:" + account, "a:" + address}) {
      byKey.compute(key, (k, f) -> f == null || now - f.first() > windowMillis ? new Failures(1, now, now)
          : new Failures(f.count() + 1, f.first(), now));
    }
  }

  /** A login that succeeded clears its account's failures, not its address's. */
  public void succeeded(String account) {
    byKey.remove("u:" + account);
  }
}
