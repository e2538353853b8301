package org.kechuangradar.brief;

import java.util.List;
import java.util.Locale;
import org.kechuangradar.index.RecordFacets.Table;

/**
 * A part of a chronicle: a kind of fact (policies, events, facilities, funds, calls, indicators) or a field
 * (compute, AI), whose facts of every kind are those of its industry.
 */
public enum BriefCategory {
  POLICIES("政策文件", List.of(Table.POLICY), null),
  EVENTS("重要事件", List.of(Table.EVENT), null),
  FACILITIES("重大设施", List.of(Table.FACILITY), null),
  FUNDS("基金", List.of(Table.FUND), null),
  CALLS("项目征集", List.of(Table.CALL), null),
  INDICATORS("指标与目标", List.of(Table.INDICATOR), null),
  COMPUTE("算力", FieldTables.ALL, "算力"),
  AI("人工智能", FieldTables.ALL, "人工智能");

  private final String label;
  private final List<Table> tables;
  private final String industry;

  BriefCategory(String label, List<Table> tables, String industry) {
    this.label = label;
    this.tables = tables;
    this.industry = industry;
  }

  /** The heading the chronicle gives it. */
  public String label() {
    return label;
  }

  /** The tables whose rows it takes. */
  public List<Table> tables() {
    return tables;
  }

  /** The industry its facts must be of, or null. */
  public String industry() {
    return industry;
  }

  /** The category of a code (policies, compute …); an unknown code is an error. */
  public static BriefCategory of(String code) {
    return valueOf(code.strip().toUpperCase(Locale.ROOT));
  }

  /** The kinds of fact a field's part of the chronicle takes. */
  private static final class FieldTables {
    static final List<Table> ALL = List.of(Table.POLICY, Table.EVENT, Table.FACILITY, Table.FUND, Table.CALL);
  }
}
