package no.followup.registry.persistence.treatment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.followup.registry.domain.participant.EnrolmentId;
import no.followup.registry.domain.shared.Versioned;
import no.followup.registry.domain.treatment.Drug;
import no.followup.registry.domain.treatment.Infusion;
import no.followup.registry.domain.treatment.Infusions;
import no.followup.registry.domain.treatment.Route;
import no.followup.registry.domain.treatment.VitalSigns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;

@Repository
class JdbcInfusions implements Infusions {

  private final JdbcClient jdbc;

  JdbcInfusions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void add(Infusion infusion) {
    withValues(
            jdbc.sql(
                """
                INSERT INTO infusion (id, enrolment_id, site_code, participant_id, infusion_date, drug, route,
                                      dose_mg_per_kg, weight_kg, duration_minutes, systolic_before, diastolic_before,
                                      systolic_max, diastolic_max, systolic_after, diastolic_after, heart_rate_max,
                                      spo2_min, dissociation_score)
                SELECT :id, e.id, e.site_code, e.participant_id, :date, :drug, :route, :dose, :weight, :duration,
                       :sysBefore, :diaBefore, :sysMax, :diaMax, :sysAfter, :diaAfter, :hrMax, :spo2Min, :dissociation
                FROM enrolment e WHERE e.id = :enrolment
                """),
            infusion)
        .param("enrolment", infusion.enrolmentId().value())
        .update();
  }

  @Override
  public boolean replace(Infusion infusion, int expectedVersion) {
    return withValues(
                jdbc.sql(
                    """
                    UPDATE infusion SET infusion_date = :date, drug = :drug, route = :route, dose_mg_per_kg = :dose,
                           weight_kg = :weight, duration_minutes = :duration, systolic_before = :sysBefore,
                           diastolic_before = :diaBefore, systolic_max = :sysMax, diastolic_max = :diaMax,
                           systolic_after = :sysAfter, diastolic_after = :diaAfter, heart_rate_max = :hrMax,
                           spo2_min = :spo2Min, dissociation_score = :dissociation, version = version + 1
                    WHERE id = :id AND version = :expectedVersion
                    """),
                infusion)
            .param("expectedVersion", expectedVersion)
            .update()
        == 1;
  }

  private static StatementSpec withValues(StatementSpec statement, Infusion i) {
    VitalSigns v = i.vitals() == null ? VitalSigns.none() : i.vitals();
    return statement
        .param("id", i.id())
        .param("date", i.date())
        .param("drug", i.drug().name())
        .param("route", i.route().name())
        .param("dose", i.doseMgPerKg())
        .param("weight", i.weightKg())
        .param("duration", i.durationMinutes())
        .param("sysBefore", v.systolicBefore())
        .param("diaBefore", v.diastolicBefore())
        .param("sysMax", v.systolicMax())
        .param("diaMax", v.diastolicMax())
        .param("sysAfter", v.systolicAfter())
        .param("diaAfter", v.diastolicAfter())
        .param("hrMax", v.heartRateMax())
        .param("spo2Min", v.spo2Min())
        .param("dissociation", i.dissociationScore());
  }

  @Override
  public Optional<Versioned<Infusion>> find(UUID id) {
    return jdbc.sql("SELECT * FROM infusion WHERE id = ?")
        .param(id)
        .query(JdbcInfusions::infusion)
        .optional();
  }

  @Override
  public List<Versioned<Infusion>> ofEnrolment(EnrolmentId enrolment) {
    return jdbc.sql(
            "SELECT * FROM infusion WHERE enrolment_id = ? ORDER BY infusion_date, recorded_at, id")
        .param(enrolment.value())
        .query(JdbcInfusions::infusion)
        .list();
  }

  private static Versioned<Infusion> infusion(ResultSet rs, int row) throws SQLException {
    Infusion infusion =
        new Infusion(
            rs.getObject("id", UUID.class),
            new EnrolmentId(rs.getObject("enrolment_id", UUID.class)),
            rs.getObject("infusion_date", LocalDate.class),
            Drug.valueOf(rs.getString("drug")),
            Route.valueOf(rs.getString("route")),
            rs.getBigDecimal("dose_mg_per_kg"),
            rs.getBigDecimal("weight_kg"),
            rs.getInt("duration_minutes"),
            new VitalSigns(
                integer(rs, "systolic_before"),
                integer(rs, "diastolic_before"),
                integer(rs, "systolic_max"),
                integer(rs, "diastolic_max"),
                integer(rs, "systolic_after"),
                integer(rs, "diastolic_after"),
                integer(rs, "heart_rate_max"),
                integer(rs, "spo2_min")),
            integer(rs, "dissociation_score"));
    return new Versioned<>(infusion, rs.getInt("version"));
  }

  private static Integer integer(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, Integer.class);
  }
}
