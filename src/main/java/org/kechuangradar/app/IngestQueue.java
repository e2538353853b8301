package org.kechuangradar.app;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.kechuangradar.index.Store;
import org.kechuangradar.ingest.Fetcher;
import org.kechuangradar.ingest.InputException;
import org.kechuangradar.model.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Inputs ingested in the background, for the web server: reading and extraction run on one worker thread, and
 * only the index write is serialised, on a writer thread of its own that commits when it has nothing more to
 * write. Searches never wait for either. The queue is bounded; when it is full, {@link #submit} refuses.
 */
public final class IngestQueue implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(IngestQueue.class);
  // How many finished jobs the status keeps.
  private static final int RECENT = 50;

  /** Where a job is. */
  public enum State { QUEUED, EXTRACTING, WRITING, DONE, FAILED }

  /**
   * One input's way through the queue.
   *
   * @param id the job's key
   * @param name what the client called the input (a file name or an address), for messages
   * @param state where it is
   * @param queuedAt when it was accepted, epoch milliseconds
   * @param documentId the stored document's key, once written
   * @param outcome what storing did, once written
   * @param error why it failed, when it did
   */
  public record Job(String id, String name, State state, long queuedAt, Optional<String> documentId,
      Optional<Store.Outcome> outcome, Optional<String> error) {
    Job with(State next) {
      return new Job(id, name, next, queuedAt, documentId, outcome, error);
    }
  }

  /** The queue as a client sees it. */
  public record Status(int capacity, int waiting, long done, long failed, List<Job> recent) {
    public Status {
      recent = List.copyOf(recent);
    }
  }

  /** Thrown when the queue holds as many inputs as it may. */
  public static final class FullException extends Exception {
    FullException(int capacity) {
      super("the ingest queue is full (" + capacity + " inputs waiting); try again shortly");
    }
  }

  private final Radar radar;
  private final Ingester ingester;
  private final Store store;
  private final int capacity;
  private final ThreadPoolExecutor extracting;
  private final ExecutorService writing;
  private final LinkedBlockingQueue<Runnable> writes = new LinkedBlockingQueue<>();
  private final Map<String, Job> jobs = new LinkedHashMap<>();
  private final List<Written> uncommitted = new ArrayList<>();
  private final AtomicLong done = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();

  /** A queue that holds at most {@code capacity} inputs waiting to be read. */
  public IngestQueue(Radar radar, Store store, int capacity) {
    this(radar, store, capacity, Corrections.NONE);
  }

  /** As above, laying editors' corrections over each document before it is stored. */
  public IngestQueue(Radar radar, Store store, int capacity, Corrections corrections) {
    this.radar = radar;
    this.store = store;
    this.ingester = new Ingester(radar, store, 1, Optional.empty(), null, corrections);
    this.capacity = capacity;
    this.extracting = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(capacity),
        Thread.ofPlatform().daemon().name("ingest-extract").factory());
    this.writing = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, writes,
        Thread.ofPlatform().daemon().name("ingest-write").factory());
  }

  /**
   * Queues an input; the future completes once its document is committed (or the input failed). {@code cleanup}
   * runs when the input failed, to remove what the caller saved for it.
   */
  public CompletableFuture<Job> submit(String name, Fetcher.Ref ref, Runnable cleanup) throws FullException {
    Job job = new Job(UUID.randomUUID().toString(), name, State.QUEUED, System.currentTimeMillis(),
        Optional.empty(), Optional.empty(), Optional.empty());
    CompletableFuture<Job> result = new CompletableFuture<>();
    update(job);
    try {
      extracting.execute(() -> extract(job, ref, cleanup, result));
    } catch (RejectedExecutionException e) {
      forget(job.id());
      throw new FullException(capacity);
    }
    return result;
  }

  private void extract(Job job, Fetcher.Ref ref, Runnable cleanup, CompletableFuture<Job> result) {
    update(job.with(State.EXTRACTING));
    Document d;
    try {
      d = radar.extract(ref, null);
    } catch (InputException e) {
      fail(job, e.reason(), cleanup, result);
      return;
    } catch (RuntimeException | StackOverflowError e) {
      LOG.error("extraction of {} failed", job.name(), e);
      fail(job, "internal error while cleaning; the server log has the details", cleanup, result);
      return;
    }
    update(job.with(State.WRITING));
    writing.execute(() -> write(job, d, cleanup, result));
  }

  // On the writer thread: a commit waits until no other write is queued, so a burst of uploads commits once.
  private void write(Job job, Document d, Runnable cleanup, CompletableFuture<Job> result) {
    try {
      Ingester.Stored stored = ingester.store(d);
      uncommitted.add(new Written(new Job(job.id(), job.name(), State.DONE, job.queuedAt(), Optional.of(stored.id()),
          Optional.of(stored.outcome()), Optional.empty()), cleanup, result));
    } catch (IOException | RuntimeException e) {
      LOG.error("writing {} failed", job.name(), e);
      fail(job, "the store could not be written; the server log has the details", cleanup, result);
    }
    commitIfIdle();
  }

  // A commit waits until no other write is queued, so a burst of uploads commits once.
  private void commitIfIdle() {
    if (!writes.isEmpty() || uncommitted.isEmpty()) {
      return;
    }
    try {
      store.commit();
      for (Written w : uncommitted) {
        update(w.job());
        done.incrementAndGet();
        w.result().complete(w.job());
      }
    } catch (IOException | RuntimeException e) {
      LOG.error("commit failed", e);
      uncommitted.forEach(w -> fail(w.job(), "the store could not be committed; the server log has the details",
          w.cleanup(), w.result()));
    }
    uncommitted.clear();
  }

  /**
   * Runs an edit of the store (an editor's correction, which commits) on the writer thread, between ingests, so
   * that it never interleaves with one; what it returns or throws completes the future.
   */
  public <T> CompletableFuture<T> edit(Callable<T> work) {
    CompletableFuture<T> result = new CompletableFuture<>();
    writing.execute(() -> {
      try {
        result.complete(work.call());
      } catch (Exception | StackOverflowError e) {
        result.completeExceptionally(e);
      } finally {
        ingester.policiesChanged();
        commitIfIdle();
      }
    });
    return result;
  }

  private record Written(Job job, Runnable cleanup, CompletableFuture<Job> result) {}

  private void fail(Job job, String reason, Runnable cleanup, CompletableFuture<Job> result) {
    cleanup.run();
    Job failedJob = new Job(job.id(), job.name(), State.FAILED, job.queuedAt(), Optional.empty(), Optional.empty(),
        Optional.of(reason));
    update(failedJob);
    failed.incrementAndGet();
    result.complete(failedJob);
  }

  /** The queue's state: how many inputs wait, totals, and the latest jobs, newest first. */
  public Status status() {
    List<Job> recent;
    synchronized (jobs) {
      recent = new ArrayList<>(jobs.values());
    }
    java.util.Collections.reverse(recent);
    return new Status(capacity, extracting.getQueue().size(), done.get(), failed.get(), recent);
  }

  /** One job by its key. */
  public Optional<Job> job(String id) {
    synchronized (jobs) {
      return Optional.ofNullable(jobs.get(id));
    }
  }

  private void update(Job job) {
    synchronized (jobs) {
      jobs.remove(job.id());
      jobs.put(job.id(), job);
      while (jobs.size() > RECENT) {
        jobs.remove(jobs.keySet().iterator().next());
      }
    }
  }

  private void forget(String id) {
    synchronized (jobs) {
      jobs.remove(id);
    }
  }

  /** Finishes what was accepted (within a minute) and stops the threads. */
  @Override
  public void close() {
    extracting.shutdown();
    try {
      extracting.awaitTermination(1, TimeUnit.MINUTES);
      writing.shutdown();
      writing.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
