package org.kechuangradar.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;

/**
 * JSON request bodies. Only {@code application/json} is read: a form another site's page submits cannot send it
 * without the browser asking this server first, so no cross-site form reaches a JSON endpoint.
 */
final class Bodies {
  private static final int LARGEST = 64 * 1024;

  private Bodies() {}

  /** The body as a JSON object; a bad request otherwise. */
  static ObjectNode json(Context ctx) {
    String type = ctx.contentType();
    if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
      throw new QueryParams.BadRequest("the body must be JSON (Content-Type: application/json)");
    }
    byte[] body = ctx.bodyAsBytes();
    if (body.length > LARGEST) {
      throw new QueryParams.BadRequest("the body is larger than " + LARGEST + " bytes");
    }
    try {
      JsonNode n = Api.JSON.readTree(body);
      if (!(n instanceof ObjectNode o)) {
        throw new QueryParams.BadRequest("the body must be a JSON object");
      }
      return o;
    } catch (IOException e) {
      throw new QueryParams.BadRequest("the body is not JSON");
    }
  }
}
