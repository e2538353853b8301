package org.kechuangradar.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kechuangradar.account.User;
import org.kechuangradar.app.Corrections;
import org.kechuangradar.index.RecordFacets.Dim;
import org.kechuangradar.index.RecordFacets.Table;
import org.kechuangradar.index.SearchQuery;
import org.kechuangradar.index.SearchResult;
import org.kechuangradar.index.Store;
import org.kechuangradar.index.StoredDocument;
import org.kechuangradar.model.PolicyRecord;
import org.kechuangradar.policy.PolicyRegistry;

/**
 * The editorial layer: editors accept, correct and reject facts, merge organizations and policy records, split a
 * record that is two, and undo any of it. Each change goes to the {@link ChangeLog} first, then the documents it
 * touches are written again with every standing change laid over the extractor's record, so search, facets, the
 * map and exports show the corrected record at once. Not thread-safe: the server runs it on its one writer thread.
 */
public final class Review implements Corrections {
  // The fields a correction may not set: they name the fact and its review, not what the article says.
  private static final Set<String> FIXED = Set.of("key", "document", "document_title", "published", "verified",
      "corrected", "confidence");
  private static final int PAGE = 500;
  // The rows a queue reads at most, to sort them by confidence: more than a scope an editor clears in a day.
  private static final int MOST_READ = 10 * PAGE;

  private final Store store;
  private final ChangeLog log;

  public Review(Store store, ChangeLog log) {
    this.store = store;
    this.log = log;
  }

  public ChangeLog log() {
    return log;
  }

  @Override
  public StoredDocument apply(StoredDocument extracted) {
    List<Change> changes = log.standing(extracted.id());
    return changes.isEmpty() ? extracted
        : extracted.withCorrected(Overlay.apply(extracted.asExtracted(), extracted.id(), changes));
  }

  @Override
  public String policyRecord(String documentId, String recordId) {
    return Overlay.recordOf(documentId, recordId, log.standing(documentId));
  }

  /** A review queue: how many facts are still to review in its scope, and the first of them. */
  public record Queue(int open, List<ObjectNode> rows) {
    public Queue {
      rows = List.copyOf(rows);
    }
  }

  /**
   * The facts of a kind and scope still to review, the least certain first (by the confidence their recogniser
   * gave), at most {@code limit}: each the row's JSON, naming its document, key and sentence.
   */
  public Queue queue(Table table, SearchQuery scope, int limit) throws IOException {
    List<ObjectNode> open = new ArrayList<>();
    for (int offset = 0; ; offset += PAGE) {
      var page = store.table(table, scope.withPage(offset, PAGE));
      for (String row : page.rows()) {
        ObjectNode r = (ObjectNode) Overlay.JSON.readTree(row);
        if (!r.path("verified").asBoolean(false)) {
          open.add(r);
        }
      }
      if (page.rows().size() < PAGE || offset + PAGE >= MOST_READ) {
        break;
      }
    }
    open.sort(Comparator.comparingDouble((ObjectNode r) -> r.path("confidence").asDouble(0.5))
        .thenComparing(r -> r.path("document").asText()).thenComparing(r -> r.path("key").asText()));
    return new Queue(open.size(), open.subList(0, Math.min(limit, open.size())));
  }

  /** Marks a fact right as extracted. */
  public Change accept(User user, Table table, String document, String key) throws IOException {
    JsonNode fact = fact(table, document, key);
    return onDocument(log.append(user.name(), Action.ACCEPT, table, document, key, json(fact), "", sentence(fact)));
  }

  /** Takes a fact out of the record: not a fact. */
  public Change reject(User user, Table table, String document, String key) throws IOException {
    JsonNode fact = fact(table, document, key);
    return onDocument(log.append(user.name(), Action.REJECT, table, document, key, json(fact), "", sentence(fact)));
  }

  /**
   * Sets fields of a fact (a JSON null takes a field away); the fact is verified as corrected. The trail keeps the
   * whole fact as it stood before, and the fields set.
   */
  public Change correct(User user, Table table, String document, String key, ObjectNode fields) throws IOException {
    JsonNode fact = fact(table, document, key);
    if (fields.isEmpty()) {
      throw new ReviewException("a correction names at least one field");
    }
    for (String name : (Iterable<String>) fields::fieldNames) {
      if (FIXED.contains(name) || !name.matches("[a-z_]{1,40}")) {
        throw new ReviewException("field " + name + " cannot be corrected");
      }
    }
    ObjectNode after = Fields.normalized(table, fields);
    return onDocument(log.append(user.name(), Action.EDIT, table, document, key, json(fact), json(after),
        sentence(fact)));
  }

