package org.kechuangradar.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kechuangradar.index.Store;
import org.kechuangradar.ingest.Fetcher;

/** The upload queue over a real store: results once committed, failures with their reason, a bound that holds. */
class IngestQueueIT {
  @Test
  void storesCommitsAndReportsEachInput(@TempDir Path dir) throws Exception {
    Path bad = Files.write(dir.resolve("bad.txt"), new byte[0]);
    AtomicInteger cleaned = new AtomicInteger();
    try (Store store = Radar.openStore(dir.resolve("data"));
        IngestQueue queue = new IngestQueue(new Radar(), store, 4)) {
      IngestQueue.Job good = queue.submit("suzhou.txt", new Fetcher.Ref("samples/suzhou-ai-pilot.txt", -1),
          cleaned::incrementAndGet).get(60, TimeUnit.SECONDS);
      assertEquals(IngestQueue.State.DONE, good.state());
      assertEquals(Store.Outcome.STORED, good.outcome().orElseThrow());
      assertTrue(store.get(good.documentId().orElseThrow()).isPresent(), "committed and visible");
      IngestQueue.Job failed = queue.submit("bad.txt", new Fetcher.Ref(bad.toString(), -1), cleaned::incrementAndGet)
          .get(60, TimeUnit.SECONDS);
      assertEquals(IngestQueue.State.FAILED, failed.state());
      assertEquals("empty file", failed.error().orElseThrow());
      assertEquals(1, cleaned.get(), "only the failed input's copy is removed");
      IngestQueue.Status status = queue.status();
      assertEquals(1, status.done());
      assertEquals(1, status.failed());
      assertEquals("bad.txt", status.recent().get(0).name(), "newest first");
    }
  }

  @Test
  void aFullQueueRefusesAndEveryAcceptedInputFinishes(@TempDir Path dir) throws Exception {
    List<CompletableFuture<IngestQueue.Job>> accepted = new ArrayList<>();
    int refused = 0;
    try (Store store = Radar.openStore(dir.resolve("data"));
        IngestQueue queue = new IngestQueue(new Radar(), store, 2)) {
      try (var samples = Files.list(Path.of("samples"))) {
        for (Path p : samples.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
          try {
            accepted.add(queue.submit(p.getFileName().toString(), new Fetcher.Ref(p.toString(), -1), () -> { }));
          } catch (IngestQueue.FullException e) {
            refused++;
            assertTrue(e.getMessage().contains("queue is full"), e.getMessage());
          }
        }
      }
      assertTrue(refused > 0, "a queue of 2 refuses a burst");
      for (CompletableFuture<IngestQueue.Job> f : accepted) {
        assertEquals(IngestQueue.State.DONE, f.get(60, TimeUnit.SECONDS).state());
      }
      assertEquals(accepted.size(), store.stats().documents());
    }
  }
}
