package org.kechuangradar.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Who may write: a client that sends the server's token as {@code Authorization: Bearer …}. Without a token the
 * server writes nothing for anyone. A bearer token is never sent by a browser on its own, so a page of another
 * site cannot write through a visitor's browser.
 */
final class Access {
  private final byte[] token;

  Access(String token) {
    this.token = token == null || token.isBlank() ? new byte[0] : token.getBytes(StandardCharsets.UTF_8);
  }

  /** Whether the server takes writes at all. */
  boolean writable() {
    return token.length > 0;
  }

  /**
   * Whether a request may write; when not, the 403 (no token on the server) or 401 (wrong or missing token) has
   * been sent, before any of the request's body was read.
   */
  boolean mayWrite(Context ctx, String what) throws IOException {
    if (!writable()) {
      ctx.status(403);
      Api.json(ctx, Api.JSON.createObjectNode().put("error", what + " are off; start the server with --token "
          + "(or RADAR_TOKEN) to allow them"));
      return false;
    }
    String auth = ctx.header("Authorization");
    byte[] given = auth != null && auth.startsWith("Bearer ")
        ? auth.substring(7).strip().getBytes(StandardCharsets.UTF_8) : new byte[0];
    if (!MessageDigest.isEqual(token, given)) {
      ctx.status(401);
      ctx.header("WWW-Authenticate", "Bearer");
      Api.json(ctx, Api.JSON.createObjectNode().put("error", "a valid token is required (Authorization: Bearer …)"));
      return false;
    }
    return true;
  }
}
