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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcLabResults implements LabResults {

  private final JdbcClient jdbc;

  JdbcLabResults(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void add(LabResult r) {
    jdbc.sql(
            """
            INSERT INTO lab_result (id, enrolment_id, site_code, participant_id, result_date, analyte, value, unit,
                                    upper_normal_limit)
            SELECT :id, e.id, e.site_code, e.participant_id, :date, :analyte, :value, :unit, :uln
            FROM enrolment e WHERE e.id = :enrolment
            """)
        .param("id", r.id())
        .param("enrolment", r.enrolmentId().value())
        .param("date", r.date())
        .param("analyte", r.analyte().name())
        .param("value", r.value())
        .param("unit", r.unit())
        .param("uln", r.upperNormalLimit())
        .update();
  }

  @Override
  public Optional<LabResult> find(UUID id) {
    return jdbc.sql("SELECT * FROM lab_result WHERE id = ?")
        .param(id)
        .query(JdbcLabResults::result)
        .optional();
  }

  @Override
  public List<LabResult> of(EnrolmentId enrolment) {
    return jdbc.sql("SELECT * FROM lab_result WHERE enrolment_id = ? ORDER BY result_date, analyte")
        .param(enrolment.value())
        .query(JdbcLabResults::result)
        .list();
  }

  private static LabResult result(ResultSet rs, int row) throws SQLException {
    return new LabResult(
        rs.getObject("id", UUID.class),
        new EnrolmentId(rs.getObject("enrolment_id", UUID.class)),
        rs.getObject("result_date", LocalDate.class),
        Analyte.valueOf(rs.getString("analyte")),
        rs.getBigDecimal("value"),
        rs.getString("unit"),
        rs.getBigDecimal("upper_normal_limit"));
  }
}
