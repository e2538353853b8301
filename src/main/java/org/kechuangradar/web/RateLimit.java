package org.kechuangradar.web;

import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client address: each client may send {@code perSecond} requests a second on average and
 * bursts of four seconds' worth. Hand-written because the rule is ten lines and Javalin has none built in.
 */
final class RateLimit {
  private final double perSecond;
  private final double burst;
  private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

  private static final class Bucket {
    double tokens;
    long last;

    Bucket(double tokens, long last) {
      this.tokens = tokens;
      this.last = last;
    }
  }

  /** A limit of {@code perSecond} requests a second per client; 0 for none. */
  RateLimit(int perSecond) {
    this.perSecond = perSecond;
    this.burst = Math.max(20, perSecond * 4.0);
  }

  /**
   * What a request costs, in searches: an export of up to 10,000 rows takes seconds of a core where a search takes
   * milliseconds, and a page of 100 hits costs more than one of 20.
   */
  static double cost(String format, String size) {
    if (format != null && !format.equalsIgnoreCase("json")) {
      return format.equalsIgnoreCase("xlsx") ? 100 : 25;
    }
    try {
      // A size over the largest page is refused by the endpoint; it costs what the largest page would.
      return size == null ? 1 : Math.clamp(Integer.parseInt(size.strip()) / 20.0, 1, QueryParams.MAX_SIZE / 20.0);
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  /** Takes one request from the client's bucket; false when it is empty. */
  boolean allow(String client) {
    return allow(client, 1);
  }

  /** Takes a request of a given cost from the client's bucket; false when the bucket holds less. */
  boolean allow(String client, double cost) {
    if (perSecond <= 0) {
      return true;
    }
    long now = System.nanoTime();
    Bucket b = buckets.computeIfAbsent(client, c -> new Bucket(burst, now));
    synchronized (b) {
      b.tokens = Math.min(burst, b.tokens + (now - b.last) / 1e9 * perSecond);
      b.last = now;
      if (b.tokens < Math.min(cost, burst)) {
        return false;
      }
      b.tokens -= Math.min(cost, burst);
      return true;
    }
  }
}
