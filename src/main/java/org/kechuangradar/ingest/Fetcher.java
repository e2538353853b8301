package org.kechuangradar.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.Arrays;

/**
 * Gets the bytes of files and http(s) URLs with a size cap, and expands directories into the articles they
 * hold (by extension, and by sniffing files without a known one).
 *
 * <p>Thread-safe. Memory stays bounded: nothing larger than the cap is read.
 */
public final class Fetcher {
  /** Where an input is: a path or URL, its size when known beforehand (-1 otherwise). */
  public record Ref(String location, long size) {
    public boolean isUrl() {
      String l = location.toLowerCase(Locale.ROOT);
      return l.startsWith("http://") || l.startsWith("https://");
    }
  }

  private final long maxBytes;
  private final Duration timeout;
  private final HttpClient http;
  private final java.util.Map<Path, RecordIndex> recordIndexes = new java.util.concurrent.ConcurrentHashMap<>();

  public Fetcher(long maxBytes, Duration timeout) {
    this.maxBytes = maxBytes;
    this.timeout = timeout;
    this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
  }

  /** Expands arguments into inputs: URLs as they are, files, and the article files under directories. */
  public List<Ref> expand(List<String> arguments) {
    List<Ref> refs = new ArrayList<>();
    for (String arg : arguments) {
      Ref ref = new Ref(arg, -1);
      if (!ref.isUrl() && RecordIndex.isRecordFile(arg) && Files.isRegularFile(Path.of(arg))) {
        try {
          RecordIndex index = recordIndex(Path.of(arg));
          index.ids().forEach(id -> refs.add(new Ref(arg + "#" + id, index.length(id))));
        } catch (IOException e) {
          refs.add(ref);
        }
        continue;
      }
      Path path = Path.of(arg);
      if (ref.isUrl() || !Files.isDirectory(path)) {
        refs.add(ref.isUrl() ? ref : new Ref(arg, sizeOf(path)));
        continue;
      }
      try (Stream<Path> walk = Files.walk(path, FileVisitOption.FOLLOW_LINKS)) {
        walk.filter(Files::isRegularFile).filter(Fetcher::isArticleFile).sorted()
            .forEach(p -> refs.add(new Ref(p.toString(), sizeOf(p))));
      } catch (IOException | java.io.UncheckedIOException e) {
        refs.add(new Ref(arg, -1));
      }
    }
    return refs;
  }

  /** A file in a directory is read when its extension says article, or its first bytes look like one. */
  static boolean isArticleFile(Path p) {
    String name = p.getFileName().toString();
    if (name.startsWith(".") || Format.isNonArticleName(name)) {
      return false;
    }
    if (Format.byExtension(name) != Format.UNKNOWN) {
      return true;
    }
    try (InputStream in = Files.newInputStream(p)) {
      byte[] head = in.readNBytes(1024);
      return head.length > 0 && (Format.startsWithPdfMagic(head) || Format.sniffMarkup(head)
          || !CharsetGuesser.looksBinary(head) && CharsetGuesser.firstInvalidUtf8(trimmed(head)) < 0);
    } catch (IOException e) {
      return false;
    }
  }

  /** The first bytes without a multi-byte character the cut may have split. */
  private static byte[] trimmed(byte[] head) {
    return head.length < 1024 ? head : Arrays.copyOf(head, head.length - 4);
  }

  private static long sizeOf(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      return -1;
    }
  }

  /** Reads one input, or says why it cannot. */
  public Input fetch(Ref ref) throws InputException {
    if (ref.isUrl()) {
      return fetchUrl(ref.location());
    }
    RecordIndex.Address address = RecordIndex.address(ref.location());
    return address != null && Files.isRegularFile(address.file()) ? fetchRecord(ref.location(), address)
        : fetchFile(ref.location());
  }

  /** One record of a JSON Lines file, found through the file's index of line offsets (built once per file). */
  private Input fetchRecord(String location, RecordIndex.Address address) throws InputException {
    try {
      RecordIndex index = recordIndex(address.file());
      long length = index.length(address.id());
      if (length < 0) {
        throw new InputException(location, "no record with id " + address.id() + " in " + address.file());
      }
      if (length > maxBytes) {
        throw new InputException(location, "record is " + megabytes(length) + ", over the " + megabytes(maxBytes)
            + " limit (--max-size)");
      }
      return new Input(location, index.read(address.id()), Format.RECORD_TYPE);
    } catch (IOException e) {
      throw new InputException(location, "cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage()
          + ")");
    }
  }

  private RecordIndex recordIndex(Path file) throws IOException {
    Path key = file.toAbsolutePath().normalize();
    RecordIndex index = recordIndexes.get(key);
    if (index == null) {
      index = RecordIndex.build(key);
      recordIndexes.put(key, index);
    }
    return index;
  }

  private Input fetchFile(String location) throws InputException {
    Path path = Path.of(location);
    try {
      if (Files.isDirectory(path)) {
        throw new InputException(location, "is a directory that could not be listed");
      }
      long size = Files.size(path);
      if (size > maxBytes) {
        throw new InputException(location, "file is " + megabytes(size) + ", over the " + megabytes(maxBytes)
            + " limit (--max-size)");
      }
      return new Input(location, Files.readAllBytes(path), null);
    } catch (NoSuchFileException e) {
      throw new InputException(location, "no such file or directory");
    } catch (AccessDeniedException e) {
      throw new InputException(location, "permission denied");
    } catch (IOException e) {
      throw new InputException(location, "cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage()
          + ")");
    }
  }

  private Input fetchUrl(String location) throws InputException {
    HttpRequest request;
    try {
      request = HttpRequest.newBuilder(URI.create(location)).timeout(timeout)
          .header("User-Agent", "KechuangRadar/0.1").header("Accept", "text/html, text/plain, application/pdf, */*")
          .GET().build();
    } catch (IllegalArgumentException e) {
      throw new InputException(location, "not a valid URL");
    }
    try {
      HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        if (response.statusCode() >= 400) {
          throw new InputException(location, "HTTP " + response.statusCode());
        }
        long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > maxBytes) {
          throw new InputException(location, "response is " + megabytes(declared) + ", over the "
              + megabytes(maxBytes) + " limit (--max-size)");
        }
        byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
          throw new InputException(location, "response is over the " + megabytes(maxBytes) + " limit (--max-size)");
        }
        String type = response.headers().firstValue("Content-Type").orElse(null);
        return new Input(location, bytes, type);
      }
    } catch (HttpTimeoutException e) {
      throw new InputException(location, "timed out after " + timeout.toSeconds() + " s");
    } catch (IOException e) {
      String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      if (detail.toLowerCase(Locale.ROOT).contains("timed out")) {
        throw new InputException(location, "timed out after " + timeout.toSeconds() + " s");
      }
      throw new InputException(location, "request failed (" + detail + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InputException(location, "interrupted");
    }
  }

  static String megabytes(long bytes) {
    if (bytes >= 1L << 30) {
      return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
    }
    return String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1 << 20));
  }
}
