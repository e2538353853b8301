package org.kechuangradar.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.io.IOException;
import java.util.Optional;
import org.kechuangradar.account.AccountException;
import org.kechuangradar.account.Accounts;
import org.kechuangradar.account.LoginThrottle;
import org.kechuangradar.account.Role;
import org.kechuangradar.account.Sessions;
import org.kechuangradar.account.User;

/**
 * Logging in and out, who one is, and the admin's accounts: {@code POST /api/login} with JSON
 * {@code {"user", "password"}} sets the session cookie (HttpOnly, SameSite=Strict, Secure behind TLS) and answers
 * with the session's CSRF token; {@code POST /api/logout} ends the session.
 */
final class AuthRoutes {
  private static final int FREE_ATTEMPTS = 5;
  private static final long WINDOW_MILLIS = 15 * 60_000;

  private final Accounts accounts;
  private final Sessions sessions;
  private final Access access;
  private final LoginThrottle throttle = new LoginThrottle(FREE_ATTEMPTS, WINDOW_MILLIS);

  AuthRoutes(Accounts accounts, Sessions sessions, Access access) {
    this.accounts = accounts;
    this.sessions = sessions;
    this.access = access;
  }

  void login(Context ctx) throws IOException {
    JsonNode body = Bodies.json(ctx);
    String name = body.path("user").asText("");
    String address = ctx.ip();
    long wait = throttle.waitMillis(name, address);
    if (wait > 0) {
      ctx.header("Retry-After", String.valueOf((wait + 999) / 1000));
      Access.refuse(ctx, 429, "too many failed logins; try again in " + (wait + 999) / 1000 + " s");
      return;
    }
    Optional<User> user = name.isEmpty() ? Optional.empty()
        : accounts.authenticate(name, body.path("password").asText("").toCharArray());
    if (user.isEmpty()) {
      throttle.failed(name, address);
      Access.refuse(ctx, 401, "wrong account name or password");
      return;
    }
    throttle.succeeded(name);
    Sessions.Session s = sessions.create(user.get());
    Cookie cookie = new Cookie(Access.COOKIE, s.id());
    cookie.setHttpOnly(true);
    cookie.setSameSite(SameSite.STRICT);
    cookie.setPath("/");
    cookie.setSecure(secure(ctx));
    ctx.cookie(cookie);
    Api.json(ctx, me(user.get().name(), user.get().role(), s.csrf()));
  }

  void logout(Context ctx) throws IOException {
    if (access.mayWrite(ctx, "logouts", Role.VIEWER, true).isEmpty()) {
      return;
    }
    sessions.end(ctx.cookie(Access.COOKIE));
    Cookie gone = new Cookie(Access.COOKIE, "");
    gone.setMaxAge(0);
    gone.setPath("/");
    gone.setHttpOnly(true);
    gone.setSameSite(SameSite.STRICT);
    gone.setSecure(secure(ctx));
    ctx.cookie(gone);
    ctx.status(204);
  }

  /** Who the request is from, with the CSRF token its writes need; anonymous when no one. */
  void whoAmI(Context ctx) throws IOException {
    Optional<Access.Principal> p = access.who(ctx);
    ObjectNode out = p.isPresent() ? me(p.get().name(), p.get().role(), p.get().csrf())
        : Api.JSON.createObjectNode().putNull("user");
    out.put("accounts", access.accountsOn());
    Api.json(ctx, out);
  }

  void listUsers(Context ctx) throws IOException {
    if (admin(ctx).isEmpty()) {
      return;
    }
    ArrayNode out = Api.JSON.createArrayNode();
    accounts.list().forEach(u -> out.addObject().put("name", u.name()).put("role", u.role().code())
        .put("created", u.created()));
    Api.json(ctx, Api.JSON.createObjectNode().set("users", out));
  }

  void addUser(Context ctx) throws IOException {
    if (admin(ctx).isEmpty()) {
      return;
    }
    JsonNode body = Bodies.json(ctx);
    Role role = Role.of(body.path("role").asText("")).orElseThrow(() -> new QueryParams.BadRequest(
        "role must be viewer, editor or admin"));
    try {
      User u = accounts.add(body.path("name").asText(""), role, body.path("password").asText("").toCharArray());
      ctx.status(201);
      Api.json(ctx, Api.JSON.createObjectNode().put("name", u.name()).put("role", u.role().code()));
    } catch (AccountException e) {
      throw new QueryParams.BadRequest(e.getMessage());
    }
  }

  void removeUser(Context ctx) throws IOException {
    if (admin(ctx).isEmpty()) {
      return;
    }
    try {
      accounts.remove(ctx.pathParam("name"));
      ctx.status(204);
    } catch (AccountException e) {
      throw new QueryParams.BadRequest(e.getMessage());
    }
  }

  /** A new API token for the account asking (any role), shown once. */
  void newToken(Context ctx) throws IOException {
    Optional<Access.Principal> p = access.mayWrite(ctx, "API tokens", Role.VIEWER, true);
    if (p.isPresent()) {
      ctx.status(201);
      Api.json(ctx, Api.JSON.createObjectNode().put("token", accounts.newToken(p.get().name())));
    }
  }

  private Optional<Access.Principal> admin(Context ctx) throws IOException {
    return access.mayWrite(ctx, "accounts", Role.ADMIN, true);
  }

  private static ObjectNode me(String name, Role role, String csrf) {
    return Api.JSON.createObjectNode().put("user", name).put("role", role.code()).put("csrf", csrf);
  }

  // Behind a TLS proxy the request arrives as plain HTTP; the proxy says what the browser used.
  private static boolean secure(Context ctx) {
    return ctx.scheme().equals("https") || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
  }
}
