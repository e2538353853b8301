package org.kechuangradar.app;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.kechuangradar.index.Store;
import org.kechuangradar.index.StoredDocument;
import org.kechuangradar.policy.PolicyRegistry;
import org.kechuangradar.ingest.Fetcher;
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
  public record Report(int read, Map<Store.Outcome, Integer> outcomes, List<Failure> failures, long bytes) {
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

  public Ingester(Radar radar, Store store, int commitEvery) {
    this.radar = radar;
    this.store = store;
    this.policies = new PolicyRegistry(store);
    this.commitEvery = commitEvery;
  }

  /** What storing one input did, and the key of its document. */
  public record Stored(String id, Store.Outcome outcome) {}

  /** Reads, cleans and stores one input, registering its policies; the caller commits. */
  public Stored put(Fetcher.Ref ref) throws InputException, IOException {
    Read read = read(ref);
    Store.Outcome outcome = store.put(read.stored());
    if (outcome == Store.Outcome.STORED || outcome == Store.Outcome.REPLACED) {
      policies.register(read.policies());
    }
    return new Stored(read.stored().id(), outcome);
  }

  /** A document as the store and the policy registry take it; the extraction itself is not kept while it is stored. */
  private record Read(StoredDocument stored, PolicyRegistry.Named policies) {}

  private Read read(Fetcher.Ref ref) throws InputException {
    Document d = radar.extract(ref, null);
    StoredDocument stored = ExtractionRecord.stored(d);
    return new Read(stored, PolicyRegistry.read(stored.id(), d));
  }

  public Report ingest(List<String> arguments, Listener listener) throws IOException {
    List<Fetcher.Ref> refs = radar.expand(arguments);
    long known = refs.stream().mapToLong(r -> Math.max(0, r.size())).sum();
    listener.started(refs.size(), known);
    Map<Store.Outcome, Integer> outcomes = new EnumMap<>(Store.Outcome.class);
    List<Failure> failures = new ArrayList<>();
    long bytes = 0;
    int sinceCommit = 0;
    int done = 0;
    for (Fetcher.Ref ref : refs) {
      long size = Math.max(0, ref.size());
      String failure = null;
      try {
        outcomes.merge(put(ref).outcome(), 1, Integer::sum);
        sinceCommit++;
      } catch (InputException e) {
        failure = e.reason();
        failures.add(new Failure(ref.location(), e.reason()));
      } catch (RuntimeException e) {
        failure = "internal error while cleaning (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")";
        failures.add(new Failure(ref.location(), failure));
      }
      bytes += size;
      done++;
      listener.finished(ref, size, failure);
      if (sinceCommit >= commitEvery) {
        store.commit();
        sinceCommit = 0;
        listener.committed(done);
      }
    }
    store.commit();
    listener.committed(done);
    return new Report(refs.size(), outcomes, failures, bytes);
  }
}
