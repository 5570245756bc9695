package no.followup.registry.persistence.assessment;

import static no.followup.registry.domain.fixtures.EnrolmentFixture.ENROLMENT_DATE;
import static no.followup.registry.domain.fixtures.EnrolmentFixture.anEnrolment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import no.followup.registry.domain.assessment.Assessment;
import no.followup.registry.domain.participant.Enrolment;
import no.followup.registry.domain.shared.Versioned;
import no.followup.registry.persistence.Database;
import no.followup.registry.persistence.participant.EnrolledParticipants;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;

class AssessmentsPersistenceTest {

  private static final Database DB = Database.migrated();
  private final JdbcAssessments assessments = new JdbcAssessments(DB.jdbc(), DB.workingSet());

  @Test
  void item_scores_and_a_total_alone_both_read_back_exactly() {
    Enrolment enrolment = new EnrolledParticipants(DB).enrol(anEnrolment());
    Assessment withItems =
        new Assessment(
            UUID.randomUUID(),
            enrolment.id(),
            ENROLMENT_DATE,
            "BASELINE",
            "MADRS",
            32,
            List.of(4, 3, 4, 3, 2, 4, 3, 3, 4, 2));
    Assessment totalOnly =
        new Assessment(
            UUID.randomUUID(), enrolment.id(), ENROLMENT_DATE, "BASELINE", "PHQ9", 19, List.of());

    assessments.add(withItems);
    assessments.add(totalOnly);

    assertThat(assessments.find(withItems.id()).map(Versioned::record)).contains(withItems);
    assertThat(assessments.ofEnrolment(enrolment.id()))
        .extracting(Versioned::record)
        .containsExactly(withItems, totalOnly);
  }

  @Test
  void one_instrument_is_scored_once_per_visit() {
    Enrolment enrolment = new EnrolledParticipants(DB).enrol(anEnrolment());
    assessments.add(
        new Assessment(
            UUID.randomUUID(), enrolment.id(), ENROLMENT_DATE, "BASELINE", "MADRS", 30, List.of()));

    assertThatThrownBy(
            () ->
                assessments.add(
                    new Assessment(
                        UUID.randomUUID(),
                        enrolment.id(),
                        ENROLMENT_DATE,
                        "BASELINE",
                        "MADRS",
                        31,
                        List.of())))
        .isInstanceOf(DuplicateKeyException.class);
  }
}
