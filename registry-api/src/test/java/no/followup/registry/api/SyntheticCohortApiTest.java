package no.followup.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.followup.registry.api.support.ApiTest;
import no.followup.registry.cohort.CohortDemo;
import no.followup.registry.cohort.SyntheticCohort;
import no.followup.registry.testsupport.KeycloakServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The synthetic cohort passes every rule of the real API: loaded through the bulk endpoint by each
 * site's hospital system, not one record is rejected, and the same seed always makes the same
 * people.
 */
@ApiTest
class SyntheticCohortApiTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void every_record_of_a_synthetic_cohort_is_accepted_through_the_bulk_api() {
    SyntheticCohort cohort = new SyntheticCohort(11, 150, LocalDate.now().minusDays(1));
    String keycloak = KeycloakServer.shared().issuer().replace("/realms/registry", "");
    long before = jdbc.sql("SELECT count(*) FROM enrolment").query(Long.class).single();

    CohortDemo.Totals totals = new CohortDemo("http://127.0.0.1:" + port, keycloak).load(cohort);

    assertThat(totals.rejected()).isZero();
    assertThat(totals.accepted()).isEqualTo(totals.received()).isGreaterThan(150 * 10);
    assertThat(jdbc.sql("SELECT count(*) FROM enrolment").query(Long.class).single() - before)
        .isEqualTo(150);
    assertThat(
            jdbc.sql("SELECT count(DISTINCT site_code) FROM enrolment").query(Long.class).single())
        .isEqualTo(7);
    List<Map<String, Object>> lines =
        java.util.stream.IntStream.range(0, 150)
            .mapToObj(cohort::participant)
            .flatMap(List::stream)
            .toList();
    assertThat(lines)
        .as("the course as it goes: maintenance, a new series after treatment ended, an end")
        .anySatisfy(line -> assertThat(line).containsEntry("type", "treatment-episode"))
        .anySatisfy(line -> assertThat(line.toString()).contains("kind=RETREATMENT"))
        .anySatisfy(line -> assertThat(line.toString()).contains("kind=MAINTENANCE"))
        .anySatisfy(line -> assertThat(line.toString()).contains("drug=ESKETAMINE"))
        .anySatisfy(line -> assertThat(line).containsEntry("type", "end-of-follow-up"));
    assertThat(lines)
        .as("and the slips real sites make: a session without its blood pressure")
        .anySatisfy(
            line ->
                assertThat(line.toString())
                    .contains("type=infusion")
                    .doesNotContain("systolicMax"));
  }

  /**
   * At the sizes the benchmark loads: no session after treatment ended unless a new episode began
   * first (a new series starting on the cohort's last day once sent its first infusion alone).
   */
  @Test
  void no_session_follows_an_ended_treatment_without_a_new_episode_first() {
    for (long seed = 1; seed <= 4; seed++) {
      SyntheticCohort cohort = new SyntheticCohort(seed, 3000, LocalDate.now().minusDays(1));
      for (int i = 0; i < 3000; i++) {
        String ended = null;
        for (Map<String, Object> line : cohort.participant(i)) {
          Map<?, ?> data = (Map<?, ?>) line.get("data");
          switch ((String) line.get("type")) {
            case "discontinuation" -> ended = (String) data.get("date");
            case "treatment-episode" -> ended = null;
            case "infusion" ->
                assertThat(ended == null || ((String) data.get("date")).compareTo(ended) <= 0)
                    .as(
                        "seed %d participant %d: a session on %s after treatment ended on %s",
                        seed, i, data.get("date"), ended)
                    .isTrue();
            default -> {}
          }
        }
      }
    }
  }

  @Test
  void the_same_seed_makes_the_same_people_and_another_seed_others() {
    LocalDate lastDay = LocalDate.of(2026, 10, 31);
    SyntheticCohort cohort = new SyntheticCohort(5, 40, lastDay);

    List<Map<String, Object>> first = cohort.participant(17);

    assertThat(new SyntheticCohort(5, 40, lastDay).participant(17)).isEqualTo(first);
    assertThat(new SyntheticCohort(6, 40, lastDay).participant(17)).isNotEqualTo(first);
  }
}
