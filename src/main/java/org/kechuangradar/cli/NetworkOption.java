package org.kechuangradar.cli;

import org.kechuangradar.ingest.Fetcher;
import picocli.CommandLine.Option;

/** Whether addresses on this machine and its networks may be fetched; shared by every command that fetches. */
final class NetworkOption {
  @Option(names = "--allow-private-addresses", description = "Fetch loopback, private, link-local and multicast "
      + "addresses too (refused by default, also after a redirect, so that a URL cannot reach this machine's or "
      + "its network's services).")
  boolean allowPrivate;

  Fetcher.Network network() {
    return allowPrivate ? Fetcher.Network.ANY : Fetcher.Network.PUBLIC_ONLY;
  }
}
