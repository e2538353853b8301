package org.kechuangradar.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.kechuangradar.app.Ingester;
import org.kechuangradar.app.Printable;
import org.kechuangradar.ingest.Fetcher;

/**
 * Shows ingest progress on the error stream: documents, megabytes, rate and time left. On a terminal it
 * redraws one line; otherwise it prints a line every few seconds so logs stay short.
 */
final class ProgressBar implements Ingester.Listener {
  private static final long LOG_INTERVAL_NANOS = 5_000_000_000L;
  private final PrintWriter err;
  private final boolean terminal;
  private int total;
  private long totalBytes;
  private int done;
  private int failed;
  private long bytes;
  private long startNanos;
  private long lastDraw;

  ProgressBar(PrintWriter err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
  }

  @Override
  public void started(int inputs, long knownBytes) {
    total = inputs;
    totalBytes = knownBytes;
    startNanos = System.nanoTime();
  }

  @Override
  public void finished(Fetcher.Ref ref, long size, String failure) {
    done++;
    bytes += size;
    if (failure != null) {
      failed++;
      clearLine();
      err.println("failed: " + Printable.line(ref.location()) + ": " + Printable.line(failure));
    }
    long now = System.nanoTime();
    if (terminal && now - lastDraw > 100_000_000L || !terminal && now - lastDraw > LOG_INTERVAL_NANOS || done == total) {
      draw(now);
      lastDraw = now;
    }
  }

  @Override
  public void committed(int documentsSoFar) {
    if (done == total && terminal) {
      err.println();
    }
  }

  private void draw(long now) {
    double seconds = Math.max(1e-3, (now - startNanos) / 1e9);
    double mb = bytes / 1048576.0;
    double rate = done / seconds;
    double remaining = totalBytes > 0 && bytes > 0 ? seconds * (totalBytes - bytes) / bytes
        : rate > 0 ? (total - done) / rate : 0;
    int width = 24;
    int filled = total == 0 ? width : (int) ((long) width * done / total);
    String line = String.format(Locale.ROOT, "[%s%s] %d/%d docs  %.1f/%.1f MB  %.1f docs/s  %.2f MB/s  ETA %s%s",
        "#".repeat(filled), ".".repeat(width - filled), done, total, mb, totalBytes / 1048576.0, rate, mb / seconds,
        done < 2 && done < total ? "--" : eta(remaining), failed > 0 ? "  (" + failed + " failed)" : "");
    if (terminal) {
      err.print("\r" + line);
    } else {
      err.println(line);
    }
    err.flush();
  }

  private void clearLine() {
    if (terminal) {
      err.print("\r\u001b[2K");
    }
  }

  /** Time left; "--" until two documents are done, since the first one also pays for loading dictionaries. */
  private static String eta(double seconds) {
    long s = Math.round(seconds);
    return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s % 3600 / 60)
        : String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
  }
}
