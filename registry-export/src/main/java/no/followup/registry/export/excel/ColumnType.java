package no.followup.registry.export.excel;

/** How a column's values are written and described in the codebook. */
public enum ColumnType {
  INTEGER,
  DECIMAL,
  TEXT,
  BOOLEAN
}
