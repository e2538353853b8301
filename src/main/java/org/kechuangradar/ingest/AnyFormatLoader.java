package org.kechuangradar.ingest;

import org.kechuangradar.model.Document;

/**
 * The loader for any input: picks the text, HTML or PDF loader by {@link Format}, and dates a document that states
 * no date by the day its address or file name holds ({@link SourceDates}).
 */
public final class AnyFormatLoader implements Loader {
  private final Loader text = new TextLoader();
  private final Loader html = new HtmlLoader();
  private final Loader pdf = new PdfLoader();
  private final Loader record = new RecordLoader();

  @Override
  public Document load(Input input) throws InputException {
    if (input.bytes().length == 0) {
      throw new InputException(input.source(), "empty file");
    }
    Document d = switch (Format.of(input.source(), input.contentType(), input.bytes())) {
      case PDF -> pdf.load(input);
      case RECORD -> record.load(input);
      case HTML -> html.load(input);
      case TEXT, UNKNOWN -> text.load(input);
    };
    // A page's own date wins; else the day its address or file name states.
    return d.published() != null ? d : SourceDates.of(input.source()).map(d::withPublished).orElse(d);
  }
}
