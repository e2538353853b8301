package org.kechuangradar.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.kechuangradar.ingest.Format;

/**
 * Writes a table as CSV (UTF-8 with a byte-order mark, so Excel reads the Chinese headers), Excel (XLSX) or
 * JSON Lines. Rows arrive as JSON objects; each column names its Chinese header and how to read its cell.
 */
public final class Export {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The file formats a table exports to. */
  public enum Format {
    CSV("text/csv; charset=utf-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    JSONL("application/jsonl; charset=utf-8", "jsonl");

    public final String contentType;
    public final String extension;

    Format(String contentType, String extension) {
      this.contentType = contentType;
      this.extension = extension;
    }

    /** The format a {@code format} parameter names, or null for plain JSON. */
    public static Format of(String name) {
      if (name == null || name.isBlank() || name.equals("json")) {
        return null;
      }
      try {
        return valueOf(name.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new QueryParams.BadRequest("format must be json, csv, xlsx or jsonl");
      }
    }
  }

  /** One column: its header and its cell of a row. */
  public record Column(String header, Function<JsonNode, String> cell) {
    /** A column showing one field; arrays are joined with 、. */
    public static Column field(String header, String field) {
      return new Column(header, row -> text(row.get(field)));
    }

    /** A column showing a coded field by its Chinese word ({@code accepted} as 验收); an unknown code as it is. */
    public static Column coded(String header, String field, Function<String, String> label) {
      return new Column(header, row -> {
        String code = text(row.get(field));
        try {
          return code.isEmpty() ? code : label.apply(code);
        } catch (IllegalArgumentException e) {
          return code;
        }
      });
    }
  }

  private Export() {}

  /** Writes the rows in a format; the stream is left open. */
  public static void write(Format format, List<Column> columns, List<JsonNode> rows, OutputStream out)
      throws IOException {
    switch (format) {
      case CSV -> csv(columns, rows, out);
      case XLSX -> xlsx(columns, rows, out);
      case JSONL -> {
        for (JsonNode row : rows) {
          out.write(JSON.writeValueAsBytes(row));
          out.write('\n');
        }
      }
    }
  }

  private static void csv(List<Column> columns, List<JsonNode> rows, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write('\uFEFF');
    w.write(line(columns.stream().map(Column::header).toList()));
    for (JsonNode row : rows) {
      List<String> cells = new ArrayList<>();
      for (Column c : columns) {
        cells.add(c.cell().apply(row));
      }
      w.write(line(cells));
    }
    w.flush();
  }

  // RFC 4180 quoting is a few lines; a library would add nothing but a dependency.
  private static String line(List<String> cells) {
    StringBuilder b = new StringBuilder();
    for (String cell : cells) {
      if (!b.isEmpty()) {
        b.append(',');
      }
      String s = defuse(cell == null ? "" : cell);
      b.append('"').append(s.replace("\"", "\"\"")).append('"');
    }
    return b.append("\r\n").toString();
  }

  /** A cell that a spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe. */
  static String defuse(String cell) {
    return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
  }

  private static void xlsx(List<Column> columns, List<JsonNode> rows, OutputStream out) throws IOException {
    try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
      Sheet sheet = book.createSheet("科创雷达");
      Row header = sheet.createRow(0);
      for (int i = 0; i < columns.size(); i++) {
        header.createCell(i).setCellValue(columns.get(i).header());
      }
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r + 1);
        for (int i = 0; i < columns.size(); i++) {
          String v = columns.get(i).cell().apply(rows.get(r));
          row.createCell(i).setCellValue(v == null ? "" : v);
        }
      }
      book.write(out);
      book.dispose();
    }
  }

  /**
   * A JSON value as a cell: text as is, a number without a fraction it does not have (200000000, not 2.0E8), arrays
   * joined with 、, objects as {@code from–to} or JSON.
   */
  static String text(JsonNode v) {
    if (v == null || v.isNull()) {
      return "";
    }
    if (v.isNumber()) {
      return v.decimalValue().stripTrailingZeros().toPlainString();
    }
    if (v.isArray()) {
      List<String> parts = new ArrayList<>();
      v.forEach(e -> parts.add(text(e)));
      return String.join("、", parts);
    }
    if (v.isObject()) {
      if (v.has("from") || v.has("to")) {
        return text(v.get("from")) + "—" + text(v.get("to"));
      }
      return v.toString();
    }
    return v.asText();
  }
}
