package org.kechuangradar.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kechuangradar.ingest.Fetcher;
import org.kechuangradar.ingest.RecordIndex;

/**
 * What earlier ingests into a data directory stored, input by input, so that an ingest run again (after a kill,
 * or over a folder that grew) skips what is stored without reading it again: first by path, size and modification
 * time, then, when those changed, by the hash of the bytes. Kept as JSON lines in {@code ingested.jsonl}, appended
 * after each commit, so it never names a document the store does not hold; the last line of a path wins.
 */
public final class InputLedger {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final String FILE = "ingested.jsonl";

  /**
   * One stored input.
   *
   * @param path the input's absolute path (a record's with {@code #id})
   * @param size its size in bytes
   * @param modified its file's modification time, epoch milliseconds
   * @param sha256 the hash of its bytes
   * @param document the key of the document it became
   */
  public record Entry(String path, long size, long modified, String sha256, String document) {}

  /** An input's path, size and modification time, read without opening it. */
  public record Stamp(String path, long size, long modified) {}

  private final Path file;
  private final Map<String, Entry> byPath = new HashMap<>();

  private InputLedger(Path file) {
    this.file = file;
  }

  /** The ledger of a data directory; empty when none was kept yet. A damaged line is passed over. */
  public static InputLedger open(Path dataDir) throws IOException {
    InputLedger ledger = new InputLedger(dataDir.resolve(FILE));
    if (Files.isRegularFile(ledger.file)) {
      try (BufferedReader in = Files.newBufferedReader(ledger.file, StandardCharsets.UTF_8)) {
        for (String line; (line = in.readLine()) != null; ) {
          try {
            Entry e = JSON.readValue(line, Entry.class);
            ledger.byPath.put(e.path(), e);
          } catch (IOException e) {
            // A line cut by a kill during the append; its input is read again.
          }
        }
      }
    }
    return ledger;
  }

  /** An input's stamp; empty for an address, which has no stamp and is always fetched. */
  public static Optional<Stamp> stamp(Fetcher.Ref ref) {
    if (ref.isUrl()) {
      return Optional.empty();
    }
    try {
      RecordIndex.Address record = RecordIndex.address(ref.location());
      if (record != null && Files.isRegularFile(record.file())) {
        return Optional.of(new Stamp(record.file().toAbsolutePath().normalize() + "#" + record.id(), ref.size(),
            Files.getLastModifiedTime(record.file()).toMillis()));
      }
      Path path = Path.of(ref.location());
      return Files.isRegularFile(path) ? Optional.of(new Stamp(path.toAbsolutePath().normalize().toString(),
          Files.size(path), Files.getLastModifiedTime(path).toMillis())) : Optional.empty();
    } catch (IOException | java.nio.file.InvalidPathException e) {
      return Optional.empty();
    }
  }

  /** What was stored from an input that has not changed since (same size and time). */
  public Optional<Entry> unchanged(Stamp stamp) {
    Entry e = byPath.get(stamp.path());
    return e != null && e.size() == stamp.size() && e.modified() == stamp.modified() ? Optional.of(e)
        : Optional.empty();
  }

  /** What was stored from an input whose bytes hash the same, though its size or time changed. */
  public Optional<Entry> sameContent(Stamp stamp, String sha256) {
    Entry e = byPath.get(stamp.path());
    return e != null && e.sha256().equals(sha256) ? Optional.of(e) : Optional.empty();
  }

  /** Appends entries for inputs just committed, and forces them to disk. */
  public void record(List<Entry> entries) throws IOException {
    if (entries.isEmpty()) {
      return;
    }
    StringBuilder lines = new StringBuilder();
    for (Entry e : entries) {
      lines.append(JSON.writeValueAsString(e)).append('\n');
      byPath.put(e.path(), e);
    }
    try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.APPEND)) {
      out.write(StandardCharsets.UTF_8.encode(lines.toString()));
      out.force(false);
    }
  }

  /** The hex SHA-256 of some bytes. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
