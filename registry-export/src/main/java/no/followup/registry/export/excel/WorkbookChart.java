package no.followup.registry.export.excel;

import java.util.List;

/**
 * A column chart on the workbook's {@code charts} sheet, drawn from rows already written to one
 * data sheet: the chart references those very cells, so it shows what the sheet publishes and
 * nothing else.
 *
 * @param rows consecutive rows of one sheet part, as {@link ExcelDatasetWriter.SheetOut#row}
 *     returned them
 * @param categoryColumn the column whose values name the bars (a visit, a site)
 * @param valueColumns one series per column, titled with the column's label
 */
public record WorkbookChart(
    String title,
    List<ExcelDatasetWriter.WrittenRow> rows,
    String categoryColumn,
    List<String> valueColumns) {

  public WorkbookChart {
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("a chart needs rows");
    }
    rows = List.copyOf(rows);
    valueColumns = List.copyOf(valueColumns);
  }
}
