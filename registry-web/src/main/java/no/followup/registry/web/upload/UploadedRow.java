package no.followup.registry.web.upload;

import java.util.Map;

/**
 * One filled row of an uploaded sheet: the cells by column header, read as text the forms bind
 * (dates as ISO dates, yes/no as true/false), empty cells left out.
 *
 * @param rowNumber the row as the spreadsheet program numbers it (the header is row 1)
 */
record UploadedRow(String sheet, int rowNumber, Map<String, String> cells) {

  UploadedRow {
    cells = Map.copyOf(cells);
  }

  /** The receipt's reference: sheet and row, never a cell's content. */
  String ref() {
    return sheet + ":" + rowNumber;
  }

  String cell(String header) {
    return cells.get(header);
  }
}
