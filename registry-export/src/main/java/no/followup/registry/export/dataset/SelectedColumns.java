package no.followup.registry.export.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.followup.registry.export.excel.Column;

/**
 * The columns of a sheet a release holds: the pseudonyms, then the approved variables in the
 * sheet's order. A sheet with no approved variable is not released at all.
 */
final class SelectedColumns {

  private final List<Column> columns = new ArrayList<>();
  private final int[] indexes;
  private final boolean released;

  SelectedColumns(String sheet, List<Column> all, Set<String> approved) {
    List<Integer> kept = new ArrayList<>();
    boolean anyApproved = false;
    for (int i = 0; i < all.size(); i++) {
      String name = all.get(i).name();
      boolean pseudonym = Evaluation2028Dataset.PSEUDONYMS.contains(name);
      boolean isApproved = approved.contains(sheet + "." + name);
      if (pseudonym || isApproved) {
        kept.add(i);
        columns.add(all.get(i));
      }
      anyApproved |= isApproved;
    }
    this.indexes = kept.stream().mapToInt(Integer::intValue).toArray();
    this.released = anyApproved;
  }

  boolean released() {
    return released;
  }

  List<Column> columns() {
    return List.copyOf(columns);
  }

  /** The row's values of the kept columns. */
  Object[] pick(Object... row) {
    Object[] picked = new Object[indexes.length];
    for (int i = 0; i < indexes.length; i++) {
      picked[i] = row[indexes[i]];
    }
    return picked;
  }
}
