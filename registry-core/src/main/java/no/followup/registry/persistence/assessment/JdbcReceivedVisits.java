package no.followup.registry.persistence.assessment;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.followup.registry.domain.assessment.ReceivedVisits;
import no.followup.registry.domain.participant.EnrolmentId;
import no.followup.registry.domain.site.SiteCode;
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
  public Map<EnrolmentId, Map<String, LocalDate>> firstAssessed(Optional<SiteCode> site) {
    Map<EnrolmentId, Map<String, LocalDate>> received = new HashMap<>();
    jdbc.query(
        """
        SELECT a.enrolment_id, a.visit_code, min(a.assessment_date) AS first_date
        FROM assessment a JOIN enrolment e ON e.id = a.enrolment_id
        WHERE (CAST(:site AS text) IS NULL OR e.site_code = :site) GROUP BY a.enrolment_id, a.visit_code
        """,
        new MapSqlParameterSource("site", site.map(SiteCode::value).orElse(null)),
        (RowCallbackHandler)
            rs ->
                received
                    .computeIfAbsent(
                        new EnrolmentId(rs.getObject("enrolment_id", UUID.class)),
                        k -> new HashMap<>())
                    .put(rs.getString("visit_code"), rs.getObject("first_date", LocalDate.class)));
    return received;
  }
}
