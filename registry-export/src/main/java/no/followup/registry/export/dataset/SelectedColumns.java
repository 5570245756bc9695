package no.followup.registry.export.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.followup.registry.export.excel.Column;

/**
 * The columns of a sheet a release holds: the pseudonyms, then the approved variables in the
 * sheet's order. A sheet with no approved variable is not released at all.
 */
final class SelectedColumns {

  private final List<Column> columns = new ArrayList<>();
  private final Set<String> allNames;
  private final boolean released;

  SelectedColumns(String sheet, List<Column> all, Set<String> approved) {
    this.allNames = all.stream().map(Column::name).collect(Collectors.toSet());
    boolean anyApproved = false;
    for (int i = 0; i < all.size(); i++) {
      String name = all.get(i).name();
      boolean pseudonym = Evaluation2028Dataset.PSEUDONYMS.contains(name);
      boolean isApproved = approved.contains(sheet + "." + name);
      if (pseudonym || isApproved) {
        columns.add(all.get(i));
      }
      anyApproved |= isApproved;
    }
    this.released = anyApproved;
  }

  boolean released() {
    return released;
  }

  List<Column> columns() {
    return List.copyOf(columns);
  }

  /**
   * The values of the kept columns, from a row of every column's value by name: a row that lacks a
   * column, or holds a value no column names, is a mistake in the dataset, never a shifted column.
   */
  Object[] pick(Map<String, Object> row) {
    if (!row.keySet().equals(allNames)) {
      throw new IllegalStateException(
          "the row's values are not the sheet's columns: " + row.keySet() + " vs " + allNames);
    }
    return columns.stream().map(column -> row.get(column.name())).toArray();
  }
}
