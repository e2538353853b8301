package org.kechuangradar.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.kechuangradar.account.AccountException;
import org.kechuangradar.account.Accounts;
import org.kechuangradar.account.Database;
import org.kechuangradar.account.Sessions;
import org.kechuangradar.app.Corrections;
import org.kechuangradar.app.IngestQueue;
import org.kechuangradar.app.Radar;
import org.kechuangradar.index.RecordFacets.Table;
import org.kechuangradar.index.Store;
import org.kechuangradar.review.ChangeLog;
import org.kechuangradar.review.Review;
import org.kechuangradar.review.ReviewException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web server: the REST API under {@code /api}, the web UI's pages and its assets, with the security rules
 * that apply to all of them (a Content-Security-Policy, request size and rate limits, the write API behind a
 * token). One place wires every route; the handlers live in {@link Api}, {@link WatchRoutes} and
 * {@link Uploads}.
 */
public final class WebServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
  /** The pages of the web UI; each is the same single page, which reads its address. */
  static final List<String> PAGES = List.of("/", "/search", "/documents/{id}", "/regions/{code}",
      "/organizations/{name}", "/people/{name}", "/policies", "/events", "/proposals", "/facilities", "/funds",
      "/calls", "/instruments", "/indicators", "/policy-records", "/policy-records/{id}", "/brief", "/timeline", "/map",
      "/matrix", "/watches", "/login", "/review", "/changes", "/users");
  // What an anonymous visitor may call once accounts are on: logging in, asking who one is, and a watch's feed, which
  // a feed reader fetches by the watch's random key without logging in.
  private static final java.util.Set<String> OPEN = java.util.Set.of("/api/login", "/api/me", "/api/openapi.json");
  private static final java.util.regex.Pattern FEED = java.util.regex.Pattern.compile("/api/watches/[^/]+/atom");
  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
      + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
      + "form-action 'self'";

  /**
   * How the server runs.
   *
   * @param host the address to bind; {@code 127.0.0.1} unless told otherwise
   * @param port the port, 0 for any free one
   * @param token the upload token, or null to keep uploads off
   * @param requestsPerSecond each client's sustained request rate; 0 for no limit
   * @param maxUploadBytes the largest request body
   * @param publicUrl the address users reach the server at, for links in feeds; empty for the bound address
   */
  public record Settings(String host, int port, String token, int requestsPerSecond, long maxUploadBytes,
      String publicUrl) {
    public static Settings local(int port) {
      return new Settings("127.0.0.1", port, null, 50, Radar.DEFAULT_MAX_BYTES, "");
    }

    public Settings withToken(String newToken) {
      return new Settings(host, port, newToken, requestsPerSecond, maxUploadBytes, publicUrl);
    }

    public Settings withRate(int perSecond) {
      return new Settings(host, port, token, perSecond, maxUploadBytes, publicUrl);
    }
  }

  /** Inputs waiting to be read for the upload endpoint. */
  static final int QUEUE_CAPACITY = 16;
  // A request body that arrives slower than this fails, so slow clients cannot hold the server's threads.
  private static final long MIN_REQUEST_BYTES_PER_SECOND = 1024;
  private static final long IDLE_TIMEOUT_MILLIS = 10_000;
  private static final Duration SESSION_IDLE = Duration.ofHours(8);
  private static final Duration SESSION_LONGEST = Duration.ofHours(24);

  private final Javalin app;
  private final IngestQueue queue;

  private WebServer(Javalin app, IngestQueue queue) {
    this.app = app;
    this.queue = queue;
  }

  /** Starts serving a store without accounts; uploads, when on, are cleaned by {@code radar} and stored there too. */
  public static WebServer start(Store store, Path dataDir, Radar radar, Settings settings) throws IOException {
    return start(store, dataDir, radar, settings, Optional.empty());
  }

  /**
   * Starts serving a store with the accounts and review changes of a database: accounts are on when it holds any
   * (then the store must be open for writing), and the server behaves as without one otherwise.
   */
  public static WebServer start(Store store, Path dataDir, Radar radar, Settings settings, Optional<Database> db)
      throws IOException {
    Api api = new Api(store);
    Optional<Accounts> accounts = db.map(Accounts::new).filter(Accounts::any);
    Optional<Sessions> sessions = accounts.flatMap(a -> db.map(d -> new Sessions(d, SESSION_IDLE, SESSION_LONGEST)));
    Access access = new Access(settings.token(), accounts, sessions);
    Optional<Review> review = accounts.flatMap(a -> db.map(d -> new Review(store, new ChangeLog(d))));
    IngestQueue queue = new IngestQueue(radar, store, QUEUE_CAPACITY, review.<Corrections>map(r -> r)
        .orElse(Corrections.NONE));
    Uploads uploads = new Uploads(queue, access, dataDir.resolve("uploads"), settings.maxUploadBytes());
    RateLimit rate = new RateLimit(settings.requestsPerSecond());
    // Feed links are relative unless the operator names the public address: a Host header is the client's word.
    WatchRoutes watches = new WatchRoutes(store, new Watches(dataDir), access,
        settings.publicUrl().replaceAll("/+$", ""));
    Optional<AuthRoutes> auth = accounts.map(a -> new AuthRoutes(a, sessions.orElseThrow(), access));
    Optional<ReviewRoutes> reviews = review.map(r -> new ReviewRoutes(r, queue, access));
    byte[] page = resource("/web/index.html");
    Javalin app = Javalin.create(cfg -> {
      cfg.startup.showJavalinBanner = false;
      cfg.http.maxRequestSize = settings.maxUploadBytes();
      cfg.jetty.multipartConfig.maxFileSize(settings.maxUploadBytes(), io.javalin.config.SizeUnit.BYTES);
      cfg.jetty.modifyHttpConfiguration(http -> {
        http.setIdleTimeout(IDLE_TIMEOUT_MILLIS);
        http.setMinRequestDataRate(MIN_REQUEST_BYTES_PER_SECOND);
      });
      cfg.staticFiles.add(files -> {
        files.hostedPath = "/";
        files.directory = "/web";
        files.location = Location.CLASSPATH;
        files.headers = java.util.Map.of("Cache-Control", "max-age=3600");
      });
      cfg.routes.before(ctx -> {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
      });
      cfg.routes.before("/api/*", ctx -> {
        if (!rate.allow(ctx.ip(), RateLimit.cost(ctx.queryParam("format"), ctx.queryParam("size")))) {
          ctx.header("Retry-After", "1");
          ctx.status(HttpStatus.TOO_MANY_REQUESTS);
          Api.json(ctx, Api.JSON.createObjectNode().put("error", "too many requests; slow down"));
          ctx.skipRemainingHandlers();
        } else if (!OPEN.contains(ctx.path()) && !FEED.matcher(ctx.path()).matches() && !access.mayRead(ctx)) {
          ctx.skipRemainingHandlers();
        }
      });
      cfg.routes.get("/api/search", api::search);
      cfg.routes.get("/api/documents/{id}", api::document);
      cfg.routes.post("/api/documents", uploads::upload);
      cfg.routes.get("/api/ingest/status", uploads::status);
      for (Table t : Table.values()) {
        cfg.routes.get("/api/" + t.path, ctx -> api.table(ctx, t));
      }
      cfg.routes.get("/api/instruments/comparison", api::comparison);
      cfg.routes.get("/api/policy-records", api::policyRecords);
      cfg.routes.get("/api/policy-records/{id}", api::policyRecord);
      cfg.routes.get("/api/labels", api::labels);
      cfg.routes.get("/api/brief", api::brief);
      cfg.routes.get("/api/regions/{code}", api::region);
      cfg.routes.get("/api/matrix", api::matrix);
      cfg.routes.get("/api/timeline", api::timeline);
      cfg.routes.get("/api/map", api::map);
      cfg.routes.get("/api/watches", watches::list);
      cfg.routes.post("/api/watches", watches::create);
      cfg.routes.get("/api/watches/{id}/new", watches::fresh);
      cfg.routes.get("/api/watches/{id}/atom", watches::atom);
      cfg.routes.delete("/api/watches/{id}", watches::delete);
      cfg.routes.get("/api/me", ctx -> whoAmI(ctx, auth));
      if (auth.isPresent()) {
        AuthRoutes a = auth.get();
        cfg.routes.post("/api/login", a::login);
        cfg.routes.post("/api/logout", a::logout);
        cfg.routes.get("/api/users", a::listUsers);
        cfg.routes.post("/api/users", a::addUser);
        cfg.routes.delete("/api/users/{name}", a::removeUser);
        cfg.routes.post("/api/tokens", a::newToken);
      }
      if (reviews.isPresent()) {
        ReviewRoutes r = reviews.get();
        cfg.routes.get("/api/review/queue", r::queue);
        cfg.routes.get("/api/review/changes", r::trail);
        cfg.routes.post("/api/review/changes", r::change);
        cfg.routes.post("/api/review/changes/{id}/undo", r::undo);
      }
      cfg.routes.get("/api/openapi.json", ctx -> ctx.contentType("application/json; charset=utf-8")
          .result(resource("/openapi.json")));
      for (String p : PAGES) {
        cfg.routes.get(p, ctx -> ctx.contentType("text/html; charset=utf-8").result(page));
      }
      cfg.routes.exception(QueryParams.BadRequest.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
      cfg.routes.exception(ReviewException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
      cfg.routes.exception(AccountException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
      cfg.routes.exception(Exception.class, (e, ctx) -> {
        LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
        error(ctx, 500, "internal error; the server log has the details");
      });
      cfg.routes.error(404, ctx -> {
        String type = ctx.res().getContentType();
        if (ctx.path().startsWith("/api/") && (type == null || !type.startsWith("application/json"))) {
          error(ctx, 404, "no such endpoint: " + ctx.path());
        }
      });
      cfg.routes.error(413, ctx -> error(ctx, 413, "request too large; the limit is " + settings.maxUploadBytes()
          + " bytes"));
    });
    app.start(settings.host(), settings.port());
    return new WebServer(app, queue);
  }

  private static void whoAmI(Context ctx, Optional<AuthRoutes> auth) throws IOException {
    if (auth.isPresent()) {
      auth.get().whoAmI(ctx);
    } else {
      Api.json(ctx, Api.JSON.createObjectNode().putNull("user").put("accounts", false));
    }
  }

  private static void error(Context ctx, int status, String message) {
    ctx.status(status);
    try {
      Api.json(ctx, Api.JSON.createObjectNode().put("error", message));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] resource(String name) {
    try (InputStream in = WebServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing from the jar: " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
    queue.close();
  }
}
