package org.kechuangradar.model;

/** In what capacity a speaker proposes. Its code is the name in lower case, as the extraction record writes it. */
public enum Capacity implements Coded {
  DEPUTY("人大代表"), MEMBER("政协委员"), EXPERT("专家"), OFFICE("负责人");

  private final String label;

  Capacity(String label) {
    this.label = label;
  }

  /** The Chinese word a table, an export or the web UI shows for it. */
  @Override
  public String label() {
    return label;
  }

  /** The value with this code; an unknown code is an error. */
  public static Capacity of(String code) {
    return Coded.of(Capacity.class, code);
  }
}
