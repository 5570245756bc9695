package no.followup.registry.persistence.treatment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import no.followup.registry.domain.participant.Discontinuation;
import no.followup.registry.domain.participant.EnrolmentId;
import no.followup.registry.domain.treatment.TreatmentCourse;
import no.followup.registry.domain.treatment.TreatmentEpisode;
import no.followup.registry.domain.treatment.TreatmentEpisodes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The episode rows; the induction row comes with the enrolment and the last row's discontinuation
 * follows the enrolment's, both by trigger (migration V30).
 */
@Repository
class JdbcTreatmentEpisodes implements TreatmentEpisodes {

  private final JdbcClient jdbc;

  JdbcTreatmentEpisodes(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public TreatmentCourse courseOf(EnrolmentId enrolment) {
    return new TreatmentCourse(
        jdbc.sql("SELECT * FROM treatment_episode WHERE enrolment_id = ? ORDER BY number")
            .param(enrolment.value())
            .query(JdbcTreatmentEpisodes::episode)
            .list());
  }

  @Override
  public void add(EnrolmentId enrolment, TreatmentEpisode episode) {
    jdbc.sql(
            """
            INSERT INTO treatment_episode (enrolment_id, number, kind, start_date)
            VALUES (:enrolment, :number, :kind, :startDate)
            """)
        .param("enrolment", enrolment.value())
        .param("number", episode.number())
        .param("kind", episode.kind().name())
        .param("startDate", episode.startDate())
        .update();
  }

  private static TreatmentEpisode episode(ResultSet rs, int row) throws SQLException {
    LocalDate discontinued = rs.getObject("discontinuation_date", LocalDate.class);
    String reason = rs.getString("discontinuation_reason");
    return new TreatmentEpisode(
        rs.getInt("number"),
        TreatmentEpisode.Kind.valueOf(rs.getString("kind")),
        rs.getObject("start_date", LocalDate.class),
        Optional.ofNullable(discontinued)
            .map(date -> new Discontinuation(date, Discontinuation.Reason.valueOf(reason))));
  }
}
