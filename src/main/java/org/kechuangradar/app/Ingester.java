package org.kechuangradar.app;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kechuangradar.index.Store;
import org.kechuangradar.index.StoredDocument;
import org.kechuangradar.policy.PolicyRegistry;
import org.kechuangradar.ingest.Fetcher;
import org.kechuangradar.ingest.Input;
import org.kechuangradar.ingest.InputException;
import org.kechuangradar.model.Document;

/**
 * Reads, cleans and stores a batch of inputs, committing every {@code commitEvery} documents, reporting
 * progress to a listener. A bad input is recorded with its reason and the batch goes on.
 */
public final class Ingester {
  /** One input that could not be ingested, and why. */
  public record Failure(String source, String reason) {}

  /** What an ingest did. */
  public record Report(int read, Map<Store.Outcome, Integer> outcomes, List<Failure> failures, long bytes,
      int skipped) {
    public Report {
      outcomes = Map.copyOf(outcomes);
      failures = List.copyOf(failures);
    }

    public int count(Store.Outcome outcome) {
      return outcomes.getOrDefault(outcome, 0);
    }
  }

  /** Hears about progress; called on the ingesting thread. */
  public interface Listener {
    default void started(int inputs, long knownBytes) {}

    default void finished(Fetcher.Ref ref, long bytes, String failure) {}

    default void committed(int documentsSoFar) {}
  }

  private final Radar radar;
  private final Store store;
  private final PolicyRegistry policies;
  private final int commitEvery;
  private final Optional<InputLedger> ledger;
  private final String publishedHint;
  private final Corrections corrections;

  /** An ingester that reads every input it is given. */
  public Ingester(Radar radar, Store store, int commitEvery) {
    this(radar, store, commitEvery, Optional.empty());
  }

  /** An ingester that skips the inputs a ledger says are stored and unchanged, and records what it stores. */
  public Ingester(Radar radar, Store store, int commitEvery, Optional<InputLedger> ledger) {
    this(radar, store, commitEvery, ledger, null);
  }

  /** As above, giving {@code publishedHint} (ISO day, or null) to the documents that state no date. */
  public Ingester(Radar radar, Store store, int commitEvery, Optional<InputLedger> ledger, String publishedHint) {
    this(radar, store, commitEvery, ledger, publishedHint, Corrections.NONE);
  }

  /** As above, laying editors' corrections over each document before it is stored. */
  public Ingester(Radar radar, Store store, int commitEvery, Optional<InputLedger> ledger, String publishedHint,
      Corrections corrections) {
    this.radar = radar;
    this.corrections = corrections;
    this.store = store;
    this.policies = new PolicyRegistry(store);
    this.commitEvery = commitEvery;
    this.ledger = ledger;
    this.publishedHint = publishedHint;
  }

  /** What storing one input did, and the key of its document. */
  public record Stored(String id, Store.Outcome outcome) {}

  /** Reads, cleans and stores one input, registering its policies; the caller commits. */
  public Stored put(Fetcher.Ref ref) throws InputException, IOException {
    return write(read(radar.extract(ref, publishedHint)));
  }

  /** Stores a document already read and extracted, registering its policies; the caller commits. */
  public Stored store(Document d) throws IOException {
    return write(read(d));
  }

  private Stored write(Read read) throws IOException {
    Store.Outcome outcome = store.put(read.stored());
    if (outcome == Store.Outcome.STORED || outcome == Store.Outcome.REPLACED) {
      policies.register(read.policies());
    }
    return new Stored(read.stored().id(), outcome);
  }

  /** A document as the store and the policy registry take it; the extraction itself is not kept while it is stored. */
  private record Read(StoredDocument stored, PolicyRegistry.Named policies) {}

  private Read read(Document d) {
    StoredDocument stored = corrections.apply(ExtractionRecord.stored(d));
    PolicyRegistry.Named named = PolicyRegistry.read(stored.id(), d);
    return new Read(stored, new PolicyRegistry.Named(named.documentId(), named.source(), named.policies().stream()
        .map(p -> p.withId(corrections.policyRecord(stored.id(), p.id()))).toList()));
  }

  /** Policy records were changed by others (an editor's merge): read them again before the next article. */
  public void policiesChanged() {
    policies.forget();
  }

  public Report ingest(List<String> arguments, Listener listener) throws IOException {
    List<Fetcher.Ref> refs = radar.expand(arguments);
    long known = refs.stream().mapToLong(r -> Math.max(0, r.size())).sum();
    listener.started(refs.size(), known);
    Map<Store.Outcome, Integer> outcomes = new EnumMap<>(Store.Outcome.class);
    List<Failure> failures = new ArrayList<>();
    List<InputLedger.Entry> uncommitted = new ArrayList<>();
    long bytes = 0;
    int skipped = 0;
    int sinceCommit = 0;
    int done = 0;
    for (Fetcher.Ref ref : refs) {
      long size = Math.max(0, ref.size());
      String failure = null;
      try {
        Optional<InputLedger.Stamp> stamp = ledger.isPresent() ? InputLedger.stamp(ref) : Optional.empty();
        if (stamp.isPresent() && stored(ledger.get().unchanged(stamp.get()))) {
          skipped++;
        } else {
          Input input = radar.fetcher().fetch(ref);
          // The hash is for the ledger only: without one, or for an address, there is no stamp to keep it under.
          String hash = stamp.isPresent() ? InputLedger.sha256(input.bytes()) : "";
          Optional<InputLedger.Entry> same = stamp.flatMap(s -> ledger.get().sameContent(s, hash));
          if (stored(same)) {
            skipped++;
            uncommitted.add(entry(stamp.get(), hash, same.get().document()));
          } else {
            Stored stored = write(read(radar.extract(input, publishedHint)));
            outcomes.merge(stored.outcome(), 1, Integer::sum);
            stamp.ifPresent(s -> uncommitted.add(entry(s, hash, stored.id())));
            sinceCommit++;
          }
        }
      } catch (InputException e) {
        failure = e.reason();
        failures.add(new Failure(ref.location(), e.reason()));
      } catch (RuntimeException | StackOverflowError e) {
        failure = "internal error while cleaning (" + e.getClass().getSimpleName() + ")";
        failures.add(new Failure(ref.location(), failure));
      }
      bytes += size;
      done++;
      listener.finished(ref, size, failure);
      if (sinceCommit >= commitEvery) {
        commit(uncommitted);
        sinceCommit = 0;
        listener.committed(done);
      }
    }
    commit(uncommitted);
    listener.committed(done);
    return new Report(refs.size(), outcomes, failures, bytes, skipped);
  }

  // The ledger is written after the commit, so it never names a document the store does not hold.
  private void commit(List<InputLedger.Entry> uncommitted) throws IOException {
    store.commit();
    if (ledger.isPresent()) {
      ledger.get().record(uncommitted);
    }
    uncommitted.clear();
  }

  // A ledger entry counts only while the store still holds its document (the index may have been replaced).
  private boolean stored(Optional<InputLedger.Entry> entry) throws IOException {
    return entry.isPresent() && store.get(entry.get().document()).isPresent();
  }

  private static InputLedger.Entry entry(InputLedger.Stamp stamp, String hash, String document) {
    return new InputLedger.Entry(stamp.path(), stamp.size(), stamp.modified(), hash, document);
  }
}
