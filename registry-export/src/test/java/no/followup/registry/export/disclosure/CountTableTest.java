package no.followup.registry.export.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sums of a geographic table, declared for the disclosure control by the table itself. */
class CountTableTest {

  /** A figure's count for a unit, as a dataset keys it. */
  private record Key(String figure, String unit) {}

  private static final Map<String, List<String>> SITES_BY_REGION = new LinkedHashMap<>();

  static {
    SITES_BY_REGION.put("WEST", List.of("HUS", "SUS"));
    SITES_BY_REGION.put("NORTH", List.of("UNN"));
  }

  @Test
  void a_roll_up_declares_each_region_the_sum_of_its_sites_and_the_nation_of_its_regions() {
    CountTable<Key> table = new CountTable<>();
    count(table, "enrolled", Map.of("HUS", 3L, "SUS", 4L, "UNN", 9L, "WEST", 7L, "NORTH", 9L));
    table.count(new Key("enrolled", "NATION"), 16);

    table.rollUp(List.of("enrolled"), "NATION", SITES_BY_REGION, Key::new);

    assertThat(table.sums())
        .containsExactly(
            new CountTable.Sum<>(
                new Key("enrolled", "WEST"),
                List.of(new Key("enrolled", "HUS"), new Key("enrolled", "SUS"))),
            new CountTable.Sum<>(new Key("enrolled", "NORTH"), List.of(new Key("enrolled", "UNN"))),
            new CountTable.Sum<>(
                new Key("enrolled", "NATION"),
                List.of(new Key("enrolled", "WEST"), new Key("enrolled", "NORTH"))));
  }

  @Test
  void
      a_roll_up_that_does_not_add_up_is_refused_and_a_sum_that_may_part_is_declared_only_where_it_holds() {
    CountTable<Key> table = new CountTable<>();
    count(table, "enrolled", Map.of("HUS", 3L, "SUS", 4L, "UNN", 9L, "WEST", 8L, "NORTH", 9L));
    table.count(new Key("enrolled", "NATION"), 17);

    assertThatThrownBy(() -> table.rollUp(List.of("enrolled"), "NATION", SITES_BY_REGION, Key::new))
        .hasMessageContaining("not the sum of its parts");

    CountTable<Key> course = new CountTable<>();
    course.count(new Key("infusions", "HUS"), 5).count(new Key("sessions", "HUS"), 4);
    course.sumWhereItHolds(new Key("infusions", "HUS"), List.of(new Key("sessions", "HUS")));
    assertThat(course.sums()).isEmpty();
    course.count(new Key("sessions", "HUS"), 5);
    course.sumWhereItHolds(new Key("infusions", "HUS"), List.of(new Key("sessions", "HUS")));
    assertThat(course.sums()).hasSize(1);
  }

  private static void count(CountTable<Key> table, String figure, Map<String, Long> values) {
    values.forEach((unit, value) -> table.count(new Key(figure, unit), value));
  }
}
