package org.kechuangradar.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
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
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Gets the bytes of files and http(s) URLs with a size cap, and expands directories into the articles they
 * hold (by extension, and by sniffing files without a known one).
 *
 * <p>Thread-safe. Memory stays bounded: nothing larger than the cap is read, and a URL's whole fetch, body
 * included, ends within the timeout. By default a URL is fetched only when every address its host resolves to
 * (and every redirect's) is public, since the fetcher runs on behalf of the web server's clients.
 */
public final class Fetcher {
  /** Which addresses URLs may be fetched from. */
  public enum Network {
    /** Public addresses only: no loopback, private, link-local, shared, multicast or unspecified address. */
    PUBLIC_ONLY,
    /** Any address, for a trusted user on their own machine or network. */
    ANY
  }

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

  private static final int MAX_REDIRECTS = 5;
  private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
  private static final String ALLOW_PRIVATE = "(allow local and private addresses with --allow-private-addresses)";

  private final long maxBytes;
  private final Duration timeout;
  private final Network network;
  private final HttpClient http;
  private final java.util.Map<Path, RecordIndex> recordIndexes = new java.util.concurrent.ConcurrentHashMap<>();

  /** A fetcher of public addresses only. */
  public Fetcher(long maxBytes, Duration timeout) {
    this(maxBytes, timeout, Network.PUBLIC_ONLY);
  }

  public Fetcher(long maxBytes, Duration timeout, Network network) {
    this.maxBytes = maxBytes;
    this.timeout = timeout;
    this.network = network;
    // Redirects are followed here, not by the client, so that each hop's scheme and address are checked.
    this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
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

  /** Fetches a URL, following at most five redirects by hand, all within one deadline. */
  private Input fetchUrl(String location) throws InputException {
    long deadline = System.nanoTime() + timeout.toNanos();
    URI uri = parse(location);
    for (int redirects = 0; ; redirects++) {
      checkAddress(location, uri, redirects > 0);
      HttpResponse<byte[]> response = send(location, request(location, uri, deadline), deadline);
      int status = response.statusCode();
      if (REDIRECTS.contains(status)) {
        if (redirects == MAX_REDIRECTS) {
          throw new InputException(location, "too many redirects (more than " + MAX_REDIRECTS + ")");
        }
        String target = response.headers().firstValue("Location").orElseThrow(
            () -> new InputException(location, "HTTP " + status + " without a Location to follow"));
        uri = redirectTarget(location, uri, target);
        continue;
      }
      if (status >= 400) {
        throw new InputException(location, "HTTP " + status);
      }
      long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
      if (declared > maxBytes) {
        throw new InputException(location, "response is " + megabytes(declared) + ", over the "
            + megabytes(maxBytes) + " limit (--max-size)");
      }
      if (response.body().length > maxBytes) {
        throw new InputException(location, "response is over the " + megabytes(maxBytes) + " limit (--max-size)");
      }
      return new Input(location, response.body(), response.headers().firstValue("Content-Type").orElse(null));
    }
  }

  private static URI parse(String location) throws InputException {
    try {
      URI uri = new URI(location);
      if (uri.getHost() == null) {
        throw new InputException(location, "not a valid URL");
      }
      return uri;
    } catch (java.net.URISyntaxException e) {
      throw new InputException(location, "not a valid URL");
    }
  }

  private static URI redirectTarget(String location, URI from, String target) throws InputException {
    URI to;
    try {
      to = from.resolve(target.strip());
    } catch (IllegalArgumentException e) {
      throw new InputException(location, "redirected to an invalid address");
    }
    String scheme = to.getScheme() == null ? "" : to.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new InputException(location, "redirected to " + to + "; only http and https are fetched");
    }
    if (to.getHost() == null) {
      throw new InputException(location, "redirected to " + to + ", which is not a valid URL");
    }
    return to;
  }

  /** Refuses a host that resolves to any address that is not public, unless any network is allowed. */
  private void checkAddress(String location, URI uri, boolean redirected) throws InputException {
    if (network == Network.ANY) {
      return;
    }
    String host = uri.getHost();
    AddressKind.Refusal refusal;
    try {
      refusal = AddressKind.firstNonPublic(host);
    } catch (UnknownHostException e) {
      throw new InputException(location, "request failed (unknown host " + host + ")");
    }
    if (refusal != null) {
      String address = refusal.address().getHostAddress();
      String name = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
      String who = name.equalsIgnoreCase(address) ? address : name + " (" + address + ")";
      throw new InputException(location, "refused: " + (redirected ? "redirected to " + uri + "; " : "") + who
          + " is " + refusal.kind().described() + " " + ALLOW_PRIVATE);
    }
  }

  private HttpRequest request(String location, URI uri, long deadline) throws InputException {
    long left = deadline - System.nanoTime();
    if (left <= 0) {
      throw timedOut(location);
    }
    try {
      return HttpRequest.newBuilder(uri).timeout(Duration.ofNanos(left))
          .header("User-Agent", "KechuangRadar/0.1").header("Accept", "text/html, text/plain, application/pdf, */*")
          .GET().build();
    } catch (IllegalArgumentException e) {
      throw new InputException(location, "not a valid URL");
    }
  }

  /**
   * Sends one request and waits for the whole body until the deadline; a body that trickles is cut off there,
   * since the client's own timeout ends with the headers. Bodies of answers that are not read are not kept.
   */
  private HttpResponse<byte[]> send(String location, HttpRequest request, long deadline) throws InputException {
    CompletableFuture<HttpResponse<byte[]>> future = http.sendAsync(request, info -> {
      boolean wanted = info.statusCode() / 100 == 2
          && info.headers().firstValueAsLong("Content-Length").orElse(-1) <= maxBytes;
      return new CappedBody(wanted ? cappedLength() : 0);
    });
    try {
      return future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw timedOut(location);
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new InputException(location, "interrupted");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof HttpTimeoutException || detail(cause).toLowerCase(Locale.ROOT).contains("timed out")) {
        throw timedOut(location);
      }
      throw new InputException(location, "request failed (" + detail(cause) + ")");
    }
  }

  private InputException timedOut(String location) {
    return new InputException(location, "timed out after " + timeout.toSeconds() + " s");
  }

  private static String detail(Throwable e) {
    if (e.getMessage() != null && !e.getMessage().isBlank()) {
      return e.getMessage().replaceAll("\\s+", " ").strip();
    }
    if (e instanceof ConnectException) {
      return "connection refused";
    }
    return e.getCause() != null ? detail(e.getCause()) : e.getClass().getSimpleName();
  }

  /** Keeps the first {@code limit + 1} bytes of a body and then hangs up, so that an endless body costs no more. */
  private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
    private final int limit;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> body = new CompletableFuture<>();
    private Flow.Subscription subscription;

    CappedBody(int limit) {
      this.limit = limit;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return body;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
      for (ByteBuffer buffer : buffers) {
        if (body.isDone()) {
          return;
        }
        byte[] chunk = new byte[Math.min(buffer.remaining(), limit + 1 - bytes.size())];
        buffer.get(chunk);
        bytes.write(chunk, 0, chunk.length);
        if (bytes.size() > limit) {
          subscription.cancel();
          body.complete(bytes.toByteArray());
        }
      }
    }

    @Override
    public void onError(Throwable e) {
      body.completeExceptionally(e);
    }

    @Override
    public void onComplete() {
      body.complete(bytes.toByteArray());
    }
  }

  static String megabytes(long bytes) {
    if (bytes >= 1L << 30) {
      return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
    }
    return String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1 << 20));
  }
}
