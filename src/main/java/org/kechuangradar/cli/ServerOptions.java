package org.kechuangradar.cli;

import org.kechuangradar.app.Radar;
import org.kechuangradar.web.WebServer;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options of the web server, shared by {@code serve} and {@code demo}. */
final class ServerOptions {
  @Option(names = "--port", defaultValue = "8080", description = "Port to listen on; 0 for any free one (default: "
      + "${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default: ${DEFAULT-VALUE}, "
      + "this machine only; 0.0.0.0 serves every network).")
  String host;

  @Option(names = "--token", paramLabel = "TOKEN", defaultValue = "${env:RADAR_TOKEN}",
      description = "Allow uploads (POST /api/documents) by clients that send this token; uploads stay off "
          + "without it. Default: the RADAR_TOKEN environment variable.")
  String token;

  @Option(names = "--rate", defaultValue = "50", description = "Requests per second each client may make, in "
      + "bursts of four seconds' worth; 0 for no limit (default: ${DEFAULT-VALUE}).")
  int rate;

  // Uploads by address are fetched like ingest's inputs, under the same rule.
  @Mixin NetworkOption network;

  @Option(names = "--public-url", paramLabel = "URL", defaultValue = "",
      description = "The address users reach the server at (https://radar.example.org), for absolute links in "
          + "Atom feeds; without it the feeds' links are relative.")
  String publicUrl;

  /** The reader of uploads by address. */
  Radar radar() {
    return new Radar(Radar.DEFAULT_MAX_BYTES, Radar.DEFAULT_TIMEOUT, network.network());
  }

  /** The settings, or a parameter error naming the option that is out of range. */
  WebServer.Settings settings(picocli.CommandLine line) {
    if (port < 0 || port > 65535) {
      throw new picocli.CommandLine.ParameterException(line, "--port must be 0 to 65535, not " + port);
    }
    if (rate < 0) {
      throw new picocli.CommandLine.ParameterException(line, "--rate must be 0 (no limit) or more, not " + rate);
    }
    return settings();
  }

  private WebServer.Settings settings() {
    return new WebServer.Settings(host, port, token, rate, Radar.DEFAULT_MAX_BYTES, publicUrl);
  }
}
