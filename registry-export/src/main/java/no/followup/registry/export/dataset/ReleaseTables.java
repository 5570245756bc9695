package no.followup.registry.export.dataset;

import java.util.List;
import no.followup.registry.export.csv.CsvReleaseWriter;
import no.followup.registry.export.excel.Column;
import no.followup.registry.export.excel.ExcelDatasetWriter;

/**
 * The tables of a row-level release, written once into both its files: the Excel workbook and the
 * CSV zip. One table is written at a time, as the CSV zip takes them.
 */
final class ReleaseTables {

  /** A table being written. */
  interface Table {
    void row(Object... values);
  }

  private final ExcelDatasetWriter excel;
  private final CsvReleaseWriter csv;

  ReleaseTables(ExcelDatasetWriter excel, CsvReleaseWriter csv) {
    this.excel = excel;
    this.csv = csv;
  }

  Table table(String name, List<Column> columns) {
    ExcelDatasetWriter.SheetOut sheet = excel.sheet(name, columns);
    csv.table(name, columns);
    return values -> {
      sheet.row(values);
      csv.row(values);
    };
  }
}
