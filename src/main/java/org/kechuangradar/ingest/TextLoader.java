package org.kechuangradar.ingest;

import org.kechuangradar.model.Document;

/** Reads plain text in any common encoding; every non-blank line is a paragraph. */
public final class TextLoader implements Loader {
  @Override
  public Document load(Input input) throws InputException {
    String text = CharsetGuesser.decode(input.source(), input.bytes(), Format.charset(input.contentType()));
    if (text.isBlank()) {
      throw new InputException(input.source(), "no text: the file holds only white space");
    }
    return Document.fromText(input.source(), text);
  }
}
