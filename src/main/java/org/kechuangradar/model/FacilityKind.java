package org.kechuangradar.model;

/**
 * A kind of facility, as {@code lexicon/facility-kinds.tsv} names them, and a community (社区) of start-ups. Its code
 * is the name in lower case, as the extraction record writes it.
 */
public enum FacilityKind implements Coded {
  COMPUTE("算力设施"), BIG_SCIENCE("大科学装置"), LAB("实验室"), PARK("园区"), ENERGY("能源设施"),
  INFRASTRUCTURE("基础设施"), CLUSTER("产业集群"), COMMUNITY("创新社区");

  private final String label;

  FacilityKind(String label) {
    this.label = label;
  }

  /** The Chinese word a table, an export or the web UI shows for it. */
  @Override
  public String label() {
    return label;
  }

  /** The value with this code; an unknown code is an error. */
  public static FacilityKind of(String code) {
    return Coded.of(FacilityKind.class, code);
  }
}