  /** Makes {@code from} a name of {@code into}, in every document that names it. */
  public Change mergeOrganizations(User user, String from, String into) throws IOException {
    if (from.isBlank() || into.isBlank() || from.equals(into)) {
      throw new ReviewException("a merge needs two different organizations");
    }
    if (!Fields.plain(into) || into.length() > 200) {
      throw new ReviewException("an organization's name is plain text of at most 200 characters");
    }
    List<String> documents = documentsNaming(from);
    if (documents.isEmpty()) {
      throw new ReviewException("no document names the organization " + from);
    }
    ObjectNode before = Overlay.JSON.createObjectNode();
    ArrayNode docs = before.putArray("documents");
    documents.forEach(docs::add);
    Change c = log.append(user.name(), Action.MERGE, Table.ORGANIZATION, Change.EVERY_DOCUMENT, from, json(before),
        json(Overlay.JSON.createObjectNode().put("into", into)), "");
    refresh(documents);
    return c;
  }

  /**
   * Splits an organization that is two: in the documents given, the name stands for another organization, named
   * {@code other} (which may be one the store knows already).
   */
  public Change splitOrganization(User user, String name, List<String> documents, String other) throws IOException {
    if (name.isBlank() || other.isBlank() || name.equals(other)) {
      throw new ReviewException("a split names the organization and the other one it stands for in some documents");
    }
    if (!Fields.plain(other) || other.length() > 200) {
      throw new ReviewException("an organization's name is plain text of at most 200 characters");
    }
    Set<String> naming = new LinkedHashSet<>(documentsNaming(name));
    List<String> moved = documents.stream().distinct().toList();
    if (moved.isEmpty() || !naming.containsAll(moved) || naming.size() == moved.size()) {
      throw new ReviewException("a split moves some, not all, of the documents that name " + name);
    }
    ObjectNode after = Overlay.JSON.createObjectNode().put("into", other);
    ArrayNode docs = after.putArray("documents");
    moved.forEach(docs::add);
    ObjectNode before = Overlay.JSON.createObjectNode();
    ArrayNode all = before.putArray("documents");
    moved.forEach(all::add);
    Change c = log.append(user.name(), Action.SPLIT, Table.ORGANIZATION, Change.EVERY_DOCUMENT, name, json(before),
        json(after), name + " → " + other);
    refresh(moved);
    return c;
  }

  /** Makes policy record {@code fromId} part of {@code intoId}: one policy, counted and listed once. */
  public Change mergePolicies(User user, String fromId, String intoId) throws IOException {
    PolicyRecord from = policy(fromId);
    PolicyRecord into = policy(intoId);
    if (fromId.equals(intoId)) {
      throw new ReviewException("a merge needs two different policy records");
    }
    ObjectNode before = Overlay.JSON.createObjectNode();
    before.set("from", Overlay.JSON.valueToTree(from));
    before.set("into", Overlay.JSON.valueToTree(into));
    Change c = log.append(user.name(), Action.MERGE, Table.POLICY, Change.EVERY_DOCUMENT, fromId, json(before),
        json(Overlay.JSON.createObjectNode().put("into", intoId)), from.title() + " → " + into.title());
    store.putPolicy(PolicyRegistry.merge(into, from.withId(intoId)));
    store.deletePolicy(fromId);
    refresh(documentsOf(from));
    return c;
  }

  /** Moves the mentions of a policy record in some documents to a record of their own. */
  public Change splitPolicy(User user, String recordId, List<String> documents) throws IOException {
    PolicyRecord record = policy(recordId);
    Set<String> moved = new LinkedHashSet<>(documents);
    List<PolicyRecord.PolicyMention> out = record.mentions().stream().filter(m -> moved.contains(m.documentId())).toList();
    List<PolicyRecord.PolicyMention> kept = record.mentions().stream().filter(m -> !moved.contains(m.documentId())).toList();
    if (out.isEmpty() || kept.isEmpty()) {
      throw new ReviewException("a split moves the mentions of some, not all, of the record's documents");
    }
    String newId = recordId + "~" + hash(String.join(",", moved.stream().sorted().toList()));
    ObjectNode after = Overlay.JSON.createObjectNode().put("record", newId);
    ArrayNode docs = after.putArray("documents");
    moved.forEach(docs::add);
    ObjectNode before = Overlay.JSON.createObjectNode();
    before.set("record", Overlay.JSON.valueToTree(record));
    Change c = log.append(user.name(), Action.SPLIT, Table.POLICY, Change.EVERY_DOCUMENT, recordId, json(before),
        json(after), record.title());
    store.putPolicy(record.withMentions(kept));
    store.putPolicy(record.withId(newId).withMentions(out));
    refresh(List.copyOf(moved));
    return c;
  }

