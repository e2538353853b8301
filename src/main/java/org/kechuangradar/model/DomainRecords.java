package org.kechuangradar.model;

import java.util.List;

/** The field's own objects found in a document: facilities, funds, calls, instruments, indicators, proposals. */
public record DomainRecords(List<Facility> facilities, List<Fund> funds, List<Call> calls,
    List<Instrument> instruments, List<Indicator> indicators, List<Proposal> proposals) {
  public static final DomainRecords EMPTY =
      new DomainRecords(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

  public DomainRecords {
    facilities = List.copyOf(facilities);
    funds = List.copyOf(funds);
    calls = List.copyOf(calls);
    instruments = List.copyOf(instruments);
    indicators = List.copyOf(indicators);
    proposals = List.copyOf(proposals);
  }

  public DomainRecords withFacilities(List<Facility> found) {
    return new DomainRecords(found, funds, calls, instruments, indicators, proposals);
  }

  public DomainRecords withFunds(List<Fund> found) {
    return new DomainRecords(facilities, found, calls, instruments, indicators, proposals);
  }

  public DomainRecords withCalls(List<Call> found) {
    return new DomainRecords(facilities, funds, found, instruments, indicators, proposals);
  }

  public DomainRecords withInstruments(List<Instrument> found) {
    return new DomainRecords(facilities, funds, calls, found, indicators, proposals);
  }

  public DomainRecords withIndicators(List<Indicator> found) {
    return new DomainRecords(facilities, funds, calls, instruments, found, proposals);
  }

  public DomainRecords withProposals(List<Proposal> found) {
    return new DomainRecords(facilities, funds, calls, instruments, indicators, found);
  }
}
