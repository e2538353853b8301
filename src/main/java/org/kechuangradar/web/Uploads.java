package org.kechuangradar.web;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.kechuangradar.app.IngestQueue;
import org.kechuangradar.app.Printable;
import org.kechuangradar.index.Store;
import org.kechuangradar.ingest.Fetcher;

/**
 * {@code POST /api/documents}: queues an uploaded file (multipart field {@code file}) or a page by address (field
 * {@code url}) for ingest, and answers once it is stored, or with 202 and the job when that takes longer than
 * {@link #WAIT_SECONDS}. {@code GET /api/ingest/status} shows the queue. Uploaded files are saved under names made
 * from their content's hash, so no client-given name reaches the file system; a rejected one is deleted.
 */
final class Uploads {
  private static final Set<String> EXTENSIONS = Set.of("txt", "html", "htm", "pdf");
  // Long enough for a large PDF; a client that gives up can follow the job in the status.
  static final long WAIT_SECONDS = 60;
  private final IngestQueue queue;
  private final Access access;
  private final Path folder;
  private final long maxBytes;

  Uploads(IngestQueue queue, Access access, Path folder, long maxBytes) {
    this.queue = queue;
    this.access = access;
    this.folder = folder;
    this.maxBytes = maxBytes;
  }

  void upload(Context ctx) throws IOException {
    if (!access.mayWrite(ctx, "uploads")) {
      return;
    }
    if (ctx.contentLength() > maxBytes) {
      tooLarge(ctx);
      return;
    }
    Input input;
    try {
      input = input(ctx);
    } catch (IllegalStateException | jakarta.servlet.ServletException e) {
      // Jetty's multipart parser stops at the size limit when the client sent no length up front.
      tooLarge(ctx);
      return;
    }
    CompletableFuture<IngestQueue.Job> done;
    try {
      done = queue.submit(input.name(), new Fetcher.Ref(input.location(), -1), input::discard);
    } catch (IngestQueue.FullException e) {
      input.discard();
      ctx.status(503);
      ctx.header("Retry-After", "5");
      Api.json(ctx, Api.JSON.createObjectNode().put("error", e.getMessage()));
      return;
    }
    ctx.future(() -> done.orTimeout(WAIT_SECONDS, TimeUnit.SECONDS).handle((job, error) -> {
      try {
        respond(ctx, job, error);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      return null;
    }));
  }

  private static void respond(Context ctx, IngestQueue.Job job, Throwable error) throws IOException {
    if (error instanceof TimeoutException || error != null && error.getCause() instanceof TimeoutException) {
      ctx.status(202);
      Api.json(ctx, Api.JSON.createObjectNode().put("status", "queued").put("job", "/api/ingest/status"));
      return;
    }
    if (error != null) {
      throw new IllegalStateException(error);
    }
    if (job.state() == IngestQueue.State.FAILED) {
      ctx.status(400);
      Api.json(ctx, Api.JSON.createObjectNode().put("error", Printable.line(job.name()) + ": "
          + job.error().orElse("failed")));
      return;
    }
    Store.Outcome outcome = job.outcome().orElseThrow();
    String id = job.documentId().orElseThrow();
    ctx.status(outcome == Store.Outcome.STORED ? 201 : 200);
    Api.json(ctx, Api.JSON.createObjectNode().put("id", id).put("outcome", outcome.name().toLowerCase(Locale.ROOT))
        .put("document", "/api/documents/" + id));
  }

  /** {@code GET /api/ingest/status}: the queue's length and its latest jobs (behind the token, like uploads). */
  void status(Context ctx) throws IOException {
    if (!access.mayWrite(ctx, "uploads")) {
      return;
    }
    Api.json(ctx, Api.JSON.valueToTree(queue.status()));
  }

  private void tooLarge(Context ctx) throws IOException {
    ctx.status(413);
    Api.json(ctx, Api.JSON.createObjectNode().put("error", "request too large; the limit is " + maxBytes + " bytes"));
  }

  /** An input a client sent: what it called it, where it is now, and how to remove the saved copy. */
  private record Input(String name, String location, Optional<Path> saved) {
    void discard() {
      try {
        if (saved.isPresent()) {
          Files.deleteIfExists(saved.get());
        }
      } catch (IOException e) {
        // A copy left behind costs disk space only; the next upload of the same content reuses its name.
      }
    }
  }

  /** The saved copy of an uploaded file, or the address given. */
  private Input input(Context ctx) throws IOException, jakarta.servlet.ServletException {
    UploadedFile file = uploaded(ctx);
    if (file != null) {
      String ext = file.extension().replace(".", "").toLowerCase(Locale.ROOT);
      if (!EXTENSIONS.contains(ext)) {
        throw new QueryParams.BadRequest("upload a .txt, .html or .pdf file, not " + Printable.line(file.filename()));
      }
      Files.createDirectories(folder);
      Path tmp = Files.createTempFile(folder, "upload", ".part");
      try (InputStream in = file.content()) {
        Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
      }
      Path saved = folder.resolve(hash(tmp) + "." + ext);
      Files.move(tmp, saved, StandardCopyOption.REPLACE_EXISTING);
      return new Input(file.filename(), saved.toString(), Optional.of(saved));
    }
    String url = ctx.formParam("url");
    if (url == null || !(url.startsWith("http://") || url.startsWith("https://"))) {
      throw new QueryParams.BadRequest("send a file (multipart field file) or an http(s) address (field url)");
    }
    return new Input(url, url, Optional.empty());
  }

  private static UploadedFile uploaded(Context ctx) throws jakarta.servlet.ServletException {
    try {
      return ctx.uploadedFile("file");
    } catch (RuntimeException e) {
      if (e.getCause() instanceof jakarta.servlet.ServletException s) {
        throw s;
      }
      throw e;
    }
  }

  private static String hash(Path file) throws IOException {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      try (InputStream in = Files.newInputStream(file)) {
        byte[] buffer = new byte[1 << 16];
        for (int n; (n = in.read(buffer)) > 0; ) {
          sha.update(buffer, 0, n);
        }
      }
      return HexFormat.of().formatHex(sha.digest(), 0, 16);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
