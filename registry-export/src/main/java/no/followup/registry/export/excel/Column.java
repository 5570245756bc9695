package no.followup.registry.export.excel;

import java.util.Arrays;
import java.util.List;

/**
 * One column of a dataset sheet, as the codebook describes it.
 *
 * @param unit the unit of measurement, or empty
 * @param allowed the allowed values or range, in words
 * @param source where the value comes from in the registry
 * @param codes a coded column's every value, from the enum the registry stores (empty otherwise)
 */
public record Column(
    String name,
    String label,
    ColumnType type,
    String unit,
    String allowed,
    String source,
    List<String> codes) {

  public Column {
    codes = List.copyOf(codes);
  }

  public static Column integer(
      String name, String label, String unit, String allowed, String source) {
    return new Column(name, label, ColumnType.INTEGER, unit, allowed, source, List.of());
  }

  public static Column decimal(
      String name, String label, String unit, String allowed, String source) {
    return new Column(name, label, ColumnType.DECIMAL, unit, allowed, source, List.of());
  }

  public static Column text(String name, String label, String allowed, String source) {
    return new Column(name, label, ColumnType.TEXT, "", allowed, source, List.of());
  }

  /**
   * A coded column whose values are the enum's constants, so the codebook cannot drift from what
   * the registry stores.
   */
  public static Column coded(
      String name, String label, Class<? extends Enum<?>> codes, String note, String source) {
    List<String> values = codesOf(codes);
    String allowed = String.join(", ", values);
    return new Column(
        name,
        label,
        ColumnType.TEXT,
        "",
        note.isEmpty() ? allowed : allowed + "; " + note,
        source,
        values);
  }

  /** The names of an enum's constants, in order. */
  public static List<String> codesOf(Class<? extends Enum<?>> codes) {
    return Arrays.stream(codes.getEnumConstants()).map(Enum::name).toList();
  }

  /** The same column where a value may also be the marker, which the codebook explains. */
  public Column orMarker(String marker, String meaning) {
    List<String> withMarker = new java.util.ArrayList<>(codes);
    if (!codes.isEmpty()) {
      withMarker.add(marker);
    }
    return new Column(
        name, label, type, unit, allowed + "; " + marker + " = " + meaning, source, withMarker);
  }

  public static Column bool(String name, String label, String source) {
    return new Column(name, label, ColumnType.BOOLEAN, "", "TRUE or FALSE", source, List.of());
  }

  /** A share between 0 and 1, shown as a percentage. */
  public boolean measuresProportion() {
    return "proportion".equals(unit);
  }
}
