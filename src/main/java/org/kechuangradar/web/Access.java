package org.kechuangradar.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.kechuangradar.account.Accounts;
import org.kechuangradar.account.Role;
import org.kechuangradar.account.Sessions;

/**
 * Who may read and write. Without accounts the server reads for anyone and writes only for a client that sends
 * its token as {@code Authorization: Bearer …}. Once accounts exist, every API call needs an account: a session
 * cookie from {@code POST /api/login} or the account's own API token; a write needs the role that does it, and a
 * write made with the cookie needs the session's CSRF token in {@code X-CSRF-Token} and no foreign Origin. A
 * bearer token is never sent by a browser on its own, so a page of another site cannot write through a visitor.
 */
final class Access {
  static final String COOKIE = "radar_session";
  static final String CSRF_HEADER = "X-CSRF-Token";
  private static final String WHO = "radar.who";

  /**
   * Who made a request: an account, or the server's token (which has no account and may upload and save
   * watches, as before accounts existed).
   *
   * @param csrf the session's CSRF token when the request came with a session cookie, else empty
   */
  record Principal(String name, Role role, boolean account, String csrf) {}

  private final byte[] token;
  private final Optional<Accounts> accounts;
  private final Optional<Sessions> sessions;

  Access(String token) {
    this(token, Optional.empty(), Optional.empty());
  }

  /** Access with accounts: they are on when {@code accounts} is given. */
  Access(String token, Optional<Accounts> accounts, Optional<Sessions> sessions) {
    this.token = token == null || token.isBlank() ? new byte[0] : token.getBytes(StandardCharsets.UTF_8);
    this.accounts = accounts;
    this.sessions = sessions;
  }

  boolean accountsOn() {
    return accounts.isPresent();
  }

  /** Whether the server takes writes at all. */
  boolean writable() {
    return token.length > 0 || accountsOn();
  }

  /** Who sent a request, looked up once per request; empty for an anonymous one. */
  Optional<Principal> who(Context ctx) {
    Optional<Principal> known = ctx.attribute(WHO);
    if (known != null) {
      return known;
    }
    Optional<Principal> found = Optional.empty();
    String auth = ctx.header("Authorization");
    if (auth != null && auth.startsWith("Bearer ")) {
      String given = auth.substring(7).strip();
      if (token.length > 0 && MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8))) {
        found = Optional.of(new Principal("token", Role.EDITOR, false, ""));
      } else if (accounts.isPresent()) {
        found = accounts.get().byToken(given).map(u -> new Principal(u.name(), u.role(), true, ""));
      }
    } else if (sessions.isPresent()) {
      found = sessions.get().find(ctx.cookie(COOKIE)).map(s -> new Principal(s.user().name(), s.user().role(), true,
          s.csrf()));
    }
    ctx.attribute(WHO, found);
    return found;
  }

  /** Whether a request may read; when not, the 401 has been sent. */
  boolean mayRead(Context ctx) throws IOException {
    if (!accountsOn() || who(ctx).isPresent()) {
      return true;
    }
    refuse(ctx, 401, "please log in (POST /api/login) or send an API token");
    return false;
  }

  /** As {@link #mayWrite(Context, String, Role, boolean)} for an editor's write that the server's token may do too. */
  boolean mayWrite(Context ctx, String what) throws IOException {
    return mayWrite(ctx, what, Role.EDITOR, false).isPresent();
  }

  /**
   * Who may make a write, when they may; when not, the 403 (writes off, a role too low, a missing or wrong CSRF
   * token, a foreign origin) or 401 (not known) has been sent, before any of the request's body was read.
   */
  Optional<Principal> mayWrite(Context ctx, String what, Role needed, boolean accountNeeded) throws IOException {
    if (!writable()) {
      refuse(ctx, 403, what + " are off; start the server with --token (or RADAR_TOKEN) to allow them");
      return Optional.empty();
    }
    Optional<Principal> p = who(ctx);
    if (p.isEmpty()) {
      ctx.header("WWW-Authenticate", "Bearer");
      refuse(ctx, 401, accountsOn() ? "please log in, or send an API token (Authorization: Bearer …)"
          : "a valid token is required (Authorization: Bearer …)");
      return Optional.empty();
    }
    if (!p.get().csrf().isEmpty() && !sameOriginWithCsrf(ctx, p.get().csrf())) {
      refuse(ctx, 403, "a write with the session cookie needs the session's CSRF token (X-CSRF-Token) and this "
          + "site's origin");
      return Optional.empty();
    }
    if (accountNeeded && !p.get().account() || !p.get().role().covers(needed)) {
      refuse(ctx, 403, what + " need an account with the role " + needed.code() + (p.get().account()
          ? "; " + p.get().name() + " is " + p.get().role().code() : ""));
      return Optional.empty();
    }
    return p;
  }

  private static boolean sameOriginWithCsrf(Context ctx, String csrf) {
    String given = ctx.header(CSRF_HEADER);
    if (given == null || !MessageDigest.isEqual(csrf.getBytes(StandardCharsets.UTF_8),
        given.getBytes(StandardCharsets.UTF_8))) {
      return false;
    }
    String origin = ctx.header("Origin");
    if (origin == null) {
      return true;
    }
    try {
      URI o = new URI(origin);
      String host = ctx.header("Host");
      return host != null && host.equalsIgnoreCase(o.getRawAuthority());
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

  static void refuse(Context ctx, int status, String message) throws IOException {
    ctx.status(status);
    Api.json(ctx, Api.JSON.createObjectNode().put("error", message));
  }
}
