package no.followup.registry.domain.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import no.followup.registry.domain.fixtures.StudyFixture;
import org.junit.jupiter.api.Test;

/** How a study gives its drugs, as data. */
class StudyTreatmentTest {

  @Test
  void a_treatment_allows_at_least_one_session_in_28_days() {
    assertThat(
            new StudyTreatment("ESKETAMINE", "INTRANASAL", DoseUnit.MG, List.of(28), null, 1, null))
        .extracting(StudyTreatment::maxSessionsPer28Days)
        .isEqualTo(1);
    assertThatThrownBy(
            () ->
                new StudyTreatment(
                    "ESKETAMINE", "INTRANASAL", DoseUnit.MG, List.of(28), null, 0, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_yearly_review_threshold_is_at_least_one_session_or_none() {
    assertThat(new StudyTreatment("ESKETAMINE", "INTRANASAL", DoseUnit.MG, List.of(28), null, 8, 1))
        .extracting(StudyTreatment::reviewSessionsPerYear)
        .isEqualTo(1);
    assertThatThrownBy(
            () ->
                new StudyTreatment(
                    "ESKETAMINE", "INTRANASAL", DoseUnit.MG, List.of(28), null, 8, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void the_study_names_the_routes_of_each_drug_and_finds_a_treatment_by_drug_and_route() {
    StudyDefinition study = StudyFixture.ketamineTrd();

    assertThat(study.routesOf("ESKETAMINE")).containsExactly("INTRANASAL");
    assertThat(study.routesOf("PSILOCYBIN")).isEmpty();
    assertThat(study.treatment("ESKETAMINE", "INTRANASAL"))
        .map(StudyTreatment::dosesMg)
        .contains(List.of(28, 56, 84));
    assertThat(study.treatment("ESKETAMINE", "INTRAVENOUS")).isEmpty();
    assertThat(study.treatment("RACEMIC_KETAMINE", "INTRANASAL")).isEmpty();
  }
}
