package no.followup.registry.persistence.participant;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import no.followup.registry.domain.fixtures.EnrolmentFixture;
import no.followup.registry.domain.participant.Enrolment;
import no.followup.registry.domain.participant.Participant;
import no.followup.registry.domain.participant.ParticipantId;
import no.followup.registry.domain.participant.Participants;
import no.followup.registry.domain.participant.Pseudonym;
import no.followup.registry.domain.participant.Sex;
import no.followup.registry.persistence.Database;

/** Stores a participant with an enrolment, for tests of the records that hang off enrolments. */
public final class EnrolledParticipants {

  private final Participants participants;

  public EnrolledParticipants(Database db) {
    this.participants = new JdbcParticipants(db.jdbc(), db.workingSet());
  }

  public Participants participants() {
    return participants;
  }

  public Enrolment enrol(EnrolmentFixture enrolment) {
    Participant participant =
        new Participant(ParticipantId.random(), randomPseudonym(), Sex.FEMALE, 1979);
    participants.addOrFind(participant);
    Enrolment stored = enrolment.of(participant.id()).build();
    participants.addEnrolment(stored);
    return stored;
  }

  public static Pseudonym randomPseudonym() {
    byte[] bytes = new byte[32];
    ThreadLocalRandom.current().nextBytes(bytes);
    return new Pseudonym(HexFormat.of().formatHex(bytes));
  }
}
