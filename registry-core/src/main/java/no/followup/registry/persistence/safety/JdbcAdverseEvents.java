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
import no.followup.registry.domain.safety.AdverseEvents;
import no.followup.registry.domain.safety.Relatedness;
import no.followup.registry.domain.shared.Versioned;
import no.followup.registry.persistence.workingset.JdbcWorkingSet;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcAdverseEvents implements AdverseEvents {

  private static final String TABLE = "adverse_event";

  private final JdbcClient jdbc;
  private final JdbcWorkingSet working;

  /**
   * Whether the term is of special interest in the enrolment's study, kept with the event for the
   * readers that do not load the study (the datasets).
   */
  private static final String SPECIAL_INTEREST =
      """
      SELECT t.raises_signal IS NOT NULL FROM enrolment e
      JOIN study_adverse_event_term t ON t.study_code = e.study_code AND t.study_version = e.study_version
                                     AND t.code = :term
      """;

  JdbcAdverseEvents(JdbcClient jdbc, JdbcWorkingSet working) {
    this.jdbc = jdbc;
    this.working = working;
  }

  @Override
  public void add(AdverseEvent event) {
    working.insert(
        TABLE,
        event,
        """
                INSERT INTO adverse_event (id, enrolment_id, site_code, participant_id, onset_date, term,
                                           special_interest, severity_grade, serious, relatedness, action_taken, outcome)
                VALUES (:id, :enrolment, (SELECT site_code FROM enrolment WHERE id = :enrolment),
                        (SELECT participant_id FROM enrolment WHERE id = :enrolment), :onset, :term,
                        ("""
            + SPECIAL_INTEREST
            + """
                         WHERE e.id = :enrolment), :grade, :serious, :relatedness, :action, :outcome)
                """,
        values(event).addValue("enrolment", event.enrolmentId().value()));
  }

  @Override
  public boolean replace(AdverseEvent event, int expectedVersion) {
    working.flush(TABLE);
    working.forget(TABLE, event.enrolmentId());
    return jdbc.sql(
                """
                    UPDATE adverse_event SET onset_date = :onset, term = :term,
                           special_interest = ("""
                    + SPECIAL_INTEREST
                    + """
                                               WHERE e.id = adverse_event.enrolment_id),
                           severity_grade = :grade, serious = :serious, relatedness = :relatedness,
                           action_taken = :action, outcome = :outcome, version = version + 1
                    WHERE id = :id AND version = :expectedVersion
                    """)
            .paramSource(values(event).addValue("expectedVersion", expectedVersion))
            .update()
        == 1;
  }

  private static MapSqlParameterSource values(AdverseEvent a) {
    return new MapSqlParameterSource()
        .addValue("id", a.id())
        .addValue("onset", a.onsetDate())
        .addValue("term", a.term())
        .addValue("grade", a.severityGrade())
        .addValue("serious", a.serious())
        .addValue("relatedness", a.relatedness().name())
        .addValue("action", a.action().name())
        .addValue("outcome", a.outcome().name());
  }

  @Override
  public Optional<Versioned<AdverseEvent>> find(UUID id) {
    working.flush(TABLE);
    return jdbc.sql("SELECT * FROM adverse_event WHERE id = ?")
        .param(id)
        .query(JdbcAdverseEvents::event)
        .optional();
  }

  @Override
  public List<Versioned<AdverseEvent>> ofEnrolment(EnrolmentId enrolment) {
    return working.recordsOf(
        TABLE,
        enrolment,
        () ->
            jdbc.sql(
                    "SELECT * FROM adverse_event WHERE enrolment_id = ? ORDER BY onset_date, recorded_at, id")
                .param(enrolment.value())
                .query(JdbcAdverseEvents::event)
                .list());
  }

  private static Versioned<AdverseEvent> event(ResultSet rs, int row) throws SQLException {
    AdverseEvent event =
        new AdverseEvent(
            rs.getObject("id", UUID.class),
            new EnrolmentId(rs.getObject("enrolment_id", UUID.class)),
            rs.getObject("onset_date", LocalDate.class),
            rs.getString("term"),
            rs.getInt("severity_grade"),
            rs.getBoolean("serious"),
            Relatedness.valueOf(rs.getString("relatedness")),
            ActionTaken.valueOf(rs.getString("action_taken")),
            AdverseEventOutcome.valueOf(rs.getString("outcome")));
    return new Versioned<>(event, rs.getInt("version"));
  }
}
