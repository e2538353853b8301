package org.kechuangradar.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/** A kind of policy instrument. Its code is the name in lower case, as the extraction record writes it. */
public enum InstrumentKind implements Coded {
  VOUCHER("券"), SUBSIDY("补贴"), REWARD("奖励"), TAX("税收优惠"), FUND("基金"), FIRST_PURCHASE("首购首用"), FAST_TRACK("绿色通道"),
  NEGATIVE_LIST("负面清单"), SCENARIO_OPENING("场景开放"), OTHER("其他");

  private final String label;

  InstrumentKind(String label) {
    this.label = label;
  }

  /** The Chinese word a table, an export or the web UI shows for it. */
  @Override
  public String label() {
    return label;
  }

  /** The value with this code; an unknown code is an error. */
  @JsonCreator
  public static InstrumentKind of(String code) {
    return Coded.of(InstrumentKind.class, code);
  }
}
