package no.followup.registry.export.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Over random cohorts (people with one or two enrolments, quasi-identifiers from small domains, so
 * that many classes are small): after suppression every class of the released values that says
 * anything holds at least k people; only values are suppressed, never changed; and a row whose
 * class already held k people keeps its values.
 */
class KAnonymityProperties {

  private static final List<Integer> ORDER = List.of(0, 1, 2, 3, 4);

  @Property(tries = 300)
  void every_class_holds_at_least_k_people_and_values_are_only_suppressed(
      @ForAll("cohorts") List<KAnonymity.Row> rows, @ForAll @IntRange(min = 2, max = 6) int k) {
    KAnonymity.Result result = KAnonymity.of(rows, ORDER, k);

    Map<List<String>, Set<String>> classes = new HashMap<>();
    for (KAnonymity.Row row : result.rows()) {
      if (!row.values().stream().allMatch(KAnonymity.SUPPRESSED::equals)) {
        classes.computeIfAbsent(row.values(), v -> new HashSet<>()).add(row.person());
      }
    }
    classes.forEach(
        (values, people) ->
            assertThat(people).as("class %s", values).hasSizeGreaterThanOrEqualTo(k));
    if (!classes.isEmpty()) {
      assertThat(result.smallestClass())
          .isEqualTo(classes.values().stream().mapToInt(Set::size).min().orElseThrow());
    }
    int suppressed = 0;
    Map<List<String>, Set<String>> before = classesOf(rows);
    for (int r = 0; r < rows.size(); r++) {
      List<String> original = rows.get(r).values();
      List<String> released = result.rows().get(r).values();
      assertThat(result.rows().get(r).person()).isEqualTo(rows.get(r).person());
      for (int i = 0; i < original.size(); i++) {
        if (!released.get(i).equals(original.get(i))) {
          assertThat(released.get(i)).isEqualTo(KAnonymity.SUPPRESSED);
          suppressed++;
        }
      }
      if (before.get(original).size() >= k) {
        assertThat(released).as("a safe row keeps its values").isEqualTo(original);
      }
    }
    assertThat(result.suppressedValues()).isEqualTo(suppressed);
  }

  @Example
  void the_first_quasi_identifier_in_the_order_goes_first_and_people_are_counted_not_rows() {
    List<KAnonymity.Row> rows = new ArrayList<>();
    for (int person = 0; person < 5; person++) {
      rows.add(new KAnonymity.Row("safe" + person, List.of("PUBLIC_HOSPITAL", "40-49")));
    }
    rows.add(new KAnonymity.Row("p0", List.of("PUBLIC_HOSPITAL", "30-39")));
    rows.add(new KAnonymity.Row("p0", List.of("PUBLIC_HOSPITAL", "30-39")));
    rows.add(new KAnonymity.Row("p1", List.of("PUBLIC_HOSPITAL", "30-39")));
    rows.add(new KAnonymity.Row("p2", List.of("PUBLIC_HOSPITAL", "30-39")));
    rows.add(new KAnonymity.Row("p3", List.of("PRIVATE_CLINIC", "30-39")));
    rows.add(new KAnonymity.Row("p4", List.of("PRIVATE_CLINIC", "30-39")));

    KAnonymity.Result result = KAnonymity.of(rows, List.of(0, 1), 5);

    assertThat(result.rows().subList(0, 5))
        .extracting(KAnonymity.Row::values)
        .containsOnly(List.of("PUBLIC_HOSPITAL", "40-49"));
    assertThat(result.rows().subList(5, 11))
        .as("three and two people: their site type goes, their age band stays")
        .extracting(KAnonymity.Row::values)
        .containsOnly(List.of("*", "30-39"));
    assertThat(result.suppressedValues()).isEqualTo(6);
    assertThat(result.smallestClass()).isEqualTo(5);
  }

  private static Map<List<String>, Set<String>> classesOf(List<KAnonymity.Row> rows) {
    Map<List<String>, Set<String>> classes = new HashMap<>();
    rows.forEach(
        row -> classes.computeIfAbsent(row.values(), v -> new HashSet<>()).add(row.person()));
    return classes;
  }

  @Provide
  Arbitrary<List<KAnonymity.Row>> cohorts() {
    Arbitrary<List<String>> values =
        Combinators.combine(
                Arbitraries.of("PUBLIC_HOSPITAL", "PRIVATE_CLINIC"),
                Arbitraries.of("TRD", "BIPOLAR"),
                Arbitraries.of("HELSE_SOR_OST", "HELSE_VEST", "HELSE_NORD"),
                Arbitraries.of("18-29", "30-39", "40-49", "70+"),
                Arbitraries.of("FEMALE", "MALE"))
            .as(List::of);
    Arbitrary<KAnonymity.Row> row =
        Combinators.combine(Arbitraries.integers().between(0, 60), values)
            .as((person, v) -> new KAnonymity.Row("p" + person, v));
    return row.list().ofMinSize(0).ofMaxSize(150);
  }
}
