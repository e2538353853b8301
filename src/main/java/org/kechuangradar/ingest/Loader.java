package org.kechuangradar.ingest;

import org.kechuangradar.model.Document;

/**
 * Turns the bytes of one kind of input (plain text, HTML, PDF) into a {@link Document} whose blocks are the
 * input's paragraphs, with whatever metadata the format carries. Implementations are thread-safe.
 */
public interface Loader {
  Document load(Input input) throws InputException;
}
