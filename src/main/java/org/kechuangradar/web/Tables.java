package org.kechuangradar.web;

import java.util.List;
import org.kechuangradar.index.RecordFacets.Table;
import org.kechuangradar.model.EventStatus;
import org.kechuangradar.model.EventType;
import org.kechuangradar.model.PolicyStatus;
import org.kechuangradar.web.Export.Column;

/** The columns each table exports, with the Chinese headers a researcher's spreadsheet shows. */
final class Tables {
  private static final Column DOCUMENT_TITLE = Column.field("文章标题", "document_title");
  private static final Column PUBLISHED = Column.field("发布日期", "published");
  private static final Column DOCUMENT = Column.field("文章编号", "document");
  private static final Column SENTENCE = Column.field("原句", "sentence");

  static final List<Column> SEARCH = List.of(Column.field("标题", "title"), PUBLISHED, Column.field("来源", "sources"),
      Column.field("摘要", "snippet_plain"), Column.field("文章编号", "id"));
  static final List<Column> POLICIES = List.of(Column.field("政策名称", "title"), Column.field("类型", "kind"),
      Column.field("发布机关", "issuers"), Column.field("日期", "date"), Column.field("地区", "region"),
      Column.field("实施期限", "period"), Column.coded("状态", "status", c -> PolicyStatus.of(c).label()), Column.field("主题", "topics"), SENTENCE,
      DOCUMENT_TITLE, PUBLISHED, DOCUMENT);
  static final List<Column> EVENTS = List.of(Column.coded("事件类型", "type", c -> EventType.of(c).label()),
      Column.coded("状态", "status", c -> EventStatus.of(c).label()), Column.field("日期", "date"),
      Column.field("地区", "region"), Column.field("参与方", "actors"), Column.field("摘要", "summary"), SENTENCE,
      DOCUMENT_TITLE, PUBLISHED, DOCUMENT);
  static final List<Column> PEOPLE = List.of(Column.field("姓名", "name"), Column.field("职务", "positions"),
      Column.field("所属机构", "organization"), SENTENCE, DOCUMENT_TITLE, PUBLISHED, DOCUMENT);
  static final List<Column> ORGANIZATIONS = List.of(Column.field("名称", "name"), Column.field("类型", "type"),
      Column.field("别称", "aliases"), Column.field("提及次数", "mentions"), SENTENCE, DOCUMENT_TITLE, PUBLISHED,
      DOCUMENT);

  private Tables() {}

  static List<Column> of(Table table) {
    return switch (table) {
      case POLICY -> POLICIES;
      case EVENT -> EVENTS;
      case PERSON -> PEOPLE;
      case ORGANIZATION -> ORGANIZATIONS;
    };
  }
}
