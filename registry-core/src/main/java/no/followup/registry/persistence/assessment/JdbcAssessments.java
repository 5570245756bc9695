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
import no.followup.registry.persistence.workingset.JdbcWorkingSet;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcAssessments implements Assessments {

  private static final String TABLE = "assessment";

  private final JdbcClient jdbc;
  private final JdbcWorkingSet working;

  JdbcAssessments(JdbcClient jdbc, JdbcWorkingSet working) {
    this.jdbc = jdbc;
    this.working = working;
  }

  @Override
  public void add(Assessment assessment) {
    working.insert(
        TABLE,
        assessment,
        """
                INSERT INTO assessment (id, enrolment_id, site_code, participant_id, assessment_date, visit_code,
                                        instrument, total_score, items)
                VALUES (:id, :enrolment, (SELECT site_code FROM enrolment WHERE id = :enrolment),
                        (SELECT participant_id FROM enrolment WHERE id = :enrolment), :date, :visit, :instrument, :total,
                       string_to_array(nullif(:items, ''), ',')::smallint[])
                """,
        values(assessment).addValue("enrolment", assessment.enrolmentId().value()));
  }

  @Override
  public boolean replace(Assessment assessment, int expectedVersion) {
    working.flush(TABLE);
    working.forget(TABLE, assessment.enrolmentId());
    return jdbc.sql(
                """
                    UPDATE assessment SET assessment_date = :date, visit_code = :visit, instrument = :instrument,
                           total_score = :total, items = string_to_array(nullif(:items, ''), ',')::smallint[],
                           version = version + 1
                    WHERE id = :id AND version = :expectedVersion
                    """)
            .paramSource(values(assessment).addValue("expectedVersion", expectedVersion))
            .update()
        == 1;
  }

  private static MapSqlParameterSource values(Assessment a) {
    // Item scores travel as a comma-separated list of integers and become a smallint[] in SQL.
    return new MapSqlParameterSource()
        .addValue("id", a.id())
        .addValue("date", a.date())
        .addValue("visit", a.visitCode())
        .addValue("instrument", a.instrumentCode())
        .addValue("total", a.totalScore())
        .addValue("items", String.join(",", a.items().stream().map(String::valueOf).toList()));
  }

  @Override
  public Optional<Versioned<Assessment>> find(UUID id) {
    working.flush(TABLE);
    return jdbc.sql("SELECT * FROM assessment WHERE id = ?")
        .param(id)
        .query(JdbcAssessments::assessment)
        .optional();
  }

  @Override
  public List<Versioned<Assessment>> ofEnrolment(EnrolmentId enrolment) {
    return working.recordsOf(
        TABLE,
        enrolment,
        () ->
            jdbc.sql(
                    "SELECT * FROM assessment WHERE enrolment_id = ? ORDER BY assessment_date, instrument, id")
                .param(enrolment.value())
                .query(JdbcAssessments::assessment)
                .list());
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
