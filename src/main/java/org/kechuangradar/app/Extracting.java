package org.kechuangradar.app;

import org.kechuangradar.extract.AddressExtractor;
import org.kechuangradar.extract.CallExtractor;
import org.kechuangradar.extract.FacilityExtractor;
import org.kechuangradar.extract.FundExtractor;
import org.kechuangradar.extract.IndicatorExtractor;
import org.kechuangradar.extract.InstrumentExtractor;
import org.kechuangradar.extract.ProposalExtractor;
import org.kechuangradar.extract.EventExtractor;
import org.kechuangradar.extract.IndustryFocusExtractor;
import org.kechuangradar.extract.NestedMentions;
import org.kechuangradar.extract.OrganizationExtractor;
import org.kechuangradar.extract.PersonExtractor;
import org.kechuangradar.extract.PolicyExtractor;
import org.kechuangradar.extract.QuantityExtractor;
import org.kechuangradar.extract.RegionExtractor;
import org.kechuangradar.pipeline.Pipeline;

/** The one place where the extraction stages are put in order; they run on the clean text. */
public final class Extracting {
  private Extracting() {}

  public static Pipeline pipeline() {
    return pipeline(true);
  }

  /** The stages, with or without the statistical organization recogniser (off only to fit it). */
  public static Pipeline pipeline(boolean organizationModel) {
    return Pipeline.of(
        new RegionExtractor(),
        new AddressExtractor(),
        new OrganizationExtractor(organizationModel),
        new PersonExtractor(),
        new PolicyExtractor(),
        new QuantityExtractor(),
        new EventExtractor(),
        new IndustryFocusExtractor(),
        new ProposalExtractor(),
        new FundExtractor(),
        new IndicatorExtractor(),
        new CallExtractor(),
        new FacilityExtractor(),
        new InstrumentExtractor(),
        new NestedMentions());
  }
}
