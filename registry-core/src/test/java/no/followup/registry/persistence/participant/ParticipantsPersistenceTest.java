package no.followup.registry.persistence.participant;

import static no.followup.registry.domain.fixtures.EnrolmentFixture.ENROLMENT_DATE;
import static no.followup.registry.domain.fixtures.EnrolmentFixture.anEnrolment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import no.followup.registry.domain.consent.Withdrawal;
import no.followup.registry.domain.fixtures.StudyFixture;
import no.followup.registry.domain.participant.Discontinuation;
import no.followup.registry.domain.participant.Enrolment;
import no.followup.registry.domain.participant.FollowUpEnd;
import no.followup.registry.domain.participant.FollowUpStatus;
import no.followup.registry.domain.participant.Participant;
import no.followup.registry.domain.participant.ParticipantId;
import no.followup.registry.domain.participant.Pseudonym;
import no.followup.registry.domain.participant.Sex;
import no.followup.registry.domain.site.SiteCode;
import no.followup.registry.persistence.Database;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

class ParticipantsPersistenceTest {

  private static final Database DB = Database.migrated();
  private final JdbcParticipants participants = new JdbcParticipants(DB.jdbc(), DB.workingSet());

  @Test
  void one_person_enrolled_at_two_sites_is_one_participant_with_two_enrolments() {
    Pseudonym pseudonym = EnrolledParticipants.randomPseudonym();
    Participant person = new Participant(ParticipantId.random(), pseudonym, Sex.MALE, 1971);
    participants.addOrFind(person);
    participants.addEnrolment(anEnrolment().of(person.id()).at("OUS").build());
    participants.addEnrolment(
        anEnrolment().of(person.id()).at("UNN").enrolledOn(ENROLMENT_DATE.plusMonths(5)).build());

    assertThat(participants.findByPseudonym(pseudonym)).contains(person);
    assertThat(participants.enrolmentsOf(person.id()))
        .extracting(Enrolment::site)
        .containsExactly(SiteCode.of("OUS"), SiteCode.of("UNN"));
  }

  @Test
  void the_same_pseudonym_enrolled_again_is_the_participant_already_stored() {
    Pseudonym pseudonym = EnrolledParticipants.randomPseudonym();
    Participant first =
        participants.addOrFind(new Participant(ParticipantId.random(), pseudonym, Sex.MALE, 1971));

    Participant again =
        participants.addOrFind(new Participant(ParticipantId.random(), pseudonym, Sex.MALE, 1971));

    assertThat(again).isEqualTo(first);
    assertThatThrownBy(
            () ->
                DB.jdbc()
                    .sql(
                        "INSERT INTO participant (id, pseudonym, sex, birth_year) VALUES (?, ?, 'MALE', 1971)")
                    .params(java.util.UUID.randomUUID(), pseudonym.value())
                    .update())
        .as("the database itself refuses a second row")
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void the_database_refuses_a_second_enrolment_in_the_same_study_at_the_same_site() {
    Enrolment first = new EnrolledParticipants(DB).enrol(anEnrolment());

    assertThatThrownBy(
            () -> participants.addEnrolment(anEnrolment().of(first.participantId()).build()))
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void an_enrolment_reads_back_as_stored_and_keeps_its_withdrawal_and_discontinuation() {
    Enrolment enrolment = new EnrolledParticipants(DB).enrol(anEnrolment().at("HUS"));
    Enrolment ended =
        enrolment
            .discontinue(
                new Discontinuation(
                    ENROLMENT_DATE.plusDays(20), Discontinuation.Reason.ADVERSE_EVENT))
            .endFollowUp(
                new FollowUpEnd(
                    ENROLMENT_DATE.plusDays(30),
                    FollowUpEnd.Reason.DEATH,
                    FollowUpEnd.DeathCause.SUICIDE))
            .withdraw(new Withdrawal(ENROLMENT_DATE.plusDays(40), "moved abroad"));

    participants.updateFollowUpStatus(ended);

    assertThat(participants.findEnrolment(enrolment.id())).contains(ended);
    assertThat(
            participants.findEnrolment(
                enrolment.participantId(), SiteCode.of("HUS"), StudyFixture.KETAMINE_TRD))
        .contains(ended);
  }

  @Test
  void the_database_itself_refuses_an_enrolment_without_registry_consent() {
    Enrolment enrolment = new EnrolledParticipants(DB).enrol(anEnrolment());

    assertThatThrownBy(
            () ->
                DB.jdbc()
                    .sql("UPDATE enrolment SET registry_consent = false WHERE id = ?")
                    .param(enrolment.id().value())
                    .update())
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void a_sites_participants_are_listed_by_follow_up_status() {
    EnrolledParticipants enrolled = new EnrolledParticipants(DB);
    Enrolment active = enrolled.enrol(anEnrolment().at("STO"));
    Enrolment ended =
        enrolled.enrol(anEnrolment().at("STO").discontinuedOn(ENROLMENT_DATE.plusDays(20)));
    Enrolment withdrawn =
        enrolled.enrol(
            anEnrolment()
                .at("STO")
                .discontinuedOn(ENROLMENT_DATE.plusDays(20))
                .withdrawnOn(ENROLMENT_DATE.plusDays(30)));
    // Enrolments are stored new; withdrawal and discontinuation come later, as updates.
    participants.updateFollowUpStatus(ended);
    participants.updateFollowUpStatus(withdrawn);
    Optional<SiteCode> sto = Optional.of(SiteCode.of("STO"));

    assertThat(participants.page(sto, Optional.of(FollowUpStatus.ACTIVE), 0, 10))
        .containsExactly(active.participantId());
    assertThat(participants.page(sto, Optional.of(FollowUpStatus.TREATMENT_ENDED), 0, 10))
        .containsExactly(ended.participantId());
    assertThat(participants.page(sto, Optional.of(FollowUpStatus.WITHDRAWN), 0, 10))
        .containsExactly(withdrawn.participantId());
    assertThat(participants.page(sto, Optional.empty(), 0, 10))
        .containsExactlyInAnyOrder(
            active.participantId(), ended.participantId(), withdrawn.participantId());
    assertThat(participants.count(sto, Optional.of(FollowUpStatus.WITHDRAWN))).isEqualTo(1);
    assertThat(participants.count(sto, Optional.empty())).isEqualTo(3);
    assertThat(withdrawn.status()).isEqualTo(FollowUpStatus.WITHDRAWN);
  }
}
