package no.followup.registry.persistence.assessment;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.followup.registry.domain.assessment.Assessment;
import no.followup.registry.domain.assessment.Assessments;
import no.followup.registry.domain.participant.EnrolmentId;
import no.followup.registry.domain.shared.Versioned;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;

@Repository
class JdbcAssessments implements Assessments {

  private final JdbcClient jdbc;

  JdbcAssessments(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void add(Assessment assessment) {
    withValues(
            jdbc.sql(
                """
                INSERT INTO assessment (id, enrolment_id, site_code, participant_id, assessment_date, visit_code,
                                        instrument, total_score, items)
                SELECT :id, e.id, e.site_code, e.participant_id, :date, :visit, :instrument, :total,
                       string_to_array(nullif(:items, ''), ',')::smallint[]
                FROM enrolment e WHERE e.id = :enrolment
                """),
            assessment)
        .param("enrolment", assessment.enrolmentId().value())
        .update();
  }

  @Override
  public boolean replace(Assessment assessment, int expectedVersion) {
    return withValues(
                jdbc.sql(
                    """
                    UPDATE assessment SET assessment_date = :date, visit_code = :visit, instrument = :instrument,
                           total_score = :total, items = string_to_array(nullif(:items, ''), ',')::smallint[],
                           version = version + 1
                    WHERE id = :id AND version = :expectedVersion
                    """),
                assessment)
            .param("expectedVersion", expectedVersion)
            .update()
        == 1;
  }

  private static StatementSpec withValues(StatementSpec statement, Assessment a) {
    // Item scores travel as a comma-separated list of integers and become a smallint[] in SQL.
    return statement
        .param("id", a.id())
        .param("date", a.date())
        .param("visit", a.visitCode())
        .param("instrument", a.instrumentCode())
        .param("total", a.totalScore())
        .param("items", String.join(",", a.items().stream().map(String::valueOf).toList()));
  }

  @Override
  public Optional<Versioned<Assessment>> find(UUID id) {
    return jdbc.sql("SELECT * FROM assessment WHERE id = ?")
        .param(id)
        .query(JdbcAssessments::assessment)
        .optional();
  }

  @Override
  public List<Versioned<Assessment>> ofEnrolment(EnrolmentId enrolment) {
    return jdbc.sql(
            "SELECT * FROM assessment WHERE enrolment_id = ? ORDER BY assessment_date, instrument, id")
        .param(enrolment.value())
        .query(JdbcAssessments::assessment)
        .list();
  }

  private static Versioned<Assessment> assessment(ResultSet rs, int row) throws SQLException {
    Assessment assessment =
        new Assessment(
            rs.getObject("id", UUID.class),
            new EnrolmentId(rs.getObject("enrolment_id", UUID.class)),
            rs.getObject("assessment_date", LocalDate.class),
            rs.getString("visit_code"),
            rs.getString("instrument"),
            rs.getInt("total_score"),
            items(rs.getArray("items")));
    return new Versioned<>(assessment, rs.getInt("version"));
  }

  private static List<Integer> items(Array array) throws SQLException {
    if (array == null) {
      return List.of();
    }
    return Arrays.stream((Short[]) array.getArray()).map(Short::intValue).toList();
  }
}
