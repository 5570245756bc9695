package no.followup.registry.export.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Over random tables with row, column and grand totals (many small counts, zeros, one-row and
 * one-column tables): no published count is small, and no hidden count can be worked out from the
 * published ones. The second is checked independently of the production code: with exact rational
 * arithmetic, a hidden count is determined exactly when adding its unit vector to the sums' matrix
 * over the hidden counts does not raise the rank.
 */
class DisclosureControlProperties {

  @Property(tries = 300)
  void no_small_count_is_published_and_no_hidden_count_can_be_recomputed(
      @ForAll("tables") long[][] cells, @ForAll @IntRange(min = 2, max = 10) int threshold) {
    CountTable<String> table = table(cells);

    Set<String> hidden = new DisclosureControl(threshold).hidden(table);

    table
        .counts()
        .forEach(
            (key, value) -> {
              if (value > 0 && value < threshold) {
                assertThat(hidden).as("small count %s = %d", key, value).contains(key);
              }
            });
    List<String> unknowns = new ArrayList<>(hidden);
    for (String key : unknowns) {
      assertThat(determined(table, unknowns, key))
          .as("hidden %s can be recomputed; hidden: %s", key, hidden)
          .isFalse();
    }
  }

  @Property(tries = 200)
  void a_table_without_small_counts_is_published_whole(@ForAll("largeTables") long[][] cells) {
    assertThat(new DisclosureControl(5).hidden(table(cells))).isEmpty();
  }

  @Provide
  Arbitrary<long[][]> tables() {
    Arbitrary<Long> count =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(3, Arbitraries.longs().between(0, 0)),
            net.jqwik.api.Tuple.of(4, Arbitraries.longs().between(1, 9)),
            net.jqwik.api.Tuple.of(5, Arbitraries.longs().between(10, 500)));
    return grid(count);
  }

  @Provide
  Arbitrary<long[][]> largeTables() {
    return grid(Arbitraries.longs().between(5, 1000));
  }

  private static Arbitrary<long[][]> grid(Arbitrary<Long> count) {
    return Combinators.combine(
            Arbitraries.integers().between(1, 6), Arbitraries.integers().between(1, 6))
        .flatAs(
            (rows, columns) ->
                count.array(long[].class).ofSize(columns).array(long[][].class).ofSize(rows));
  }

  /** Cells r,c with row totals r,T, column totals T,c and the grand total T,T. */
  static CountTable<String> table(long[][] cells) {
    CountTable<String> table = new CountTable<>();
    int rows = cells.length;
    int columns = cells[0].length;
    long[] columnTotals = new long[columns];
    for (int r = 0; r < rows; r++) {
      long rowTotal = 0;
      for (int c = 0; c < columns; c++) {
        table.count(r + "," + c, cells[r][c]);
        rowTotal += cells[r][c];
        columnTotals[c] += cells[r][c];
      }
      table.count(r + ",T", rowTotal);
    }
    long grand = 0;
    for (int c = 0; c < columns; c++) {
      table.count("T," + c, columnTotals[c]);
      grand += columnTotals[c];
    }
    table.count("T,T", grand);
    for (int r = 0; r < rows; r++) {
      List<String> parts = new ArrayList<>();
      for (int c = 0; c < columns; c++) {
        parts.add(r + "," + c);
      }
      table.sum(r + ",T", parts);
    }
    for (int c = 0; c < columns; c++) {
      List<String> parts = new ArrayList<>();
      for (int r = 0; r < rows; r++) {
        parts.add(r + "," + c);
      }
      table.sum("T," + c, parts);
    }
    List<String> rowTotals = new ArrayList<>();
    List<String> columnTotalKeys = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      rowTotals.add(r + ",T");
    }
    for (int c = 0; c < columns; c++) {
      columnTotalKeys.add("T," + c);
    }
    table.sum("T,T", rowTotals);
    table.sum("T,T", columnTotalKeys);
    return table;
  }

  /** Whether the unit vector of key lies in the row space of the sums over the hidden counts. */
  private static boolean determined(CountTable<String> table, List<String> unknowns, String key) {
    List<BigInteger[]> rows = new ArrayList<>();
    for (CountTable.Sum<String> sum : table.sums()) {
      BigInteger[] row = zeros(unknowns.size());
      boolean touches = false;
      for (String part : sum.parts()) {
        int i = unknowns.indexOf(part);
        if (i >= 0) {
          row[i] = row[i].add(BigInteger.ONE);
          touches = true;
        }
      }
      int t = unknowns.indexOf(sum.total());
      if (t >= 0) {
        row[t] = row[t].subtract(BigInteger.ONE);
        touches = true;
      }
      if (touches) {
        rows.add(row);
      }
    }
    int rank = rank(rows, unknowns.size());
    BigInteger[] unit = zeros(unknowns.size());
    unit[unknowns.indexOf(key)] = BigInteger.ONE;
    List<BigInteger[]> withUnit = new ArrayList<>();
    rows.forEach(r -> withUnit.add(r.clone()));
    withUnit.add(unit);
    return rank(withUnit, unknowns.size()) == rank;
  }

  private static BigInteger[] zeros(int n) {
    BigInteger[] row = new BigInteger[n];
    java.util.Arrays.fill(row, BigInteger.ZERO);
    return row;
  }

  /** Fraction-free Gaussian elimination (integer rows, cross-multiplied). */
  private static int rank(List<BigInteger[]> input, int columns) {
    List<BigInteger[]> m = new ArrayList<>();
    input.forEach(r -> m.add(r.clone()));
    int rank = 0;
    for (int c = 0; c < columns && rank < m.size(); c++) {
      int pivot = -1;
      for (int r = rank; r < m.size(); r++) {
        if (m.get(r)[c].signum() != 0) {
          pivot = r;
          break;
        }
      }
      if (pivot < 0) {
        continue;
      }
      BigInteger[] swap = m.get(pivot);
      m.set(pivot, m.get(rank));
      m.set(rank, swap);
      BigInteger[] p = m.get(rank);
      for (int r = rank + 1; r < m.size(); r++) {
        BigInteger[] row = m.get(r);
        if (row[c].signum() != 0) {
          BigInteger factor = row[c];
          for (int k = 0; k < columns; k++) {
            row[k] = row[k].multiply(p[c]).subtract(p[k].multiply(factor));
          }
        }
      }
      rank++;
    }
    return rank;
  }
}
