package org.kechuangradar.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The address classifier on the spellings a client could use to reach the server's own machine or network. */
class AddressKindTest {
  private static AddressKind kind(String literal) throws UnknownHostException {
    return AddressKind.of(InetAddress.getByName(literal));
  }

  @Test
  void judgesEverySpellingOfAnAddressByWhereItLeads() throws UnknownHostException {
    Map<String, AddressKind> expected = Map.ofEntries(
        Map.entry("127.0.0.1", AddressKind.LOOPBACK),
        Map.entry("127.1", AddressKind.LOOPBACK),
        Map.entry("127.255.255.254", AddressKind.LOOPBACK),
        Map.entry("2130706433", AddressKind.LOOPBACK),
        Map.entry("::1", AddressKind.LOOPBACK),
        Map.entry("[::1]", AddressKind.LOOPBACK),
        Map.entry("::ffff:127.0.0.1", AddressKind.LOOPBACK),
        Map.entry("[::ffff:7f00:1]", AddressKind.LOOPBACK),
        Map.entry("::127.0.0.1", AddressKind.LOOPBACK),
        Map.entry("64:ff9b::7f00:1", AddressKind.LOOPBACK),
        Map.entry("0.0.0.0", AddressKind.UNSPECIFIED),
        Map.entry("0", AddressKind.UNSPECIFIED),
        Map.entry("0.1.2.3", AddressKind.UNSPECIFIED),
        Map.entry("::", AddressKind.UNSPECIFIED),
        Map.entry("10.0.0.1", AddressKind.PRIVATE),
        Map.entry("167772161", AddressKind.PRIVATE),
        Map.entry("172.16.0.1", AddressKind.PRIVATE),
        Map.entry("172.31.255.255", AddressKind.PRIVATE),
        Map.entry("192.168.1.1", AddressKind.PRIVATE),
        Map.entry("::ffff:192.168.1.1", AddressKind.PRIVATE),
        Map.entry("::ffff:10.0.0.1", AddressKind.PRIVATE),
        Map.entry("fec0::1", AddressKind.PRIVATE),
        Map.entry("169.254.169.254", AddressKind.LINK_LOCAL),
        Map.entry("::ffff:169.254.169.254", AddressKind.LINK_LOCAL),
        Map.entry("fe80::1", AddressKind.LINK_LOCAL),
        Map.entry("100.64.0.1", AddressKind.SHARED),
        Map.entry("100.127.255.255", AddressKind.SHARED),
        Map.entry("fc00::1", AddressKind.UNIQUE_LOCAL),
        Map.entry("fd12:3456:789a::1", AddressKind.UNIQUE_LOCAL),
        Map.entry("224.0.0.1", AddressKind.MULTICAST),
        Map.entry("239.255.255.250", AddressKind.MULTICAST),
        Map.entry("ff02::1", AddressKind.MULTICAST),
        Map.entry("240.0.0.1", AddressKind.RESERVED),
        Map.entry("255.255.255.255", AddressKind.RESERVED),
        Map.entry("8.8.8.8", AddressKind.PUBLIC),
        Map.entry("172.32.0.1", AddressKind.PUBLIC),
        Map.entry("100.128.0.1", AddressKind.PUBLIC),
        Map.entry("192.169.0.1", AddressKind.PUBLIC),
        Map.entry("::ffff:8.8.8.8", AddressKind.PUBLIC),
        Map.entry("2001:4860:4860::8888", AddressKind.PUBLIC));
    expected.forEach((literal, kind) -> {
      try {
        assertEquals(kind, kind(literal), literal);
      } catch (UnknownHostException e) {
        throw new AssertionError(literal, e);
      }
    });
  }

  @Test
  void refusesAHostWhenAnyOfItsAddressesIsNotPublic() throws UnknownHostException {
    AddressKind.Refusal refusal = AddressKind.firstNonPublic("localhost");
    assertEquals(AddressKind.LOOPBACK, refusal.kind());
    assertNull(AddressKind.firstNonPublic("8.8.8.8"));
    assertEquals("a carrier-grade NAT (shared) address", AddressKind.SHARED.described());
  }
}
