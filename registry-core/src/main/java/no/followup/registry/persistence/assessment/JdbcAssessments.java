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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcAssessments implements Assessments {

  private final JdbcClient jdbc;

  JdbcAssessments(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void add(Assessment a) {
    jdbc.sql(
            """
            INSERT INTO assessment (id, enrolment_id, site_code, participant_id, assessment_date, visit_code, instrument,
                                    total_score, items)
            SELECT :id, e.id, e.site_code, e.participant_id, :date, :visit, :instrument, :total,
                   string_to_array(nullif(:items, ''), ',')::smallint[]
            FROM enrolment e WHERE e.id = :enrolment
            """)
        .param("id", a.id())
        .param("enrolment", a.enrolmentId().value())
        .param("date", a.date())
        .param("visit", a.visitCode())
        .param("instrument", a.instrumentCode())
        .param("total", a.totalScore())
        .param("items", String.join(",", a.items().stream().map(String::valueOf).toList()))
        .update();
  }

  @Override
  public Optional<Assessment> find(UUID id) {
    return jdbc.sql("SELECT * FROM assessment WHERE id = ?")
        .param(id)
        .query(JdbcAssessments::assessment)
        .optional();
  }

  @Override
  public List<Assessment> of(EnrolmentId enrolment) {
    return jdbc.sql(
            "SELECT * FROM assessment WHERE enrolment_id = ? ORDER BY assessment_date, instrument")
        .param(enrolment.value())
        .query(JdbcAssessments::assessment)
        .list();
  }

  private static Assessment assessment(ResultSet rs, int row) throws SQLException {
    return new Assessment(
        rs.getObject("id", UUID.class),
        new EnrolmentId(rs.getObject("enrolment_id", UUID.class)),
        rs.getObject("assessment_date", LocalDate.class),
        rs.getString("visit_code"),
        rs.getString("instrument"),
        rs.getInt("total_score"),
        items(rs.getArray("items")));
  }

  private static List<Integer> items(Array array) throws SQLException {
    if (array == null) {
      return List.of();
    }
    return Arrays.stream((Short[]) array.getArray()).map(Short::intValue).toList();
  }
}
