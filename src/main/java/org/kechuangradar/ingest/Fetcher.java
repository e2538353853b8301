package org.kechuangradar.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * Gets the bytes of files and http(s) URLs with a size cap, and expands directories into the articles they
 * hold (by extension, and by sniffing files without a known one).
 *
 * <p>Thread-safe. Memory stays bounded: nothing larger than the cap is read.
 */
public final class Fetcher {
  /**
   * Where an input is: a path or URL, its size when known beforehand (-1 otherwise), and why expanding skipped it
   * (an unreadable directory, a link loop), or null; a skipped place fails in {@link #fetch} with that reason.
   */
  public record Ref(String location, long size, String skipReason) {
    public Ref(String location, long size) {
      this(location, size, null);
    }

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

  /**
   * Expands arguments into inputs: URLs as they are, files, and the article files under directories. A directory
   * that cannot be read or a link loop under a directory becomes a ref with a skip reason, and the walk goes on.
   */
  public List<Ref> expand(List<String> arguments) {
    List<Ref> refs = new ArrayList<>();
    for (String arg : arguments) {
      Ref ref = new Ref(arg, -1);
      Path path = ref.isUrl() ? null : pathOrNull(arg);
      if (path != null && RecordIndex.isRecordFile(arg) && Files.isRegularFile(path)) {
        try {
          RecordIndex index = recordIndex(path);
          index.ids().forEach(id -> refs.add(new Ref(arg + "#" + id, index.length(id))));
        } catch (IOException e) {
          refs.add(ref);
        }
        continue;
      }
      if (path == null || !Files.isDirectory(path)) {
        refs.add(path == null ? ref : new Ref(arg, sizeOf(path)));
        continue;
      }
      refs.addAll(walk(path));
    }
    return refs;
  }

  private static Path pathOrNull(String location) {
    try {
      return Path.of(location);
    } catch (InvalidPathException e) {
      return null;
    }
  }

  /** The article files under a directory, and the places under it that could not be walked, in path order. */
  private static List<Ref> walk(Path root) {
    List<Ref> found = new ArrayList<>();
    try {
      Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
              if (attributes.isRegularFile() && isArticleFile(file)) {
                found.add(new Ref(file.toString(), attributes.size()));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              found.add(new Ref(file.toString(), -1, skipReason(e)));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      found.add(new Ref(root.toString(), -1, skipReason(e)));
    }
    found.sort(Comparator.comparing(r -> Path.of(r.location())));
    return found;
  }

  /** Why a walk could not enter a place, in the words of an ingest summary. */
  static String skipReason(IOException e) {
    if (e instanceof FileSystemLoopException) {
      return "symbolic link loop, skipped";
    }
    if (e instanceof AccessDeniedException) {
      return "directory cannot be read (permission denied), skipped";
    }
    return "cannot be read (" + detail(e) + "), skipped";
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
          || !CharsetGuesser.looksBinary(head) && CharsetGuesser.firstInvalidUtf8(trimmed(head)) < 0
          || CharsetGuesser.utf16WithoutBom(trimmed(head)) != null);
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
    if (ref.skipReason() != null) {
      throw new InputException(ref.location(), ref.skipReason());
    }
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

  /**
   * Reads a regular file with a bounded read, since the size the file system reports may be wrong (/proc) or
   * stale (a growing file); anything else (a FIFO, a device) is refused without being opened, as opening a FIFO
   * blocks and a device may never end.
   */
  private Input fetchFile(String location) throws InputException {
    Path path = pathOrNull(location);
    if (path == null) {
      throw new InputException(location, "not a valid file name");
    }
    try {
      BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
      if (attributes.isDirectory()) {
        throw new InputException(location, "is a directory");
      }
      if (!attributes.isRegularFile()) {
        throw new InputException(location, "is not a regular file (" + specialKind(path) + ")");
      }
      if (attributes.size() > maxBytes) {
        throw new InputException(location, "file is " + megabytes(attributes.size()) + ", over the "
            + megabytes(maxBytes) + " limit (--max-size)");
      }
      byte[] bytes;
      try (InputStream in = Files.newInputStream(path)) {
        bytes = in.readNBytes(cappedLength() + 1);
      }
      if (bytes.length > maxBytes) {
        throw new InputException(location, "file is over the " + megabytes(maxBytes) + " limit (--max-size)");
      }
      return new Input(location, bytes, null);
    } catch (NoSuchFileException e) {
      throw new InputException(location, "no such file or directory");
    } catch (AccessDeniedException e) {
      throw new InputException(location, "permission denied");
    } catch (IOException e) {
      throw new InputException(location, "cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage()
          + ")");
    }
  }

  /** The kind of a file that is neither regular nor a directory; the JDK tells them apart only by mode bits. */
  private static String specialKind(Path path) {
    try {
      return switch ((Integer) Files.getAttribute(path, "unix:mode") & 0170000) {
        case 0010000 -> "a FIFO";
        case 0020000 -> "a character device";
        case 0060000 -> "a block device";
        case 0140000 -> "a socket";
        default -> "a special file";
      };
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return "a special file";
    }
  }

  /** The cap as an array length; the last bytes of an int are reserved by the VM. */
  private int cappedLength() {
    return (int) Math.min(Integer.MAX_VALUE - 9, maxBytes);
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

  private static String detail(Throwable e) {
    if (e.getMessage() != null && !e.getMessage().isBlank()) {
      return e.getMessage().replaceAll("\\s+", " ").strip();
    }
    return e.getCause() != null ? detail(e.getCause()) : e.getClass().getSimpleName();
  }

  static String megabytes(long bytes) {
    if (bytes >= 1L << 30) {
      return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
    }
    return String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1 << 20));
  }
}
