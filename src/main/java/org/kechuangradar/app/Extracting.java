package org.kechuangradar.app;

import org.kechuangradar.extract.OrganizationExtractor;
import org.kechuangradar.extract.PersonExtractor;
import org.kechuangradar.extract.RegionExtractor;
import org.kechuangradar.pipeline.Pipeline;

/** The one place where the extraction stages are put in order; they run on the clean text. */
public final class Extracting {
  private Extracting() {}

  public static Pipeline pipeline() {
    return Pipeline.of(
        new RegionExtractor(),
        new OrganizationExtractor(),
        new PersonExtractor());
  }
}
