package org.kechuangradar.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.kechuangradar.index.RecordFacets.Table;
import org.kechuangradar.model.Capacity;
import org.kechuangradar.model.EventStatus;
import org.kechuangradar.model.EventType;
import org.kechuangradar.model.FacilityKind;
import org.kechuangradar.model.FacilityStage;
import org.kechuangradar.model.IndicatorBasis;
import org.kechuangradar.model.InstrumentKind;
import org.kechuangradar.model.PolicyStatus;
import org.kechuangradar.web.Export.Column;

/** The columns each table exports, with the Chinese headers a researcher's spreadsheet shows. */
public final class Tables {
  private static final Column DOCUMENT_TITLE = Column.field("文章标题", "document_title");
  private static final Column PUBLISHED = Column.field("发布日期", "published");
  private static final Column DOCUMENT = Column.field("文章编号", "document");
  private static final Column SENTENCE = Column.field("原句", "sentence");

  static final List<Column> SEARCH = List.of(Column.field("标题", "title"), PUBLISHED, Column.field("来源", "sources"),
      Column.field("摘要", "snippet_plain"), Column.field("文章编号", "id"));
  static final List<Column> POLICIES = List.of(Column.field("政策名称", "title"), Column.field("类型", "kind"),
      Column.field("发布机关", "issuers"), Column.field("日期", "date"), Column.field("地区", "region"),
      Column.field("实施期限", "period"), Column.coded("状态", "status", c -> PolicyStatus.of(c).label()), Column.field("主题", "topics"),
      Column.field("报道篇数", "reports"), SENTENCE, DOCUMENT_TITLE, PUBLISHED, DOCUMENT);
  static final List<Column> EVENTS = List.of(Column.coded("事件类型", "type", c -> EventType.of(c).label()),
      Column.coded("状态", "status", c -> EventStatus.of(c).label()), Column.field("日期", "date"),
      Column.field("地区", "region"), Column.field("参与方", "actors"), Column.field("摘要", "summary"), SENTENCE,
      DOCUMENT_TITLE, PUBLISHED, DOCUMENT);
  static final List<Column> PEOPLE = List.of(Column.field("姓名", "name"), Column.field("职务", "positions"),
      Column.field("所属机构", "organization"), SENTENCE, DOCUMENT_TITLE, PUBLISHED, DOCUMENT);
  static final List<Column> ORGANIZATIONS = List.of(Column.field("名称", "name"), Column.field("类型", "type"),
      Column.field("别称", "aliases"), Column.field("提及次数", "mentions"), SENTENCE, DOCUMENT_TITLE, PUBLISHED,
      DOCUMENT);

  static final List<Column> PROPOSALS = List.of(Column.field("提出人", "speaker"), Column.coded("身份", "capacity", c -> Capacity.of(c).label()),
      Column.field("建议", "recommendations"), Column.field("主题", "topics"), Column.field("对象", "addressees"),
      SENTENCE, DOCUMENT_TITLE, PUBLISHED, DOCUMENT);
  static final List<Column> FACILITIES = List.of(Column.field("名称", "name"),
      Column.coded("类型", "kind", c -> FacilityKind.of(c).label()), Column.field("地区", "region"),
      Column.field("运营方", "operator"), new Column("阶段", Tables::stages), SENTENCE, DOCUMENT_TITLE, PUBLISHED,
      DOCUMENT);
  static final List<Column> FUNDS = List.of(Column.field("名称", "name"), new Column("规模", row -> amount(row.get("size"))),
      Column.field("地区", "region"), Column.field("发起方", "sponsor"), Column.field("产业", "industries"),
      Column.field("结构", "structure"), SENTENCE, DOCUMENT_TITLE, PUBLISHED, DOCUMENT);
  static final List<Column> CALLS = List.of(Column.field("名称", "name"), Column.field("类型", "kind"),
      Column.field("发布机关", "issuer"), Column.field("日期", "date"), Column.field("批次", "batch"),
      new Column("项目", Tables::projects), Column.field("申报条件", "eligibility"), Column.field("截止日期", "deadline"),
      SENTENCE, DOCUMENT_TITLE, PUBLISHED, DOCUMENT);
  static final List<Column> INSTRUMENTS = List.of(Column.coded("类型", "kind", c -> InstrumentKind.of(c).label()),
      Column.field("名称", "name"), Column.field("地区", "region"), new Column("额度", row -> amount(row.get("amount"))),
      new Column("上限", row -> cap(row.get("amount"))), Column.field("对象", "target"), Column.field("条件", "conditions"),
      Column.field("所属政策", "policy"), SENTENCE, DOCUMENT_TITLE, PUBLISHED, DOCUMENT);
  static final List<Column> INDICATORS = List.of(Column.field("指标", "metric"), Column.field("地区", "region"),
      Column.field("时期", "period"), Column.field("数值", "value"), Column.field("单位", "unit"),
      Column.coded("口径", "basis", c -> IndicatorBasis.of(c).label()), new Column("目标", row -> row.path("target").asBoolean() ? "目标" : "实际"), SENTENCE,
      DOCUMENT_TITLE, PUBLISHED, DOCUMENT);

  private Tables() {}

  /** A facility's stages in order, each with its date: 获批 2023-06；开工 2024-03. */
  private static String stages(JsonNode row) {
    List<String> out = new ArrayList<>();
    row.path("stages").forEach(s -> out.add(FacilityStage.of(s.path("stage").asText()).label()
        + (s.path("date").isTextual() ? " " + s.path("date").asText() : "")));
    return String.join("；", out);
  }

  /** A call's projects: 人工智能类 5；集成电路类 4. */
  private static String projects(JsonNode row) {
    List<String> out = new ArrayList<>();
    row.path("projects").forEach(p -> out.add((p.path("category").isTextual() ? p.path("category").asText() + " " : "")
        + p.path("count").asText()));
    return String.join("；", out);
  }

  /** An amount as its value and unit (200000000 元). */
  private static String amount(JsonNode a) {
    return a == null || !a.hasNonNull("value") ? "" : Export.text(a.get("value")) + " " + a.path("unit").asText("");
  }

  private static String cap(JsonNode a) {
    return a == null || !a.hasNonNull("cap") ? "" : Export.text(a.get("cap"));
  }

  // Whether an editor verified the fact, and which fields they corrected: 已核实, 已修正：日期.
  private static final Column REVIEWED = new Column("审核", row -> !row.path("verified").asBoolean(false) ? ""
      : row.has("corrected") ? "已修正：" + Export.text(row.get("corrected")) : "已核实");

  private static final Column CONFIDENCE = Column.field("置信度", "confidence");

  /** The columns of a table's export: its columns, how certain its recogniser was, whether an editor verified it. */
  static List<Column> exported(Table table) {
    List<Column> out = new ArrayList<>(of(table));
    out.add(CONFIDENCE);
    out.add(REVIEWED);
    return out;
  }

  /** The columns of a table, in the order a spreadsheet shows them. */
  public static List<Column> of(Table table) {
    return switch (table) {
      case POLICY -> POLICIES;
      case EVENT -> EVENTS;
      case PERSON -> PEOPLE;
      case ORGANIZATION -> ORGANIZATIONS;
      case PROPOSAL -> PROPOSALS;
      case FACILITY -> FACILITIES;
      case FUND -> FUNDS;
      case CALL -> CALLS;
      case INSTRUMENT -> INSTRUMENTS;
      case INDICATOR -> INDICATORS;
    };
  }
}
