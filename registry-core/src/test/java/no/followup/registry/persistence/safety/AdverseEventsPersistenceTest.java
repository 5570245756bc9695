package no.followup.registry.persistence.safety;

import static no.followup.registry.domain.fixtures.EnrolmentFixture.ENROLMENT_DATE;
import static no.followup.registry.domain.fixtures.EnrolmentFixture.anEnrolment;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import no.followup.registry.domain.participant.Enrolment;
import no.followup.registry.domain.safety.ActionTaken;
import no.followup.registry.domain.safety.AdverseEvent;
import no.followup.registry.domain.safety.AdverseEventOutcome;
import no.followup.registry.domain.safety.Relatedness;
import no.followup.registry.domain.shared.Versioned;
import no.followup.registry.persistence.Database;
import no.followup.registry.persistence.participant.EnrolledParticipants;
import org.junit.jupiter.api.Test;

class AdverseEventsPersistenceTest {

  private static final Database DB = Database.migrated();
  private final JdbcAdverseEvents events = new JdbcAdverseEvents(DB.jdbc(), DB.workingSet());

  @Test
  void an_event_of_special_interest_reads_back_and_is_flagged_for_the_safety_jobs() {
    Enrolment enrolment = new EnrolledParticipants(DB).enrol(anEnrolment());
    AdverseEvent cystitis =
        new AdverseEvent(
            UUID.randomUUID(),
            enrolment.id(),
            ENROLMENT_DATE.plusDays(90),
            "CYSTITIS",
            3,
            true,
            Relatedness.PROBABLE,
            ActionTaken.TREATMENT_ENDED,
            AdverseEventOutcome.RECOVERING);

    events.add(cystitis);

    assertThat(events.find(cystitis.id()).map(Versioned::record)).contains(cystitis);
    assertThat(events.ofEnrolment(enrolment.id()))
        .extracting(Versioned::record)
        .containsExactly(cystitis);
    assertThat(
            DB.jdbc()
                .sql("SELECT special_interest FROM adverse_event WHERE id = ?")
                .param(cystitis.id())
                .query(Boolean.class)
                .single())
        .isTrue();
  }

  @Test
  void a_correction_to_a_common_term_is_no_longer_flagged_the_study_says_which_are_special() {
    Enrolment enrolment = new EnrolledParticipants(DB).enrol(anEnrolment());
    AdverseEvent cystitis = moderate(UUID.randomUUID(), enrolment, "CYSTITIS");
    events.add(cystitis);

    AdverseEvent nausea = moderate(cystitis.id(), enrolment, "NAUSEA");

    assertThat(events.replace(nausea, 1)).isTrue();
    assertThat(
            DB.jdbc()
                .sql("SELECT term, special_interest FROM adverse_event WHERE id = ?")
                .param(cystitis.id())
                .query((rs, row) -> rs.getString(1) + " " + rs.getBoolean(2))
                .single())
        .isEqualTo("NAUSEA false");
  }

  private static AdverseEvent moderate(UUID id, Enrolment enrolment, String term) {
    return new AdverseEvent(
        id,
        enrolment.id(),
        ENROLMENT_DATE.plusDays(90),
        term,
        2,
        false,
        Relatedness.POSSIBLE,
        ActionTaken.NONE,
        AdverseEventOutcome.RECOVERING);
  }
}
