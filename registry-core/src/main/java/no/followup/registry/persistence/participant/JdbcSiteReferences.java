package no.followup.registry.persistence.participant;

import java.util.Optional;
import java.util.UUID;
import no.followup.registry.domain.participant.Enrolment;
import no.followup.registry.domain.participant.EnrolmentId;
import no.followup.registry.domain.participant.ParticipantId;
import no.followup.registry.domain.participant.SiteReference;
import no.followup.registry.domain.participant.SiteReferences;
import no.followup.registry.domain.site.SiteCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Written at once, not queued with the enrolments of a bulk submission: the next row may look the
 * reference up. The foreign keys wait for the commit (migration V19).
 */
@Repository
class JdbcSiteReferences implements SiteReferences {

  private final JdbcClient jdbc;

  JdbcSiteReferences(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void assign(Enrolment enrolment, SiteReference reference) {
    jdbc.sql(
            "INSERT INTO site_reference (enrolment_id, participant_id, site_code, reference)"
                + " VALUES (?, ?, ?, ?)")
        .params(
            enrolment.id().value(),
            enrolment.participantId().value(),
            enrolment.site().value(),
            reference.value())
        .update();
  }

  @Override
  public Optional<ParticipantId> find(SiteCode site, SiteReference reference) {
    return jdbc.sql(
            "SELECT participant_id FROM site_reference WHERE site_code = ? AND reference = ?")
        .params(site.value(), reference.value())
        .query(UUID.class)
        .optional()
        .map(ParticipantId::new);
  }

  @Override
  public Optional<SiteReference> of(EnrolmentId enrolment) {
    return jdbc.sql("SELECT reference FROM site_reference WHERE enrolment_id = ?")
        .param(enrolment.value())
        .query(String.class)
        .optional()
        .map(SiteReference::new);
  }

  @Override
  public void release(EnrolmentId enrolment) {
    jdbc.sql("DELETE FROM site_reference WHERE enrolment_id = ?").param(enrolment.value()).update();
  }
}
