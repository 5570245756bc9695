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
import no.followup.registry.persistence.workingset.JdbcWorkingSet;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcInfusions implements Infusions {

  static final String TABLE = "infusion";

  private final JdbcClient jdbc;
  private final JdbcWorkingSet working;

  JdbcInfusions(JdbcClient jdbc, JdbcWorkingSet working) {
    this.jdbc = jdbc;
    this.working = working;
  }

  @Override
  public void add(Infusion infusion) {
    working.insert(
        TABLE,
        infusion,
        """
                INSERT INTO infusion (id, enrolment_id, site_code, participant_id, infusion_date, drug, route,
                                      dose_mg_per_kg, dose_mg, weight_kg, duration_minutes, systolic_before, diastolic_before,
                                      systolic_max, diastolic_max, systolic_after, diastolic_after, heart_rate_max,
                                      spo2_min, dissociation_score)
                VALUES (:id, :enrolment, (SELECT site_code FROM enrolment WHERE id = :enrolment),
                        (SELECT participant_id FROM enrolment WHERE id = :enrolment), :date, :drug, :route,
                        :dose, :doseMg, :weight, :duration, :sysBefore, :diaBefore, :sysMax, :diaMax, :sysAfter, :diaAfter, :hrMax, :spo2Min, :dissociation)
                """,
        values(infusion).addValue("enrolment", infusion.enrolmentId().value()));
  }

  @Override
  public boolean replace(Infusion infusion, int expectedVersion) {
    working.flush(TABLE);
    working.forget(TABLE, infusion.enrolmentId());
    return jdbc.sql(
                """
                    UPDATE infusion SET infusion_date = :date, drug = :drug, route = :route, dose_mg_per_kg = :dose,
                           dose_mg = :doseMg, weight_kg = :weight, duration_minutes = :duration, systolic_before = :sysBefore,
                           diastolic_before = :diaBefore, systolic_max = :sysMax, diastolic_max = :diaMax,
                           systolic_after = :sysAfter, diastolic_after = :diaAfter, heart_rate_max = :hrMax,
                           spo2_min = :spo2Min, dissociation_score = :dissociation, version = version + 1
                    WHERE id = :id AND version = :expectedVersion
                    """)
            .paramSource(values(infusion).addValue("expectedVersion", expectedVersion))
            .update()
        == 1;
  }

  private static MapSqlParameterSource values(Infusion i) {
    VitalSigns v = i.vitals() == null ? VitalSigns.none() : i.vitals();
    return new MapSqlParameterSource()
        .addValue("id", i.id())
        .addValue("date", i.date())
        .addValue("drug", i.drug().name())
        .addValue("route", i.route().name())
        .addValue("dose", i.doseMgPerKg())
        .addValue("doseMg", i.doseMg())
        .addValue("weight", i.weightKg())
        .addValue("duration", i.durationMinutes())
        .addValue("sysBefore", v.systolicBefore())
        .addValue("diaBefore", v.diastolicBefore())
        .addValue("sysMax", v.systolicMax())
        .addValue("diaMax", v.diastolicMax())
        .addValue("sysAfter", v.systolicAfter())
        .addValue("diaAfter", v.diastolicAfter())
        .addValue("hrMax", v.heartRateMax())
        .addValue("spo2Min", v.spo2Min())
        .addValue("dissociation", i.dissociationScore());
  }

  @Override
  public Optional<Versioned<Infusion>> find(UUID id) {
    working.flush(TABLE);
    return jdbc.sql("SELECT * FROM infusion WHERE id = ?")
        .param(id)
        .query(JdbcInfusions::infusion)
        .optional();
  }

  @Override
  public List<Versioned<Infusion>> ofEnrolment(EnrolmentId enrolment) {
    return working.recordsOf(
        TABLE,
        enrolment,
        () ->
            jdbc.sql(
                    "SELECT * FROM infusion WHERE enrolment_id = ? ORDER BY infusion_date, recorded_at, id")
                .param(enrolment.value())
                .query(JdbcInfusions::infusion)
                .list());
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
            rs.getBigDecimal("dose_mg"),
            rs.getBigDecimal("weight_kg"),
            (Integer) rs.getObject("duration_minutes"),
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
