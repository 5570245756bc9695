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
import no.followup.registry.persistence.workingset.JdbcWorkingSet;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcLabResults implements LabResults {

  private static final String TABLE = "lab_result";

  private final JdbcClient jdbc;
  private final JdbcWorkingSet working;

  JdbcLabResults(JdbcClient jdbc, JdbcWorkingSet working) {
    this.jdbc = jdbc;
    this.working = working;
  }

  @Override
  public void add(LabResult result) {
    working.insert(
        TABLE,
        result,
        """
                INSERT INTO lab_result (id, enrolment_id, site_code, participant_id, result_date, analyte, value, unit,
                                        upper_normal_limit)
                VALUES (:id, :enrolment, (SELECT site_code FROM enrolment WHERE id = :enrolment),
                        (SELECT participant_id FROM enrolment WHERE id = :enrolment), :date, :analyte, :value, :unit, :uln)
                """,
        values(result).addValue("enrolment", result.enrolmentId().value()));
  }

  @Override
  public boolean replace(LabResult result, int expectedVersion) {
    working.flush(TABLE);
    working.forget(TABLE, result.enrolmentId());
    return jdbc.sql(
                """
                    UPDATE lab_result SET result_date = :date, analyte = :analyte, value = :value, unit = :unit,
                           upper_normal_limit = :uln, version = version + 1
                    WHERE id = :id AND version = :expectedVersion
                    """)
            .paramSource(values(result).addValue("expectedVersion", expectedVersion))
            .update()
        == 1;
  }

  private static MapSqlParameterSource values(LabResult r) {
    return new MapSqlParameterSource()
        .addValue("id", r.id())
        .addValue("date", r.date())
        .addValue("analyte", r.analyte().name())
        .addValue("value", r.value())
        .addValue("unit", r.unit())
        .addValue("uln", r.upperNormalLimit());
  }

  @Override
  public Optional<Versioned<LabResult>> find(UUID id) {
    working.flush(TABLE);
    return jdbc.sql("SELECT * FROM lab_result WHERE id = ?")
        .param(id)
        .query(JdbcLabResults::result)
        .optional();
  }

  @Override
  public List<Versioned<LabResult>> ofEnrolment(EnrolmentId enrolment) {
    return working.recordsOf(
        TABLE,
        enrolment,
        () ->
            jdbc.sql(
                    "SELECT * FROM lab_result WHERE enrolment_id = ? ORDER BY result_date, analyte, id")
                .param(enrolment.value())
                .query(JdbcLabResults::result)
                .list());
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
