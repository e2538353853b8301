package org.kechuangradar.web;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import org.kechuangradar.app.Ingester;
import org.kechuangradar.app.Radar;
import org.kechuangradar.index.Store;
import org.kechuangradar.ingest.Fetcher;
import org.kechuangradar.ingest.InputException;

/**
 * {@code POST /api/documents}: ingests an uploaded file (multipart field {@code file}) or a page by address
 * (field {@code url}). Off unless the server was given a token; then every request must carry it as
 * {@code Authorization: Bearer …}. Uploaded files are saved under names made from their content's hash, so no
 * client-given name reaches the file system.
 */
final class Uploads {
  private static final Set<String> EXTENSIONS = Set.of("txt", "html", "htm", "pdf");
  private final Store store;
  private final Radar radar;
  private final Path folder;
  private final byte[] token;
  private final long maxBytes;

  Uploads(Store store, Radar radar, Path folder, String token, long maxBytes) {
    this.store = store;
    this.radar = radar;
    this.folder = folder;
    this.maxBytes = maxBytes;
    this.token = token == null || token.isBlank() ? null : token.getBytes(StandardCharsets.UTF_8);
  }

  void upload(Context ctx) throws IOException {
    if (token == null) {
      ctx.status(403);
      Api.json(ctx, Api.JSON.createObjectNode().put("error",
          "uploads are off; start the server with --token (or RADAR_TOKEN) to allow them"));
      return;
    }
    String auth = ctx.header("Authorization");
    byte[] given = auth != null && auth.startsWith("Bearer ") ? auth.substring(7).strip().getBytes(
        StandardCharsets.UTF_8) : new byte[0];
    if (!MessageDigest.isEqual(token, given)) {
      ctx.status(401);
      ctx.header("WWW-Authenticate", "Bearer");
      Api.json(ctx, Api.JSON.createObjectNode().put("error", "a valid token is required (Authorization: Bearer …)"));
      return;
    }
    if (ctx.contentLength() > maxBytes) {
      tooLarge(ctx);
      return;
    }
    String location;
    try {
      location = location(ctx);
    } catch (IllegalStateException | jakarta.servlet.ServletException e) {
      // Jetty's multipart parser stops at the size limit when the client sent no length up front.
      tooLarge(ctx);
      return;
    }
    Ingester.Stored stored;
    // One write at a time: the store takes a single writer.
    synchronized (store) {
      try {
        stored = new Ingester(radar, store, 1).put(new Fetcher.Ref(location, -1));
      } catch (InputException e) {
        throw new QueryParams.BadRequest(e.getMessage());
      }
      store.commit();
    }
    ctx.status(stored.outcome() == Store.Outcome.STORED ? 201 : 200);
    Api.json(ctx, Api.JSON.createObjectNode().put("id", stored.id()).put("outcome",
        stored.outcome().name().toLowerCase(Locale.ROOT)).put("document", "/api/documents/" + stored.id()));
  }

  private void tooLarge(Context ctx) throws IOException {
    ctx.status(413);
    Api.json(ctx, Api.JSON.createObjectNode().put("error", "request too large; the limit is " + maxBytes + " bytes"));
  }

  /** Where the input is: the saved copy of an uploaded file, or the address given. */
  private String location(Context ctx) throws IOException, jakarta.servlet.ServletException {
    UploadedFile file = uploaded(ctx);
    if (file != null) {
      String ext = file.extension().replace(".", "").toLowerCase(Locale.ROOT);
      if (!EXTENSIONS.contains(ext)) {
        throw new QueryParams.BadRequest("upload a .txt, .html or .pdf file, not " + file.filename());
      }
      Files.createDirectories(folder);
      Path tmp = Files.createTempFile(folder, "upload", ".part");
      try (InputStream in = file.content()) {
        Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
      }
      Path saved = folder.resolve(hash(tmp) + "." + ext);
      Files.move(tmp, saved, StandardCopyOption.REPLACE_EXISTING);
      return saved.toString();
    }
    String url = ctx.formParam("url");
    if (url == null || !(url.startsWith("http://") || url.startsWith("https://"))) {
      throw new QueryParams.BadRequest("send a file (multipart field file) or an http(s) address (field url)");
    }
    return url;
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
      return HexFormat.of().formatHex(sha.digest(Files.readAllBytes(file)), 0, 16);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
