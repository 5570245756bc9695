package no.followup.registry.persistence.assessment;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.followup.registry.domain.assessment.ReceivedVisits;
import no.followup.registry.domain.participant.EnrolmentId;
import no.followup.registry.domain.site.SiteCode;
import no.followup.registry.domain.study.FirstAssessed;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class JdbcReceivedVisits implements ReceivedVisits {

  private final NamedParameterJdbcTemplate jdbc;

  JdbcReceivedVisits(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Map<EnrolmentId, FirstAssessed> firstAssessed(Optional<SiteCode> site) {
    return firstAssessed(
        "CAST(:site AS text) IS NULL OR e.site_code = :site",
        new MapSqlParameterSource("site", site.map(SiteCode::value).orElse(null)));
  }

  @Override
  public FirstAssessed firstAssessed(EnrolmentId enrolment) {
    return firstAssessed(
            "a.enrolment_id = :enrolment",
            new MapSqlParameterSource("enrolment", enrolment.value()))
        .getOrDefault(enrolment, new FirstAssessed());
  }

  private Map<EnrolmentId, FirstAssessed> firstAssessed(
      String condition, MapSqlParameterSource params) {
    Map<EnrolmentId, FirstAssessed> received = new HashMap<>();
    jdbc.query(
        """
        SELECT a.enrolment_id, a.episode, a.visit_code, min(a.assessment_date) AS first_date
        FROM assessment a JOIN enrolment e ON e.id = a.enrolment_id
        WHERE %s
        GROUP BY a.enrolment_id, a.episode, a.visit_code
        """
            .formatted(condition),
        params,
        (RowCallbackHandler)
            rs ->
                received
                    .computeIfAbsent(
                        new EnrolmentId(rs.getObject("enrolment_id", UUID.class)),
                        k -> new FirstAssessed())
                    .add(
                        rs.getInt("episode"),
                        rs.getString("visit_code"),
                        rs.getObject("first_date", LocalDate.class)));
    return received;
  }
}
