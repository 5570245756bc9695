package no.followup.registry.persistence.safety;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.followup.registry.domain.participant.EnrolmentId;
import no.followup.registry.domain.safety.ActionTaken;
import no.followup.registry.domain.safety.AdverseEvent;
import no.followup.registry.domain.safety.AdverseEventOutcome;
import no.followup.registry.domain.safety.AdverseEventTerm;
import no.followup.registry.domain.safety.AdverseEvents;
import no.followup.registry.domain.safety.Relatedness;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcAdverseEvents implements AdverseEvents {

  private final JdbcClient jdbc;

  JdbcAdverseEvents(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void add(AdverseEvent a) {
    jdbc.sql(
            """
            INSERT INTO adverse_event (id, enrolment_id, site_code, participant_id, onset_date, term, special_interest,
                                       severity_grade, serious, relatedness, action_taken, outcome)
            SELECT :id, e.id, e.site_code, e.participant_id, :onset, :term, :specialInterest, :grade, :serious,
                   :relatedness, :action, :outcome
            FROM enrolment e WHERE e.id = :enrolment
            """)
        .param("id", a.id())
        .param("enrolment", a.enrolmentId().value())
        .param("onset", a.onsetDate())
        .param("term", a.term().name())
        .param("specialInterest", a.term().isSpecialInterest())
        .param("grade", a.severityGrade())
        .param("serious", a.serious())
        .param("relatedness", a.relatedness().name())
        .param("action", a.action().name())
        .param("outcome", a.outcome().name())
        .update();
  }

  @Override
  public Optional<AdverseEvent> find(UUID id) {
    return jdbc.sql("SELECT * FROM adverse_event WHERE id = ?")
        .param(id)
        .query(JdbcAdverseEvents::event)
        .optional();
  }

  @Override
  public List<AdverseEvent> of(EnrolmentId enrolment) {
    return jdbc.sql(
            "SELECT * FROM adverse_event WHERE enrolment_id = ? ORDER BY onset_date, recorded_at")
        .param(enrolment.value())
        .query(JdbcAdverseEvents::event)
        .list();
  }

  private static AdverseEvent event(ResultSet rs, int row) throws SQLException {
    return new AdverseEvent(
        rs.getObject("id", UUID.class),
        new EnrolmentId(rs.getObject("enrolment_id", UUID.class)),
        rs.getObject("onset_date", LocalDate.class),
        AdverseEventTerm.valueOf(rs.getString("term")),
        rs.getInt("severity_grade"),
        rs.getBoolean("serious"),
        Relatedness.valueOf(rs.getString("relatedness")),
        ActionTaken.valueOf(rs.getString("action_taken")),
        AdverseEventOutcome.valueOf(rs.getString("outcome")));
  }
}
