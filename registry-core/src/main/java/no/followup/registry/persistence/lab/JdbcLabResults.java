package no.followup.registry.persistence.lab;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.followup.registry.domain.lab.Analyte;
import no.followup.registry.domain.lab.LabResult;
import no.followup.registry.domain.lab.LabResults;
import no.followup.registry.domain.participant.EnrolmentId;
import no.followup.registry.domain.shared.Versioned;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;

@Repository
class JdbcLabResults implements LabResults {

  private final JdbcClient jdbc;

  JdbcLabResults(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void add(LabResult result) {
    withValues(
            jdbc.sql(
                """
                INSERT INTO lab_result (id, enrolment_id, site_code, participant_id, result_date, analyte, value, unit,
                                        upper_normal_limit)
                SELECT :id, e.id, e.site_code, e.participant_id, :date, :analyte, :value, :unit, :uln
                FROM enrolment e WHERE e.id = :enrolment
                """),
            result)
        .param("enrolment", result.enrolmentId().value())
        .update();
  }

  @Override
  public boolean replace(LabResult result, int expectedVersion) {
    return withValues(
                jdbc.sql(
                    """
                    UPDATE lab_result SET result_date = :date, analyte = :analyte, value = :value, unit = :unit,
                           upper_normal_limit = :uln, version = version + 1
                    WHERE id = :id AND version = :expectedVersion
                    """),
                result)
            .param("expectedVersion", expectedVersion)
            .update()
        == 1;
  }

  private static StatementSpec withValues(StatementSpec statement, LabResult r) {
    return statement
        .param("id", r.id())
        .param("date", r.date())
        .param("analyte", r.analyte().name())
        .param("value", r.value())
        .param("unit", r.unit())
        .param("uln", r.upperNormalLimit());
  }

  @Override
  public Optional<Versioned<LabResult>> find(UUID id) {
    return jdbc.sql("SELECT * FROM lab_result WHERE id = ?")
        .param(id)
        .query(JdbcLabResults::result)
        .optional();
  }

  @Override
  public List<Versioned<LabResult>> ofEnrolment(EnrolmentId enrolment) {
    return jdbc.sql(
            "SELECT * FROM lab_result WHERE enrolment_id = ? ORDER BY result_date, analyte, id")
        .param(enrolment.value())
        .query(JdbcLabResults::result)
        .list();
  }

  private static Versioned<LabResult> result(ResultSet rs, int row) throws SQLException {
    LabResult result =
        new LabResult(
            rs.getObject("id", UUID.class),
            new EnrolmentId(rs.getObject("enrolment_id", UUID.class)),
            rs.getObject("result_date", LocalDate.class),
            Analyte.valueOf(rs.getString("analyte")),
            rs.getBigDecimal("value"),
            rs.getString("unit"),
            rs.getBigDecimal("upper_normal_limit"));
    return new Versioned<>(result, rs.getInt("version"));
  }
}
