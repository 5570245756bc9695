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
import no.followup.registry.domain.shared.Versioned;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;

@Repository
class JdbcAdverseEvents implements AdverseEvents {

  private final JdbcClient jdbc;

  JdbcAdverseEvents(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void add(AdverseEvent event) {
    withValues(
            jdbc.sql(
                """
                INSERT INTO adverse_event (id, enrolment_id, site_code, participant_id, onset_date, term,
                                           special_interest, severity_grade, serious, relatedness, action_taken, outcome)
                SELECT :id, e.id, e.site_code, e.participant_id, :onset, :term, :specialInterest, :grade, :serious,
                       :relatedness, :action, :outcome
                FROM enrolment e WHERE e.id = :enrolment
                """),
            event)
        .param("enrolment", event.enrolmentId().value())
        .update();
  }

  @Override
  public boolean replace(AdverseEvent event, int expectedVersion) {
    return withValues(
                jdbc.sql(
                    """
                    UPDATE adverse_event SET onset_date = :onset, term = :term, special_interest = :specialInterest,
                           severity_grade = :grade, serious = :serious, relatedness = :relatedness,
                           action_taken = :action, outcome = :outcome, version = version + 1
                    WHERE id = :id AND version = :expectedVersion
                    """),
                event)
            .param("expectedVersion", expectedVersion)
            .update()
        == 1;
  }

  private static StatementSpec withValues(StatementSpec statement, AdverseEvent a) {
    return statement
        .param("id", a.id())
        .param("onset", a.onsetDate())
        .param("term", a.term().name())
        .param("specialInterest", a.term().isSpecialInterest())
        .param("grade", a.severityGrade())
        .param("serious", a.serious())
        .param("relatedness", a.relatedness().name())
        .param("action", a.action().name())
        .param("outcome", a.outcome().name());
  }

  @Override
  public Optional<Versioned<AdverseEvent>> find(UUID id) {
    return jdbc.sql("SELECT * FROM adverse_event WHERE id = ?")
        .param(id)
        .query(JdbcAdverseEvents::event)
        .optional();
  }

  @Override
  public List<Versioned<AdverseEvent>> ofEnrolment(EnrolmentId enrolment) {
    return jdbc.sql(
            "SELECT * FROM adverse_event WHERE enrolment_id = ? ORDER BY onset_date, recorded_at, id")
        .param(enrolment.value())
        .query(JdbcAdverseEvents::event)
        .list();
  }

  private static Versioned<AdverseEvent> event(ResultSet rs, int row) throws SQLException {
    AdverseEvent event =
        new AdverseEvent(
            rs.getObject("id", UUID.class),
            new EnrolmentId(rs.getObject("enrolment_id", UUID.class)),
            rs.getObject("onset_date", LocalDate.class),
            AdverseEventTerm.valueOf(rs.getString("term")),
            rs.getInt("severity_grade"),
            rs.getBoolean("serious"),
            Relatedness.valueOf(rs.getString("relatedness")),
            ActionTaken.valueOf(rs.getString("action_taken")),
            AdverseEventOutcome.valueOf(rs.getString("outcome")));
    return new Versioned<>(event, rs.getInt("version"));
  }
}
