package org.kechuangradar.app;

import org.kechuangradar.extract.ConfidenceCalibration;
import org.kechuangradar.extract.EventExtractor;
import org.kechuangradar.extract.IndustryFocusExtractor;
import org.kechuangradar.extract.PolicyExtractor;
import org.kechuangradar.extract.QuantityExtractor;
import org.kechuangradar.extract.domain.CallExtractor;
import org.kechuangradar.extract.domain.FacilityExtractor;
import org.kechuangradar.extract.domain.FundExtractor;
import org.kechuangradar.extract.domain.IndicatorExtractor;
import org.kechuangradar.extract.domain.InstrumentExtractor;
import org.kechuangradar.extract.domain.ProposalExtractor;
import org.kechuangradar.pipeline.Pipeline;
import org.kechuangradar.recognize.NameTagging;
import org.kechuangradar.recognize.NestedMentions;
import org.kechuangradar.recognize.organization.OrganizationExtractor;
import org.kechuangradar.recognize.person.PersonExtractor;
import org.kechuangradar.recognize.place.AddressExtractor;
import org.kechuangradar.recognize.region.RegionExtractor;

/** The one place where the extraction stages are put in order; they run on the clean text. */
public final class Extracting {
  private Extracting() {}

  /** The extraction, every fact's confidence calibrated. */
  public static Pipeline pipeline() {
    return Pipeline.of(uncalibrated(), ConfidenceCalibration.shipped());
  }

  /** The extraction with each fact's raw confidence, as its recognizer weighed the evidence: what calibration fits. */
  public static Pipeline uncalibrated() {
    return Pipeline.of(
        new NameTagging(),
        new RegionExtractor(),
        new AddressExtractor(),
        new OrganizationExtractor(),
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
