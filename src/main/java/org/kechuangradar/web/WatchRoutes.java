package org.kechuangradar.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.kechuangradar.app.Printable;
import org.kechuangradar.index.SearchQuery;
import org.kechuangradar.index.SearchResult;
import org.kechuangradar.index.Store;
import org.kechuangradar.time.PartialDate;

/**
 * The watch endpoints: save a search, list what arrived since the last look, and an Atom feed per watch. Every
 * one but the feed needs the server's token; the feed is read by its watch's random key, which feed readers keep.
 */
final class WatchRoutes {
  private static final int FEED_ENTRIES = 50;
  /** The most watches a store keeps. */
  static final int MAX_WATCHES = 200;
  /** The largest body of a request that saves a watch. */
  static final int MAX_BODY = 16 * 1024;
  private final Store store;
  private final Watches watches;
  private final Access access;
  private final String base;

  /** Watches over a store; feed links start with {@code base}, the server's address as its users know it. */
  WatchRoutes(Store store, Watches watches, Access access, String base) {
    this.store = store;
    this.watches = watches;
    this.access = access;
    this.base = base;
  }

  /** {@code GET /api/watches}. */
  void list(Context ctx) throws IOException {
    if (!access.mayWrite(ctx, "watches")) {
      return;
    }
    ArrayNode out = Api.JSON.createArrayNode();
    watches.all().forEach(w -> out.add(Api.JSON.valueToTree(w)));
    Api.json(ctx, out);
  }

  /** {@code POST /api/watches} with {@code {"name": …, "params": {"q": …, "region": …}}}. */
  void create(Context ctx) throws IOException {
    if (!access.mayWrite(ctx, "watches")) {
      return;
    }
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(java.util.Locale.ROOT);
    if (!type.startsWith("application/json")) {
      ctx.status(415);
      Api.json(ctx, Api.JSON.createObjectNode().put("error", "send the watch as Content-Type: application/json"));
      return;
    }
    if (ctx.contentLength() > MAX_BODY) {
      ctx.status(413);
      Api.json(ctx, Api.JSON.createObjectNode().put("error", "a watch is at most " + MAX_BODY + " bytes"));
      return;
    }
    if (watches.all().size() >= MAX_WATCHES) {
      ctx.status(409);
      Api.json(ctx, Api.JSON.createObjectNode().put("error", "the store keeps at most " + MAX_WATCHES
          + " watches; delete some first"));
      return;
    }
    JsonNode body;
    try {
      byte[] bytes = ctx.bodyInputStream().readNBytes(MAX_BODY + 1);
      if (bytes.length > MAX_BODY) {
        throw new QueryParams.BadRequest("a watch is at most " + MAX_BODY + " bytes");
      }
      body = Api.JSON.readTree(bytes);
    } catch (IOException e) {
      throw new QueryParams.BadRequest("the body must be JSON: {\"name\": …, \"params\": {…}}");
    }
    if (body == null || !body.path("params").isObject()) {
      throw new QueryParams.BadRequest("the body must be JSON: {\"name\": …, \"params\": {…}}");
    }
    Map<String, String> params = new LinkedHashMap<>();
    body.get("params").fields().forEachRemaining(e -> {
      if (QueryParams.NAMES.contains(e.getKey()) && !e.getKey().equals("page") && !e.getKey().equals("size")) {
        params.put(e.getKey(), e.getValue().asText());
      }
    });
    QueryParams.read(params::get, 10);
    String name = body.path("name").asText("").strip();
    if (name.isEmpty() || name.length() > 100) {
      throw new QueryParams.BadRequest("a watch needs a name of 1 to 100 characters");
    }
    if (Printable.hasControls(name)) {
      throw new QueryParams.BadRequest("a watch name may not hold control characters: " + Printable.line(name));
    }
    Watches.Watch w = watches.add(name, params);
    ctx.status(201);
    Api.json(ctx, Api.JSON.valueToTree(w));
  }

