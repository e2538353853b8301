package org.kechuangradar.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.kechuangradar.clean.ScriptConverter;
import org.kechuangradar.index.LuceneStore;
import org.kechuangradar.index.SearchQuery;
import org.kechuangradar.index.SearchResult;
import org.kechuangradar.index.Store;
import org.kechuangradar.ingest.AnyFormatLoader;
import org.kechuangradar.ingest.Fetcher;
import org.kechuangradar.ingest.Input;
import org.kechuangradar.ingest.InputException;
import org.kechuangradar.ingest.Loader;
import org.kechuangradar.model.Document;
import org.kechuangradar.pipeline.Pipeline;

/**
 * Wires settings, readers, the cleaning pipeline and the store: the one object the CLI (and later the web
 * server) talks to.
 */
public final class Radar {
  /** Default cap on one input's size. */
  public static final long DEFAULT_MAX_BYTES = 32L << 20;
  /** Default network timeout. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);

  private final Fetcher fetcher;
  private final Loader loader = new AnyFormatLoader();
  private final Pipeline cleaning = Cleaning.pipeline();
  private final Pipeline extracting;

  /** A radar that fetches URLs from public addresses only. */
  public Radar(long maxBytes, Duration timeout) {
    this(maxBytes, timeout, Fetcher.Network.PUBLIC_ONLY);
  }

  public Radar(long maxBytes, Duration timeout, Fetcher.Network network) {
    this(new Fetcher(maxBytes, timeout, network), Extracting.pipeline());
  }

  public Radar() {
    this(DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT);
  }

  private Radar(Fetcher fetcher, Pipeline extracting) {
    this.fetcher = fetcher;
    this.extracting = extracting;
  }

  /** A radar whose facts keep the raw confidence their recognizers gave them: what {@code radar calibrate} fits. */
  public static Radar uncalibrated() {
    return new Radar(new Fetcher(DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, Fetcher.Network.PUBLIC_ONLY),
        Extracting.uncalibrated());
  }

  public Fetcher fetcher() {
    return fetcher;
  }

  /** Reads and cleans one input; {@code publishedHint} is used when the document gives no date. */
  public Document extract(Fetcher.Ref ref, String publishedHint) throws InputException {
    return extract(fetcher.fetch(ref), publishedHint);
  }

  /** Cleans and extracts an input already read; {@code publishedHint} is used when the document gives no date. */
  public Document extract(Input input, String publishedHint) throws InputException {
    Document d = cleaning.process(loader.load(input));
    if (d.text().isBlank()) {
      throw new InputException(input.source(), "no article text left after cleaning");
    }
    // Relative dates (今年7月, 5日) resolve against the publication date, so the hint comes before extraction.
    return extracting.process(d.published() == null && publishedHint != null ? d.withPublished(publishedHint) : d);
  }

  /** Cleans a document already read, without extraction; for benchmarks and tests. */
  public Document clean(Document raw) {
    return cleaning.process(raw);
  }

  /**
   * Extracts from one sentence with no cleaning beyond script conversion; offsets are into the sentence as
   * given, which keeps its length (conversion maps character to character or phrase to same-length phrase).
   */
  public Document extractSentence(String source, String sentence) {
    String simplified = ScriptConverter.toSimplified(sentence);
    Document d = Document.fromText(source, simplified).withText(simplified, List.of());
    return extracting.process(d);
  }

  /** Cleans and extracts a document already read. */
  public Document cleanAndExtract(Document raw) {
    return extracting.process(cleaning.process(raw));
  }

  /** Opens a store to write in, creating it when the data directory holds none. */
  public static Store openStore(Path dataDir) throws IOException {
    return LuceneStore.open(dataDir);
  }

  /** Opens an existing store to read only; it never writes, and works beside a process that does. */
  public static Store openStoreForReading(Path dataDir) throws IOException {
    return LuceneStore.openReadOnly(dataDir);
  }

  /** Searches with the query converted to Simplified Chinese, so either script finds the same documents. */
  public static SearchResult search(Store store, SearchQuery q) throws IOException {
    return store.search(q.withText(ScriptConverter.toSimplified(q.text())));
  }

  public List<Fetcher.Ref> expand(List<String> arguments) {
    return fetcher.expand(arguments);
  }
}
