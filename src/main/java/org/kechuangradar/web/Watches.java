package org.kechuangradar.web;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Saved searches a researcher follows, kept in {@code watches.json} in the data directory. Each remembers when
 * it was last looked at, so that {@code /api/watches/{id}/new} shows only what arrived since.
 */
public final class Watches {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SecureRandom RANDOM = new SecureRandom();

  /**
   * One saved search.
   *
   * @param id a random key
   * @param name what the researcher called it
   * @param params the shared query parameters ({@code q}, {@code region} …)
   * @param created when it was saved, epoch milliseconds
   * @param lastLook when its new documents were last listed, epoch milliseconds
   */
  public record Watch(String id, String name, Map<String, String> params, long created, long lastLook) {
    public Watch {
      params = Map.copyOf(params);
    }
  }

  private final Path file;
  private final Map<String, Watch> byId = new LinkedHashMap<>();

  /** Reads the watches of a data directory (none when the file does not exist yet). */
  public Watches(Path dataDir) throws IOException {
    this.file = dataDir.resolve("watches.json");
    if (Files.exists(file)) {
      try {
        for (Watch w : JSON.readValue(file.toFile(), new TypeReference<List<Watch>>() {})) {
          byId.put(w.id(), w);
        }
      } catch (IOException e) {
        throw new IOException(file + ": not a list of watches (" + e.getMessage() + ")", e);
      }
    }
  }

  public synchronized List<Watch> all() {
    return List.copyOf(byId.values());
  }

  public synchronized Optional<Watch> get(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Saves a new watch; it starts as looked at now, so its first "new" list holds what arrives later. */
  public synchronized Watch add(String name, Map<String, String> params) throws IOException {
    long now = System.currentTimeMillis();
    Watch w = new Watch(HexFormat.of().formatHex(RANDOM.generateSeed(6)), name, params, now, now);
    byId.put(w.id(), w);
    save();
    return w;
  }

  /** Records a look at a watch's new documents. */
  public synchronized Watch looked(String id, long at) throws IOException {
    Watch w = byId.get(id);
    Watch seen = new Watch(w.id(), w.name(), w.params(), w.created(), at);
    byId.put(id, seen);
    save();
    return seen;
  }

  public synchronized boolean delete(String id) throws IOException {
    boolean had = byId.remove(id) != null;
    if (had) {
      save();
    }
    return had;
  }

  // Written to a temporary file and moved, so a crash never leaves half a file.
  private void save() throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), new ArrayList<>(byId.values()));
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
