package org.kechuangradar.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/** Whether a happening took place ({@code done}) or is expected ({@code planned}: 预计…建成, 将于…举办). */
public enum EventStatus implements Coded {
  DONE("已发生"), PLANNED("计划");

  private final String label;

  EventStatus(String label) {
    this.label = label;
  }

  /** The Chinese word a table or an export shows for it (计划 for planned). */
  @Override
  public String label() {
    return label;
  }

  /** The value with this code; an unknown code is an error. */
  @JsonCreator
  public static EventStatus of(String code) {
    return Coded.of(EventStatus.class, code);
  }
}
