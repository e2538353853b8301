package org.kechuangradar.index;

import static org.kechuangradar.index.IndexSchema.ADDED;
import static org.kechuangradar.index.IndexSchema.ID;
import static org.kechuangradar.index.IndexSchema.OF;
import static org.kechuangradar.index.IndexSchema.SOURCE;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.kechuangradar.index.Store.Outcome;
import org.kechuangradar.model.PolicyRecord;

/**
 * The write side of the embedded store: articles with their table rows, and policy records. Writes not yet
 * committed are looked up in memory, so that duplicates within one batch are recognised and reads see them.
 */
final class StoreWriter {
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final StoreSearcher reads;
  // Concurrent: the web server reads while an upload writes.
  private final Map<String, StoredDocument> pendingById = new ConcurrentHashMap<>();
  private final Map<String, String> pendingIdBySource = new ConcurrentHashMap<>();
  private final Map<String, PolicyRecord> pendingPolicies = Collections.synchronizedMap(new LinkedHashMap<>());
  private final Set<String> deletedPolicies = ConcurrentHashMap.newKeySet();

  StoreWriter(IndexWriter writer, SearcherManager searchers, StoreSearcher reads) {
    this.writer = writer;
    this.searchers = searchers;
    this.reads = reads;
  }

  Outcome put(StoredDocument doc) throws IOException {
    String source = doc.sources().get(0);
    Optional<StoredDocument> same = get(doc.id());
    if (same.isPresent()) {
      if (same.get().sources().contains(source)) {
        return Outcome.UNCHANGED;
      }
      List<String> sources = new ArrayList<>(same.get().sources());
      sources.add(source);
      write(same.get().withSources(sources));
      forgetSourceElsewhere(source, doc.id());
      return Outcome.DUPLICATE;
    }
    boolean replaced = forgetSourceElsewhere(source, doc.id());
    write(doc);
    return replaced ? Outcome.REPLACED : Outcome.STORED;
  }

  /** Writes a stored article again with another record (an editor's corrections), keeping its sources. */
  void replace(StoredDocument doc) throws IOException {
    StoredDocument stored = get(doc.id()).orElseThrow(() -> new IOException("no stored document " + doc.id()));
    write(doc.withSources(stored.sources()));
  }

  /** Writes an article and its rows, replacing what was stored under its id. */
  void write(StoredDocument doc) throws IOException {
    RecordFacets facets = RecordFacets.of(doc);
    writer.updateDocument(new Term(ID, doc.id()), IndexSchema.article(doc, facets, addedBefore(doc.id())));
    writer.deleteDocuments(new Term(OF, doc.id()));
    for (RecordFacets.Row row : facets.rows()) {
      writer.addDocument(IndexSchema.row(doc, row));
    }
    pendingById.put(doc.id(), doc);
    for (String s : doc.sources()) {
      pendingIdBySource.put(s, doc.id());
    }
  }

  void putPolicy(PolicyRecord policy) throws IOException {
    writer.updateDocument(new Term(ID, policy.id()), IndexSchema.policy(policy));
    pendingPolicies.put(policy.id(), policy);
    deletedPolicies.remove(policy.id());
  }

  void deletePolicy(String id) throws IOException {
    writer.deleteDocuments(new Term(ID, id));
    pendingPolicies.remove(id);
    deletedPolicies.add(id);
  }

  void commit() throws IOException {
    writer.commit();
    searchers.maybeRefreshBlocking();
    pendingById.clear();
    pendingIdBySource.clear();
    pendingPolicies.clear();
    deletedPolicies.clear();
  }

  /** An article by id, an uncommitted write included. */
  Optional<StoredDocument> get(String id) throws IOException {
    StoredDocument pending = pendingById.get(id);
    if (pending != null) {
      return Optional.of(pending);
    }
    return current(reads.first(new TermQuery(new Term(ID, id))));
  }

  /** The policy record of this id, an uncommitted one included and a deleted one not. */
  Optional<PolicyRecord> policy(String id) throws IOException {
    if (deletedPolicies.contains(id)) {
      return Optional.empty();
    }
    PolicyRecord pending = pendingPolicies.get(id);
    return pending != null ? Optional.of(pending) : reads.policy(id);
  }

  /** Every policy record, the uncommitted ones included and the deleted ones left out. */
  List<PolicyRecord> policies() throws IOException {
    Map<String, PolicyRecord> all = new LinkedHashMap<>();
    reads.policies().forEach(r -> all.put(r.id(), r));
    all.putAll(pendingPolicies);
    all.keySet().removeAll(deletedPolicies);
    return List.copyOf(all.values());
  }

  /** Removes a source from the document that held it before; deletes that document when no source is left. */
  private boolean forgetSourceElsewhere(String source, String keepId) throws IOException {
    String oldId = pendingIdBySource.get(source);
    Optional<StoredDocument> old = oldId != null ? get(oldId) : current(reads.first(new TermQuery(new Term(SOURCE, source))));
    if (old.isEmpty() || old.get().id().equals(keepId)) {
      return false;
    }
    List<String> rest = new ArrayList<>(old.get().sources());
    rest.remove(source);
    if (rest.isEmpty()) {
      writer.deleteDocuments(new Term(ID, old.get().id()), new Term(OF, old.get().id()));
      pendingById.remove(old.get().id());
    } else {
      write(old.get().withSources(rest));
    }
    return true;
  }

  /**
   * When a document was first stored: kept when it is written again (a new source, an index rewrite), so that a
   * watch does not see it as new; now for a new one.
   */
  private long addedBefore(String id) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      TopDocs top = searcher.search(new TermQuery(new Term(ID, id)), 1);
      if (top.scoreDocs.length > 0) {
        var value = searcher.storedFields().document(top.scoreDocs[0].doc, Set.of(ADDED)).getField(ADDED);
        if (value != null && value.numericValue() != null) {
          return value.numericValue().longValue();
        }
      }
      return System.currentTimeMillis();
    } finally {
      searchers.release(searcher);
    }
  }

  // A document deleted or rewritten since the last commit is only current in memory.
  private Optional<StoredDocument> current(Optional<StoredDocument> committed) {
    return committed.map(doc -> pendingById.getOrDefault(doc.id(), doc));
  }
}
