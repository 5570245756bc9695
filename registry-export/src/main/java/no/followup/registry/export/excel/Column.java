package no.followup.registry.export.excel;

/**
 * One column of a dataset sheet, as the codebook describes it.
 *
 * @param unit the unit of measurement, or empty
 * @param allowed the allowed values or range, in words
 * @param source where the value comes from in the registry
 */
public record Column(
    String name, String label, ColumnType type, String unit, String allowed, String source) {

  public static Column integer(
      String name, String label, String unit, String allowed, String source) {
    return new Column(name, label, ColumnType.INTEGER, unit, allowed, source);
  }

  public static Column decimal(
      String name, String label, String unit, String allowed, String source) {
    return new Column(name, label, ColumnType.DECIMAL, unit, allowed, source);
  }

  public static Column text(String name, String label, String allowed, String source) {
    return new Column(name, label, ColumnType.TEXT, "", allowed, source);
  }

  public static Column bool(String name, String label, String source) {
    return new Column(name, label, ColumnType.BOOLEAN, "", "TRUE or FALSE", source);
  }

  /** A share between 0 and 1, shown as a percentage. */
  public boolean measuresProportion() {
    return "proportion".equals(unit);
  }
}
