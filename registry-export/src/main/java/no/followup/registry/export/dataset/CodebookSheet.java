package no.followup.registry.export.dataset;

import java.util.List;
import no.followup.registry.export.excel.Column;

/**
 * A data sheet of a dataset and its columns: declared once, written to the file's codebook sheet
 * and shown in the catalogue, so the two cannot differ.
 */
public record CodebookSheet(String sheet, List<Column> columns) {

  public CodebookSheet {
    columns = List.copyOf(columns);
  }
}
