package no.followup.registry.application.export;

import java.nio.file.Path;

/** Where an export's files are written ({@code registry-export}). */
public interface DatasetFiles {

  /** The export's Excel workbook. */
  Path file(String exportId);

  /** A row-level release's CSV zip (tables, codebook, R, Stata and SPSS syntax). */
  Path csvFile(String exportId);
}
