package org.kechuangradar.model;

import java.util.List;
import java.util.Objects;
import java.util.ArrayList;

/**
 * What the extraction stages found in a document; each stage fills its own list. {@code names} holds what the entity
 * tagger marked, before the recognizers check and resolve it into {@code entities}; it is not part of the record.
 */
public record Extraction(List<TaggedName> names, List<Mention> entities, List<Region> regions,
    List<Organization> organizations, List<Person> people, List<Policy> policies, List<Event> events,
    List<Quantity> quantities, List<IndustryFocus> industryFocus, DomainRecords domain) {
  public static final Extraction EMPTY = new Extraction(List.of(), List.of(), List.of(), List.of(), List.of(),
      List.of(), List.of(), List.of(), List.of(), DomainRecords.EMPTY);

  public Extraction {
    names = List.copyOf(names);
    entities = List.copyOf(entities);
    regions = List.copyOf(regions);
    organizations = List.copyOf(organizations);
    people = List.copyOf(people);
    policies = List.copyOf(policies);
    events = List.copyOf(events);
    quantities = List.copyOf(quantities);
    industryFocus = List.copyOf(industryFocus);
    Objects.requireNonNull(domain, "domain");
  }

  /** The names the tagger marked, in text order. */
  public Extraction withNames(List<TaggedName> tagged) {
    return new Extraction(tagged, entities, regions, organizations, people, policies, events, quantities, industryFocus,
        domain);
  }

  /** Adds mentions, keeping those already found. */
  public Extraction withEntities(List<Mention> more) {
    List<Mention> all = new ArrayList<>(entities);
    all.addAll(more);
    return new Extraction(names, all, regions, organizations, people, policies, events, quantities, industryFocus, domain);
  }

  /** The same record with these mentions in place of the ones found so far. */
  public Extraction replacingEntities(List<Mention> kept) {
    return new Extraction(names, kept, regions, organizations, people, policies, events, quantities, industryFocus, domain);
  }

  public Extraction withRegions(List<Region> found) {
    return new Extraction(names, entities, found, organizations, people, policies, events, quantities, industryFocus, domain);
  }

  public Extraction withOrganizations(List<Organization> found) {
    return new Extraction(names, entities, regions, found, people, policies, events, quantities, industryFocus, domain);
  }

  public Extraction withPeople(List<Person> found) {
    return new Extraction(names, entities, regions, organizations, found, policies, events, quantities, industryFocus, domain);
  }

  public Extraction withPolicies(List<Policy> found) {
    return new Extraction(names, entities, regions, organizations, people, found, events, quantities, industryFocus, domain);
  }

  public Extraction withEvents(List<Event> found) {
    return new Extraction(names, entities, regions, organizations, people, policies, found, quantities, industryFocus, domain);
  }

  public Extraction withIndustryFocus(List<IndustryFocus> found) {
    return new Extraction(names, entities, regions, organizations, people, policies, events, quantities, found, domain);
  }

  public Extraction withQuantities(List<Quantity> found) {
    return new Extraction(names, entities, regions, organizations, people, policies, events, found, industryFocus, domain);
  }

  public Extraction withDomain(DomainRecords found) {
    return new Extraction(names, entities, regions, organizations, people, policies, events, quantities, industryFocus, found);
  }
}
