package no.followup.registry.export.disclosure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which counts of a table to hide. Primary: every count with 0 &lt; n &lt; threshold.
 * Secondary: while some hidden count is still determined by the published counts and sums (solved
 * exactly as a linear system, so chains and cycles of sums are covered, not only a sum with one
 * hidden part), one more count of a sum holding it is hidden: the one that leaves the fewest sums
 * with a single hidden count, then the smallest (a hidden zero loses the least information).
 */
public final class DisclosureControl {

  private final int threshold;

  public DisclosureControl(int threshold) {
    if (threshold < 1) {
      throw new IllegalArgumentException("the threshold is at least 1");
    }
    this.threshold = threshold;
  }

  public int threshold() {
    return threshold;
  }

  /**
   * The keys to hide. Where candidates to hide are otherwise equal, the first key in the keys'
   * order is taken, so the same table always gives the same file.
   */
  public <K extends Comparable<K>> Set<K> hidden(CountTable<K> table) {
    Set<K> hidden = new LinkedHashSet<>();
    table
        .counts()
        .forEach(
            (key, value) -> {
              if (value > 0 && value < threshold) {
                hidden.add(key);
              }
            });
    if (hidden.isEmpty()) {
      return hidden;
    }
    new Rectangles<>(table).close(hidden);
    for (List<K> exposed = determined(table, hidden);
        !exposed.isEmpty();
        exposed = determined(table, hidden)) {
      hidden.add(protector(table, hidden, exposed.get(0)));
    }
    return hidden;
  }

  /**
   * A further count to hide so that the exposed one is no longer determined: a visible count of a
   * sum holding it, or, when those are all hidden, of a sum one step further out, and so on.
   */
  private static <K extends Comparable<K>> K protector(
      CountTable<K> table, Set<K> hidden, K exposed) {
    Comparator<K> cheapestFirst =
        Comparator.<K>comparingInt(key -> newlyExposedSums(table, hidden, key))
            .thenComparingLong(table::value)
            .thenComparing(Comparator.naturalOrder());
    Set<K> reached = Set.of(exposed);
    while (true) {
      Set<K> next = new LinkedHashSet<>(reached);
      for (K key : reached) {
        next.addAll(membersOfSumsHolding(table, key));
      }
      Optional<K> candidate = next.stream().filter(key -> !hidden.contains(key)).min(cheapestFirst);
      if (candidate.isPresent()) {
        return candidate.get();
      }
      if (next.size() == reached.size()) {
        throw new IllegalStateException("no visible count is left to protect " + exposed);
      }
      reached = next;
    }
  }

  /**
   * How many sums would hold exactly one hidden count once the key is hidden: each is a new cell to
   * protect. Choosing the candidate that opens the fewest closes suppression patterns into cycles
   * instead of cascading them through a whole column.
   */
  private static <K> int newlyExposedSums(CountTable<K> table, Set<K> hidden, K key) {
    int opened = 0;
    for (CountTable.Sum<K> sum : table.sums()) {
      boolean holds = sum.total().equals(key) || sum.parts().contains(key);
      if (holds
          && !hidden.contains(sum.total())
          && sum.parts().stream().noneMatch(hidden::contains)) {
        opened++;
      }
    }
    return opened;
  }

  private static <K> Set<K> membersOfSumsHolding(CountTable<K> table, K key) {
    Set<K> members = new LinkedHashSet<>();
    for (CountTable.Sum<K> sum : table.sums()) {
      if (sum.total().equals(key) || sum.parts().contains(key)) {
        members.addAll(sum.parts());
        members.add(sum.total());
      }
    }
    return members;
  }

  /**
   * The hidden counts the published ones determine: the sums, with visible counts moved to the
   * right-hand side, form a linear system in the hidden counts; a hidden count is determined when
   * its reduced row echelon form holds a row with that count alone.
   */
  static <K> List<K> determined(CountTable<K> table, Set<K> hidden) {
    List<K> unknowns = new ArrayList<>(hidden);
    Map<K, Integer> column = new HashMap<>();
    for (int i = 0; i < unknowns.size(); i++) {
      column.put(unknowns.get(i), i);
    }
    List<double[]> rows = new ArrayList<>();
    for (CountTable.Sum<K> sum : table.sums()) {
      double[] row = new double[unknowns.size()];
      boolean touchesHidden = false;
      for (K part : sum.parts()) {
        Integer c = column.get(part);
        if (c != null) {
          row[c] += 1;
          touchesHidden = true;
        }
      }
      Integer total = column.get(sum.total());
      if (total != null) {
        row[total] -= 1;
        touchesHidden = true;
      }
      if (touchesHidden) {
        rows.add(row);
      }
    }
    double[][] matrix = rows.toArray(double[][]::new);
    int rank = reduce(matrix, unknowns.size());
    List<K> determined = new ArrayList<>();
    for (int r = 0; r < rank; r++) {
      int nonZero = -1;
      int count = 0;
      for (int c = 0; c < unknowns.size(); c++) {
        if (Math.abs(matrix[r][c]) > EPSILON) {
          nonZero = c;
          count++;
        }
      }
      if (count == 1) {
        determined.add(unknowns.get(nonZero));
      }
    }
    return determined;
  }

  private static final double EPSILON = 1e-9;

  /** Gauss-Jordan elimination in place; answers the rank. */
  private static int reduce(double[][] m, int columns) {
    int rank = 0;
    for (int c = 0; c < columns && rank < m.length; c++) {
      int pivot = rank;
      for (int r = rank + 1; r < m.length; r++) {
        if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) {
          pivot = r;
        }
      }
      if (Math.abs(m[pivot][c]) < EPSILON) {
        continue;
      }
      double[] swap = m[pivot];
      m[pivot] = m[rank];
      m[rank] = swap;
      double lead = m[rank][c];
      for (int k = 0; k < columns; k++) {
        m[rank][k] /= lead;
      }
      for (int r = 0; r < m.length; r++) {
        if (r != rank && Math.abs(m[r][c]) > EPSILON) {
          double factor = m[r][c];
          for (int k = 0; k < columns; k++) {
            m[r][k] -= factor * m[rank][k];
          }
        }
      }
      rank++;
    }
    return rank;
  }
}
