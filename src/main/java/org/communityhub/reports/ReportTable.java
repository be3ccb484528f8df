package org.communityhub.reports;

import java.util.List;

/**
 * One table of a report, as the page shows it and its CSV and JSON give it: the same words and
 * numbers ("fewer than 5" included). The chart beside it draws one column as bars.
 *
 * @param id the table's name in its download's address, e.g. "by-need"
 * @param chartColumn the column the chart draws (-1: no chart)
 */
public record ReportTable(String id, String caption, List<String> columns, List<Row> rows, int chartColumn,
    String chartUnit) {

  /** A row: its label (first column) and one cell per other column. */
  public record Row(String label, List<Cell> cells, String link) {
    public Row(String label, List<Cell> cells) {
      this(label, cells, null);
    }
  }

  /** What the cell says and, for the chart and JSON, its number (null when there is none or it is withheld). */
  public record Cell(String text, Double value) {}

  public boolean hasChart() {
    return chartColumn >= 0 && rows.stream().anyMatch(row -> value(row) != null && value(row) > 0);
  }

  /** The charted number of a row, or null. */
  public Double value(Row row) {
    return chartColumn < 0 ? null : row.cells().get(chartColumn).value();
  }

  /** A bar's length as a share of the longest, 0 to 100. */
  public double barPercent(Row row) {
    double max = rows.stream().map(this::value).filter(v -> v != null).mapToDouble(Double::doubleValue).max().orElse(0);
    Double value = value(row);
    return value == null || max <= 0 ? 0 : Math.round(value / max * 1000) / 10.0;
  }

  /** Chart height in SVG units: one 28-unit bar a row. */
  public int chartHeight() {
    return rows.size() * 28 + 4;
  }

  public String chartColumnName() {
    return chartColumn < 0 ? "" : columns.get(chartColumn + 1);
  }
}
