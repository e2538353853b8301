package org.kechuangradar.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.Optional;
import org.kechuangradar.account.Accounts;
import org.kechuangradar.account.Database;
import org.kechuangradar.app.Radar;
import org.kechuangradar.index.Store;
import org.kechuangradar.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code radar serve}: the REST API and the web UI over a store, until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the REST API (/api, described at /api/openapi.json) and the web UI over a store.")
public final class ServeCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin DataDirOption data;
  @Mixin ServerOptions server;
  @Mixin DatabaseOption db;

  @Override
  public Integer call() throws Exception {
    if (!java.nio.file.Files.isDirectory(data.dir.resolve("index"))) {
      spec.commandLine().getErr().println("radar serve: no store in " + data.dir
          + " (ingest articles first: radar ingest --data " + data.dir + " FILES…)");
      return 1;
    }
    WebServer.Settings settings = server.settings(spec.commandLine());
    try (Database database = db.exists(data.dir) ? db.open(data.dir) : null) {
      boolean accounts = database != null && new Accounts(database).any();
      // Without a token or accounts the server writes nothing to the index, so it reads only and leaves the lock
      // to an ingest; editors' corrections write to it.
      boolean writes = accounts || server.token != null && !server.token.isBlank();
      try (Store store = writes ? Radar.openStore(data.dir) : Radar.openStoreForReading(data.dir)) {
        serveUntilStopped(spec.commandLine().getOut(), store, data.dir, settings, server.radar(),
            accounts ? Optional.of(database) : Optional.empty());
      }
    }
    return 0;
  }

  /** Starts the server, prints its address and blocks until the process is interrupted or killed. */
  static void serveUntilStopped(PrintWriter out, Store store, java.nio.file.Path dir, WebServer.Settings settings,
      Radar radar, Optional<Database> accounts) throws Exception {
    try (WebServer web = WebServer.start(store, dir, radar, settings, accounts)) {
      out.printf("Kechuang Radar serves %s at http://%s:%d/ (API: /api, OpenAPI: /api/openapi.json). "
          + "Ctrl-C stops it.%n", dir, hostForLink(settings.host()), web.port());
      out.flush();
      CountDownLatch stopped = new CountDownLatch(1);
      Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
      stopped.await();
    }
  }

  private static String hostForLink(String host) {
    return host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host;
  }
}
