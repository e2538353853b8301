package org.kechuangradar.ingest;

import java.util.Objects;

/**
 * The raw bytes of one input, with where they came from and the media type the transport declared.
 *
 * @param source the path or URL
 * @param bytes the content, at most the configured size cap
 * @param contentType the declared media type with parameters ({@code text/html; charset=gbk}), or null
 */
public record Input(String source, byte[] bytes, String contentType) {
  public Input {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(bytes, "bytes");
  }
}