  /** Takes back a change; the documents it touched show what they would without it. */
  public Change undo(User user, long id) throws IOException {
    Change c = log.get(id).orElseThrow(() -> new ReviewException("no change " + id));
    if (c.action() == Action.UNDO) {
      throw new ReviewException("change " + id + " is an undo; undo is not undone");
    }
    Change u = log.undo(user.name(), c);
    if (!c.document().equals(Change.EVERY_DOCUMENT)) {
      onDocument(c);
    } else if (c.table() == Table.ORGANIZATION) {
      List<String> docs = new ArrayList<>();
      Overlay.tree(c.before()).path("documents").forEach(d -> docs.add(d.asText()));
      refresh(docs);
    } else if (c.action() == Action.MERGE) {
      // Each record as it was, with the mentions made since the merge going back to the record their article names.
      JsonNode before = Overlay.tree(c.before());
      PolicyRecord from = Overlay.JSON.treeToValue(before.get("from"), PolicyRecord.class);
      PolicyRecord into = Overlay.JSON.treeToValue(before.get("into"), PolicyRecord.class);
      List<PolicyRecord.PolicyMention> now = store.policy(into.id()).map(PolicyRecord::mentions).orElse(into.mentions());
      List<PolicyRecord.PolicyMention> back = new ArrayList<>();
      List<PolicyRecord.PolicyMention> stay = new ArrayList<>();
      for (PolicyRecord.PolicyMention m : now) {
        boolean since = !from.mentions().contains(m) && !into.mentions().contains(m);
        boolean fromsOwn = since && namesAsExtracted(m.documentId(), from.id())
            && (!namesAsExtracted(m.documentId(), into.id()) || from.variants().contains(m.written()));
        (from.mentions().contains(m) || fromsOwn ? back : stay).add(m);
      }
      store.putPolicy(from.withMentions(back));
      store.putPolicy(into.withMentions(stay));
      refresh(back.stream().map(PolicyRecord.PolicyMention::documentId).distinct().toList());
    } else {
      PolicyRecord record = Overlay.JSON.treeToValue(Overlay.tree(c.before()).get("record"), PolicyRecord.class);
      store.deletePolicy(Overlay.tree(c.after()).path("record").asText());
      store.putPolicy(record);
      refresh(documentsOf(record));
    }
    return u;
  }

  /** Whether the extractor put one of a document's policies in this record, before any editor's change. */
  private boolean namesAsExtracted(String document, String record) throws IOException {
    Optional<StoredDocument> doc = store.get(document);
    if (doc.isEmpty()) {
      return false;
    }
    for (JsonNode p : Overlay.JSON.readTree(doc.get().asExtracted()).path(Table.POLICY.path)) {
      if (p.path("record").asText().equals(record)) {
        return true;
      }
    }
    return false;
  }

  private Change onDocument(Change c) throws IOException {
    refresh(List.of(c.document()));
    return c;
  }

  /** Writes documents again with the standing changes over their extracted records, and commits. */
  private void refresh(List<String> documents) throws IOException {
    for (String id : documents) {
      Optional<StoredDocument> doc = store.get(id);
      if (doc.isPresent()) {
        List<Change> changes = log.standing(id);
        String extracted = doc.get().asExtracted();
        store.replace(doc.get().withCorrected(changes.isEmpty() ? extracted : Overlay.apply(extracted, id, changes)));
      }
    }
    store.commit();
  }

  /**
   * A fact of a stored document as it now stands, by key, with its sentence: a name's is the first sentence of the
   * text that holds it, so that the trail, and training on it, can find the name in context.
   */
  private JsonNode fact(Table table, String document, String key) throws IOException {
    StoredDocument doc = store.get(document).orElseThrow(() -> new ReviewException("no document " + document));
    JsonNode record = Overlay.JSON.readTree(doc.record());
    org.kechuangradar.index.FactKeys.stampAll(record);
    for (JsonNode f : record.path(table.path)) {
      if (f.path("key").asText().equals(key)) {
        if (!f.hasNonNull("sentence") && f.hasNonNull("name")) {
          ((ObjectNode) f).put("sentence", sentenceHolding(doc.text(), f.get("name").asText()));
        }
        return f;
      }
    }
    throw new ReviewException("document " + document + " has no " + table.path + " fact " + key);
  }

  private static String sentenceHolding(String text, String name) {
    int at = text.indexOf(name);
    return at < 0 ? "" : org.kechuangradar.index.RecordFacets.sentenceAround(text, at, at + name.length());
  }


  private PolicyRecord policy(String id) throws IOException {
    return store.policy(id).orElseThrow(() -> new ReviewException("no policy record " + id));
  }

  private static List<String> documentsOf(PolicyRecord r) {
    return r.mentions().stream().map(PolicyRecord.PolicyMention::documentId).distinct().toList();
  }

  private List<String> documentsNaming(String organization) throws IOException {
    List<String> out = new ArrayList<>();
    SearchQuery q = new SearchQuery("", null, null, null, SearchQuery.Sort.DATE, 0, PAGE).with(Dim.ORG, organization);
    for (int offset = 0; ; offset += PAGE) {
      SearchResult page = store.search(q.withPage(offset, PAGE));
      page.hits().forEach(h -> out.add(h.id()));
      if (page.hits().size() < PAGE) {
        return out;
      }
    }
  }

  private static String sentence(JsonNode fact) {
    return fact.path("sentence").asText(fact.path("title").asText(fact.path("name").asText("")));
  }

  private static String json(JsonNode n) {
    try {
      return Overlay.JSON.writeValueAsString(n);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String hash(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)),
          0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
