package org.communityhub.reports;

import java.util.ArrayList;
import java.util.List;
import org.communityhub.reports.ReportTable.Cell;
import org.communityhub.reports.ReportTable.Row;

/** A report table as CSV (RFC 4180): the page's headings and cells, word for word. */
final class Csv {

  private Csv() {}

  static String of(ReportTable table) {
    StringBuilder csv = new StringBuilder();
    line(csv, table.columns());
    for (Row row : table.rows()) {
      List<String> cells = new ArrayList<>();
      cells.add(row.label());
      row.cells().stream().map(Cell::text).forEach(cells::add);
      line(csv, cells);
    }
    return csv.toString();
  }

  private static void line(StringBuilder csv, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        csv.append(',');
      }
      csv.append(field(cells.get(i)));
    }
    csv.append("\r\n");
  }

  private static String field(String text) {
    String value = text == null ? "" : text;
    // a spreadsheet would run a cell starting with = + - @ as a formula (a partner's name could)
    if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) {
      value = "'" + value;
    }
    if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
      return '"' + value.replace("\"", "\"\"") + '"';
    }
    return value;
  }
}
