package org.kechuangradar.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.kechuangradar.account.Role;
import org.kechuangradar.account.User;
import org.kechuangradar.app.IngestQueue;
import org.kechuangradar.index.RecordFacets.Table;
import org.kechuangradar.index.SearchQuery;
import org.kechuangradar.review.Action;
import org.kechuangradar.review.Change;
import org.kechuangradar.review.Review;
import org.kechuangradar.review.ReviewException;

/**
 * The editors' API: the review queue of a kind of fact, the changes they make (accept, correct, reject, merge,
 * split), the audit trail with its export, and undo. Changes run on the ingest queue's writer thread, between
 * uploads, and answer once they are committed.
 */
final class ReviewRoutes {
  private static final long WAIT_SECONDS = 60;
  private static final int MAX_TRAIL = 10_000;

  private final Review review;
  private final IngestQueue queue;
  private final Access access;

  ReviewRoutes(Review review, IngestQueue queue, Access access) {
    this.review = review;
    this.queue = queue;
    this.access = access;
  }

  /** {@code GET /api/review/queue?of=events&…}: what is left to review, the least certain first. */
  void queue(Context ctx) throws IOException {
    Table table = table(ctx.queryParam("of"));
    SearchQuery scope = QueryParams.read(ctx::queryParam, 50);
    Review.Queue queue = review.queue(table, scope, scope.limit());
    ObjectNode out = Api.JSON.createObjectNode().put("of", table.path).put("total", queue.open());
    out.putArray("rows").addAll(new ArrayList<JsonNode>(queue.rows()));
    Api.json(ctx, out);
  }

  /** {@code POST /api/review/changes}: one change, as JSON; answers with the change as the trail keeps it. */
  void change(Context ctx) throws Exception {
    Optional<Access.Principal> p = access.mayWrite(ctx, "review changes", Role.EDITOR, true);
    if (p.isEmpty()) {
      return;
    }
    ObjectNode body = Bodies.json(ctx);
    User user = new User(p.get().name(), p.get().role(), 0);
    Action action = Action.of(body.path("action").asText("")).filter(a -> a != Action.UNDO)
        .orElseThrow(() -> new QueryParams.BadRequest("action must be accept, edit, reject, merge or split"));
    Change made = run(() -> switch (action) {
      case ACCEPT -> review.accept(user, table(text(body, "of")), text(body, "document"), text(body, "key"));
      case REJECT -> review.reject(user, table(text(body, "of")), text(body, "document"), text(body, "key"));
      case EDIT -> {
        if (!(body.get("fields") instanceof ObjectNode fields)) {
          throw new QueryParams.BadRequest("an edit gives its fields as an object: {\"fields\": {\"date\": …}}");
        }
        yield review.correct(user, table(text(body, "of")), text(body, "document"), text(body, "key"), fields);
      }
      case MERGE -> switch (table(text(body, "of"))) {
        case ORGANIZATION -> review.mergeOrganizations(user, text(body, "from"), text(body, "into"));
        case POLICY -> review.mergePolicies(user, text(body, "from"), text(body, "into"));
        default -> throw new QueryParams.BadRequest("only organizations and policies are merged");
      };
      case SPLIT -> {
        List<String> docs = new ArrayList<>();
        body.path("documents").forEach(d -> docs.add(d.asText()));
        yield body.path("of").asText("policies").equals(Table.ORGANIZATION.path)
            ? review.splitOrganization(user, text(body, "name"), docs, text(body, "into"))
            : review.splitPolicy(user, text(body, "record"), docs);
      }
      case UNDO -> throw new IllegalStateException("filtered above");
    });
    ctx.status(201);
    Api.json(ctx, json(made));
  }

  /** {@code POST /api/review/changes/{id}/undo}. */
  void undo(Context ctx) throws Exception {
    Optional<Access.Principal> p = access.mayWrite(ctx, "review changes", Role.EDITOR, true);
    if (p.isEmpty()) {
      return;
    }
    long id;
    try {
      id = Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      throw new QueryParams.BadRequest("a change is named by its number, not " + ctx.pathParam("id"));
    }
    User user = new User(p.get().name(), p.get().role(), 0);
    Change undo = run(() -> review.undo(user, id));
    ctx.status(201);
    Api.json(ctx, json(undo));
  }

  /** {@code GET /api/review/changes}: the audit trail, newest first; {@code format=csv|xlsx|jsonl} exports it. */
  void trail(Context ctx) throws IOException {
    Export.Format format = ctx.queryParam("format") == null || ctx.queryParam("format").equals("json") ? null
        : Export.Format.of(ctx.queryParam("format"));
    int size = format != null ? MAX_TRAIL : QueryParams.number(ctx::queryParam, "size", 100, 1, MAX_TRAIL);
    List<JsonNode> rows = new ArrayList<>();
    review.log().trail(size).forEach(c -> rows.add(json(c)));
    if (format == null) {
      ObjectNode out = Api.JSON.createObjectNode();
      out.putArray("changes").addAll(rows);
      Api.json(ctx, out);
      return;
    }
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    Export.write(format, List.of(Export.Column.field("编号", "id"), Export.Column.field("时间", "time"),
        Export.Column.field("用户", "user"), Export.Column.field("操作", "action"), Export.Column.field("类别", "of"),
        Export.Column.field("文章", "document"), Export.Column.field("事实", "key"), Export.Column.field("修改前", "before"),
        Export.Column.field("修改后", "after"), Export.Column.field("原句", "sentence"),
        Export.Column.field("撤销", "undoes"), Export.Column.field("被撤销", "undone_by")), rows, bytes);
    ctx.contentType(format.contentType);
    ctx.header("Content-Disposition", "attachment; filename=\"radar-changes." + format.extension + "\"");
    ctx.result(bytes.toByteArray());
  }

  private <T> T run(java.util.concurrent.Callable<T> work) throws Exception {
    try {
      return queue.edit(work).get(WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof ReviewException | e.getCause() instanceof QueryParams.BadRequest) {
        throw (RuntimeException) e.getCause();
      }
      throw e;
    } catch (TimeoutException e) {
      throw new IOException("the change did not finish within " + WAIT_SECONDS + " s", e);
    }
  }

  static ObjectNode json(Change c) {
    ObjectNode o = Api.JSON.createObjectNode().put("id", c.id())
        .put("time", java.time.Instant.ofEpochMilli(c.at()).toString()).put("user", c.user())
        .put("action", c.action().code()).put("of", c.table().path).put("document", c.document()).put("key", c.key())
        .put("before", c.before()).put("after", c.after()).put("sentence", c.sentence());
    if (c.undoes() != 0) {
      o.put("undoes", c.undoes());
    }
    if (c.undoneBy() != 0) {
      o.put("undone_by", c.undoneBy());
    }
    return o;
  }

  static Table table(String kind) {
    return Table.of(kind).orElseThrow(() -> new QueryParams.BadRequest("of must be one of "
        + String.join(", ", java.util.Arrays.stream(Table.values()).map(t -> t.path).toList())));
  }


  private static String text(JsonNode body, String field) {
    String v = body.path(field).asText("");
    if (v.isBlank()) {
      throw new QueryParams.BadRequest("the change needs " + field);
    }
    return v;
  }
}
