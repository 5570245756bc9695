package no.followup.registry.persistence.quality;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.followup.registry.domain.participant.ParticipantId;
import no.followup.registry.domain.quality.DataQualityFinding;
import no.followup.registry.domain.quality.DataQualityFinding.Status;
import no.followup.registry.domain.quality.DataQualityFindings;
import no.followup.registry.domain.site.SiteCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcDataQualityFindings implements DataQualityFindings {

  private static final String FILTER =
      " WHERE (CAST(:site AS text) IS NULL OR site_code = :site)"
          + " AND (CAST(:status AS text) IS NULL OR status = :status)";

  private final JdbcClient jdbc;

  JdbcDataQualityFindings(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<DataQualityFinding> page(
      Optional<SiteCode> site, Optional<Status> status, int page, int size) {
    return jdbc.sql(
            "SELECT * FROM data_quality_finding"
                + FILTER
                + " ORDER BY found_at DESC, id OFFSET :offset LIMIT :limit")
        .param("site", site.map(SiteCode::value).orElse(null))
        .param("status", status.map(Status::name).orElse(null))
        .param("offset", (long) page * size)
        .param("limit", size)
        .query(JdbcDataQualityFindings::finding)
        .list();
  }

  @Override
  public long count(Optional<SiteCode> site, Optional<Status> status) {
    return jdbc.sql("SELECT count(*) FROM data_quality_finding" + FILTER)
        .param("site", site.map(SiteCode::value).orElse(null))
        .param("status", status.map(Status::name).orElse(null))
        .query(Long.class)
        .single();
  }

  @Override
  public List<Tally> tally(Optional<SiteCode> site) {
    return jdbc.sql(
            """
            SELECT rule, site_code, count(*) FILTER (WHERE status = 'OPEN') AS open,
                   count(*) FILTER (WHERE status = 'ANSWERED') AS answered
            FROM data_quality_finding WHERE (CAST(:site AS text) IS NULL OR site_code = :site)
            GROUP BY rule, site_code ORDER BY rule, site_code
            """)
        .param("site", site.map(SiteCode::value).orElse(null))
        .query(
            (rs, row) ->
                new Tally(
                    rs.getString("rule"),
                    SiteCode.of(rs.getString("site_code")),
                    rs.getLong("open"),
                    rs.getLong("answered")))
        .list();
  }

  @Override
  public Optional<DataQualityFinding> find(UUID id) {
    return jdbc.sql("SELECT * FROM data_quality_finding WHERE id = ?")
        .param(id)
        .query(JdbcDataQualityFindings::finding)
        .optional();
  }

  @Override
  public void answer(UUID id, String answer, String answeredBy, Instant answeredAt) {
    jdbc.sql(
            """
            UPDATE data_quality_finding
            SET status = 'ANSWERED', answer = ?, answered_by = ?, answered_at = ?, version = version + 1
            WHERE id = ?
            """)
        .params(answer, answeredBy, OffsetDateTime.ofInstant(answeredAt, ZoneOffset.UTC), id)
        .update();
  }

  @Override
  public void handOver(ParticipantId participant, SiteCode from, SiteCode to) {
    jdbc.sql(
            """
            UPDATE data_quality_finding SET site_code = ?, version = version + 1
            WHERE participant_id = ? AND site_code = ? AND status = 'OPEN'
            """)
        .params(to.value(), participant.value(), from.value())
        .update();
  }

  private static DataQualityFinding finding(ResultSet rs, int row) throws SQLException {
    OffsetDateTime answeredAt = rs.getObject("answered_at", OffsetDateTime.class);
    return new DataQualityFinding(
        rs.getObject("id", UUID.class),
        rs.getString("rule"),
        SiteCode.of(rs.getString("site_code")),
        new ParticipantId(rs.getObject("participant_id", UUID.class)),
        rs.getString("record_type"),
        rs.getObject("record_id", UUID.class),
        rs.getString("detail"),
        rs.getObject("found_as_of", LocalDate.class),
        rs.getObject("found_at", OffsetDateTime.class).toInstant(),
        Status.valueOf(rs.getString("status")),
        rs.getString("answer"),
        rs.getString("answered_by"),
        answeredAt == null ? null : answeredAt.toInstant());
  }
}
