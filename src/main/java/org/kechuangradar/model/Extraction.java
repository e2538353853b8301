package org.kechuangradar.model;

import java.util.List;

/** What the extraction stages found in a document; each stage fills its own list. */
public record Extraction(List<Mention> entities, List<Region> regions, List<Organization> organizations,
    List<Person> people, List<Policy> policies, List<Event> events, List<Quantity> quantities) {
  public static final Extraction EMPTY =
      new Extraction(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

  public Extraction {
    entities = List.copyOf(entities);
    regions = List.copyOf(regions);
    organizations = List.copyOf(organizations);
    people = List.copyOf(people);
    policies = List.copyOf(policies);
    events = List.copyOf(events);
    quantities = List.copyOf(quantities);
  }

  /** Adds mentions, keeping those already found. */
  public Extraction withEntities(List<Mention> more) {
    List<Mention> all = new java.util.ArrayList<>(entities);
    all.addAll(more);
    return new Extraction(all, regions, organizations, people, policies, events, quantities);
  }

  public Extraction withRegions(List<Region> found) {
    return new Extraction(entities, found, organizations, people, policies, events, quantities);
  }

  public Extraction withOrganizations(List<Organization> found) {
    return new Extraction(entities, regions, found, people, policies, events, quantities);
  }

  public Extraction withPeople(List<Person> found) {
    return new Extraction(entities, regions, organizations, found, policies, events, quantities);
  }

  public Extraction withPolicies(List<Policy> found) {
    return new Extraction(entities, regions, organizations, people, found, events, quantities);
  }

  public Extraction withEvents(List<Event> found) {
    return new Extraction(entities, regions, organizations, people, policies, found, quantities);
  }

  public Extraction withQuantities(List<Quantity> found) {
    return new Extraction(entities, regions, organizations, people, policies, events, found);
  }
}
