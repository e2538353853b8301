package org.kechuangradar.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/** A kind of dated happening. Its code is the name in lower case, as the extraction record writes it. */
public enum EventType implements Coded {
  MEETING("会议"), VISIT("调研"), SIGNED("签约"), ISSUED("发布"), ADOPTED("通过"), IN_FORCE("施行"), APPROVED("获批"),
  STARTED("开工"), BUILT("建成"), ACCEPTED("验收"), OPENED("启用"), ESTABLISHED("成立"), CALL("征集"), SETTLED("落户"),
  /** A decision, figure or finding made public (宣布, 公布数据); 记者从…获悉 only names a source. */
  ANNOUNCED("宣布"),
  /** A dated happening outside the field's steps: a launch, an earthquake, a strike, a protest, a drill. */
  OTHER("其他");

  private final String label;

  EventType(String label) {
    this.label = label;
  }

  /** The Chinese word a table or an export shows for it (验收 for accepted), as the web UI does. */
  @Override
  public String label() {
    return label;
  }

  /** The value with this code; an unknown code is an error. */
  @JsonCreator
  public static EventType of(String code) {
    return Coded.of(EventType.class, code);
  }
}
