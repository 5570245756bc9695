package no.followup.registry.persistence.safety;

import static no.followup.registry.domain.fixtures.EnrolmentFixture.ENROLMENT_DATE;
import static no.followup.registry.domain.fixtures.EnrolmentFixture.anEnrolment;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import no.followup.registry.domain.participant.Enrolment;
import no.followup.registry.domain.safety.ActionTaken;
import no.followup.registry.domain.safety.AdverseEvent;
import no.followup.registry.domain.safety.AdverseEventOutcome;
import no.followup.registry.domain.safety.AdverseEventTerm;
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
            AdverseEventTerm.CYSTITIS,
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
}