  /** {@code GET /api/watches/{id}/new}: documents stored since the last look, newest first; counts as a look. */
  void fresh(Context ctx) throws IOException {
    if (!access.mayWrite(ctx, "watches")) {
      return;
    }
    Optional<Watches.Watch> found = watch(ctx);
    if (found.isEmpty()) {
      return;
    }
    Watches.Watch w = found.get();
    long now = System.currentTimeMillis();
    SearchResult r = store.search(query(w, QueryParams.MAX_SIZE).addedAfter(w.lastLook()));
    watches.looked(w.id(), now);
    ObjectNode out = Api.JSON.createObjectNode();
    out.set("watch", Api.JSON.valueToTree(w));
    out.put("since", Instant.ofEpochMilli(w.lastLook()).toString());
    out.put("total", r.total());
    ArrayNode hits = out.putArray("hits");
    r.hits().forEach(h -> hits.add(Api.hitJson(h)));
    Api.json(ctx, out);
  }

  /** {@code GET /api/watches/{id}/atom}: the newest matching documents as an Atom feed. */
  void atom(Context ctx) throws IOException {
    Optional<Watches.Watch> found = watch(ctx);
    if (found.isEmpty()) {
      return;
    }
    Watches.Watch w = found.get();
    SearchResult r = store.search(query(w, FEED_ENTRIES));
    StringWriter text = new StringWriter();
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeStartElement("feed");
      x.writeDefaultNamespace("http://www.w3.org/2005/Atom");
      element(x, "title", "科创雷达 · " + w.name());
      element(x, "id", "urn:kechuang-radar:watch:" + w.id());
      String now = Instant.now().toString();
      element(x, "updated", now);
      x.writeEmptyElement("link");
      x.writeAttribute("href", base + "/search?" + Api.encode(w.params()));
      for (SearchResult.Hit h : r.hits()) {
        x.writeStartElement("entry");
        element(x, "title", h.title() == null ? "(无标题)" : h.title());
        element(x, "id", "urn:kechuang-radar:document:" + h.id());
        Optional<String> published = atomDate(h.published());
        // Atom wants a time on every entry; one without a date of its own takes the feed's and says it has none.
        element(x, "updated", published.orElse(now));
        if (published.isEmpty()) {
          x.writeEmptyElement("category");
          x.writeAttribute("term", "undated");
          x.writeAttribute("label", "无发布日期");
        }
        x.writeEmptyElement("link");
        x.writeAttribute("href", base + "/documents/" + h.id());
        element(x, "summary", h.snippet("", ""));
        x.writeEndElement();
      }
      x.writeEndElement();
      x.writeEndDocument();
      x.close();
    } catch (XMLStreamException e) {
      throw new IOException("feed not written", e);
    }
    ctx.contentType("application/atom+xml; charset=utf-8");
    ctx.result(text.toString());
  }

  /** {@code DELETE /api/watches/{id}}. */
  void delete(Context ctx) throws IOException {
    if (!access.mayWrite(ctx, "watches")) {
      return;
    }
    if (!watches.delete(ctx.pathParam("id"))) {
      Api.notFound(ctx, "no watch " + ctx.pathParam("id"));
      return;
    }
    ctx.status(204);
  }

  /** The watch a request names; when there is none, the 404 has been sent. */
  private Optional<Watches.Watch> watch(Context ctx) throws IOException {
    Optional<Watches.Watch> found = watches.get(ctx.pathParam("id"));
    if (found.isEmpty()) {
      Api.notFound(ctx, "no watch " + ctx.pathParam("id"));
    }
    return found;
  }

  private static SearchQuery query(Watches.Watch w, int size) {
    SearchQuery q = QueryParams.read(w.params()::get, size);
    return new SearchQuery(q.text(), q.from(), q.to(), q.source(), SearchQuery.Sort.DATE, 0, size, q.filters(), 0);
  }

  private static void element(XMLStreamWriter x, String name, String value) throws XMLStreamException {
    x.writeStartElement(name);
    x.writeCharacters(Printable.xml(value));
    x.writeEndElement();
  }

  /** An RFC 3339 time for a publication date (its first day, at midnight UTC); empty for a document without one. */
  static Optional<String> atomDate(String published) {
    PartialDate date = PartialDate.parse(published);
    return date == null ? Optional.empty() : Optional.of(date.first() + "T00:00:00Z");
  }
}
