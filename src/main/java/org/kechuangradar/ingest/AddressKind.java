package org.kechuangradar.ingest;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * What kind of network an address is on, so that a fetch made on a client's behalf never reaches the server's own
 * machine or its private network. IPv6 forms that carry an IPv4 address (mapped, compatible, NAT64) are judged by
 * the IPv4 address they carry.
 */
enum AddressKind {
  PUBLIC("a public"),
  LOOPBACK("a loopback"),
  UNSPECIFIED("an unspecified (any-local)"),
  LINK_LOCAL("a link-local"),
  PRIVATE("a private"),
  SHARED("a carrier-grade NAT (shared)"),
  UNIQUE_LOCAL("a unique-local"),
  MULTICAST("a multicast"),
  RESERVED("a reserved");

  private static final byte[] NAT64_PREFIX = {0, 0x64, (byte) 0xff, (byte) 0x9b, 0, 0, 0, 0, 0, 0, 0, 0};

  private final String article;

  AddressKind(String article) {
    this.article = article;
  }

  /** "a loopback address", for reasons. */
  String described() {
    return article + " address";
  }

  static AddressKind of(InetAddress address) {
    if (address instanceof Inet6Address v6) {
      byte[] b = v6.getAddress();
      if (isZero(b, 0, 15) && b[15] <= 1) {
        return b[15] == 0 ? UNSPECIFIED : LOOPBACK;
      }
      if (v6.isIPv4CompatibleAddress() || Arrays.equals(b, 0, 12, NAT64_PREFIX, 0, 12)) {
        return ofIpv4(Arrays.copyOfRange(b, 12, 16));
      }
      if ((b[0] & 0xFE) == 0xFC) {
        return UNIQUE_LOCAL;
      }
      if (v6.isLinkLocalAddress() || v6.isSiteLocalAddress()) {
        return v6.isLinkLocalAddress() ? LINK_LOCAL : PRIVATE;
      }
      return v6.isMulticastAddress() ? MULTICAST : PUBLIC;
    }
    return ofIpv4(address.getAddress());
  }

  /** Judged on the bytes rather than InetAddress's isXxx methods, which miss 0/8, 100.64/10 and 240/4. */
  private static AddressKind ofIpv4(byte[] b) {
    int a = b[0] & 0xFF;
    int second = b[1] & 0xFF;
    if (a == 127) {
      return LOOPBACK;
    }
    if (a == 0) {
      return UNSPECIFIED;
    }
    if (a == 10 || a == 172 && (second & 0xF0) == 16 || a == 192 && second == 168) {
      return PRIVATE;
    }
    if (a == 169 && second == 254) {
      return LINK_LOCAL;
    }
    if (a == 100 && (second & 0xC0) == 64) {
      return SHARED;
    }
    if (a >= 224 && a <= 239) {
      return MULTICAST;
    }
    return a >= 240 ? RESERVED : PUBLIC;
  }

  private static boolean isZero(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return true;
  }

  /** The first address of {@code host} that is not public, with its kind; null when all are public. */
  static Refusal firstNonPublic(String host) throws UnknownHostException {
    for (InetAddress address : InetAddress.getAllByName(host)) {
      AddressKind kind = of(address);
      if (kind != PUBLIC) {
        return new Refusal(address, kind);
      }
    }
    return null;
  }

  /** An address a fetch may not reach, and why. */
  record Refusal(InetAddress address, AddressKind kind) {}
}
