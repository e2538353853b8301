package org.kechuangradar.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where each record of a JSON Lines file starts and how long it is, by the record's {@code id} (or its line number
 * when it has none), so that one record is read without reading the file again. A record is addressed as
 * {@code FILE.jsonl#ID}.
 */
public final class RecordIndex {
  /** A record's file and id. */
  public record Address(Path file, String id) {}

  private static final JsonFactory JSON = new JsonFactory();
  private final Path file;
  private final List<String> ids;
  private final Map<String, long[]> spans;

  private RecordIndex(Path file, List<String> ids, Map<String, long[]> spans) {
    this.file = file;
    this.ids = ids;
    this.spans = spans;
  }

  static boolean isRecordFile(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".jsonl") || n.endsWith(".ndjson");
  }

  /** The file and id of {@code FILE.jsonl#ID}, or null for any other location. */
  public static Address address(String location) {
    int hash = location.lastIndexOf('#');
    if (hash <= 0 || hash == location.length() - 1 || !isRecordFile(location.substring(0, hash))) {
      return null;
    }
    return new Address(Path.of(location.substring(0, hash)), location.substring(hash + 1));
  }

  static RecordIndex build(Path file) throws IOException {
    List<String> ids = new ArrayList<>();
    Map<String, long[]> spans = new HashMap<>();
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      long offset = 0;
      long start = 0;
      int lineNumber = 0;
      int b;
      while (true) {
        b = in.read();
        if (b == '\n' || b < 0) {
          lineNumber++;
          byte[] bytes = line.toByteArray();
          if (!isBlank(bytes)) {
            String id = idOf(bytes);
            String key = id != null && !spans.containsKey(id) ? id : String.valueOf(lineNumber);
            ids.add(key);
            spans.put(key, new long[] {start, bytes.length});
          }
          line.reset();
          start = offset + 1;
          if (b < 0) {
            break;
          }
        } else {
          line.write(b);
        }
        offset++;
      }
    }
    return new RecordIndex(file, List.copyOf(ids), spans);
  }

  List<String> ids() {
    return ids;
  }

  /** The record's length in bytes, or -1 when there is no such record. */
  long length(String id) {
    long[] span = spans.get(id);
    return span == null ? -1 : span[1];
  }

  byte[] read(String id) throws IOException {
    long[] span = spans.get(id);
    byte[] bytes = new byte[(int) span[1]];
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
      f.seek(span[0]);
      f.readFully(bytes);
    }
    return bytes;
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte x : bytes) {
      if (x != ' ' && x != '\t' && x != '\r') {
        return false;
      }
    }
    return true;
  }

  /** The top-level {@code id} field of a record, or null (also for a line that is not JSON). */
  private static String idOf(byte[] line) {
    try (JsonParser p = JSON.createParser(line)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (name.equals("id") && value.isScalarValue()) {
          return p.getValueAsString();
        }
        p.skipChildren();
      }
    } catch (IOException e) {
      return null;
    }
    return null;
  }
}
