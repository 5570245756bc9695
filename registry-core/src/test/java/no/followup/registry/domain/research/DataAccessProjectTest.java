package no.followup.registry.domain.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DataAccessProjectTest {

  private static final LocalDate EXPIRES = LocalDate.of(2028, 6, 30);

  private static DataAccessProject project(Set<String> researchers, List<String> variables) {
    return new DataAccessProject(
        UUID.randomUUID(),
        "Durability",
        "REK 2026/1",
        "researcher",
        researchers,
        "KETAMINE-TRD",
        variables,
        LocalDate.of(2025, 1, 1),
        LocalDate.of(2027, 12, 31),
        EXPIRES,
        "coordinator",
        Instant.EPOCH);
  }

  @Test
  void a_project_is_active_up_to_and_including_its_expiry_date() {
    DataAccessProject project = project(Set.of("researcher"), List.of("participants.sex"));

    assertThat(project.activeOn(EXPIRES.minusDays(1))).isTrue();
    assertThat(project.activeOn(EXPIRES)).isTrue();
    assertThat(project.activeOn(EXPIRES.plusDays(1))).isFalse();
  }

  @Test
  void only_its_named_researchers_receive_its_releases_and_only_while_it_is_active() {
    DataAccessProject project =
        project(Set.of("researcher", "researcher2"), List.of("participants.sex"));

    assertThat(project.names("researcher2")).isTrue();
    assertThat(project.names("researcher3")).isFalse();
    assertThat(project.releasesTo("researcher2", EXPIRES)).isTrue();
    assertThat(project.releasesTo("researcher3", EXPIRES)).isFalse();
    assertThat(project.releasesTo("researcher2", EXPIRES.plusDays(1))).isFalse();
  }

  @Test
  void its_researchers_and_variables_cannot_change_after_it_is_made() {
    Set<String> researchers = new HashSet<>(Set.of("researcher"));
    List<String> variables = new ArrayList<>(List.of("participants.sex"));
    DataAccessProject project = project(researchers, variables);

    researchers.add("intruder");
    variables.add("participants.age_band");

    assertThat(project.researchers()).containsExactly("researcher");
    assertThat(project.approvedVariables()).containsExactly("participants.sex");
    assertThatThrownBy(() -> project.researchers().add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
