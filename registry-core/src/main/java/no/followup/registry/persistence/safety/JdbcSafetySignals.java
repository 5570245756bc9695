package no.followup.registry.persistence.safety;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.followup.registry.domain.participant.ParticipantId;
import no.followup.registry.domain.safety.SafetySignal;
import no.followup.registry.domain.safety.SafetySignals;
import no.followup.registry.domain.safety.SignalFilter;
import no.followup.registry.domain.safety.SignalKind;
import no.followup.registry.domain.site.SiteCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcSafetySignals implements SafetySignals {

  private final JdbcClient jdbc;

  JdbcSafetySignals(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public boolean raise(SafetySignal s) {
    return jdbc.sql(
                """
                INSERT INTO safety_signal (id, participant_id, site_code, kind, source_type, source_id, raised_at, detail)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (kind, source_type, source_id) DO NOTHING
                """)
            .params(
                s.id(),
                s.participantId().value(),
                s.site().value(),
                s.kind().name(),
                s.sourceType(),
                s.sourceId(),
                OffsetDateTime.ofInstant(s.raisedAt(), ZoneOffset.UTC),
                s.detail())
            .update()
        == 1;
  }

  /** Each condition holds when its parameter is null, so one statement serves every filter. */
  private static final String MATCHING =
      """
      FROM safety_signal
      WHERE (CAST(:site AS text) IS NULL OR site_code = :site)
        AND (CAST(:kind AS text) IS NULL OR kind = :kind)
        AND (CAST(:before AS timestamptz) IS NULL OR raised_at < :before)
      """;

  @Override
  public List<SafetySignal> page(SignalFilter filter, int page, int size) {
    return jdbc.sql(
            "SELECT * " + MATCHING + " ORDER BY raised_at DESC, id OFFSET :offset LIMIT :limit")
        .params(parameters(filter))
        .param("offset", (long) page * size)
        .param("limit", size)
        .query(JdbcSafetySignals::signal)
        .list();
  }

  @Override
  public long count(SignalFilter filter) {
    return jdbc.sql("SELECT count(*) " + MATCHING)
        .params(parameters(filter))
        .query(Long.class)
        .single();
  }

  private static Map<String, Object> parameters(SignalFilter filter) {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("site", filter.site().map(SiteCode::value).orElse(null));
    parameters.put("kind", filter.kind().map(SignalKind::name).orElse(null));
    parameters.put(
        "before",
        filter.raisedBefore().map(at -> OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).orElse(null));
    return parameters;
  }

  private static SafetySignal signal(ResultSet rs, int row) throws SQLException {
    return new SafetySignal(
        rs.getObject("id", UUID.class),
        new ParticipantId(rs.getObject("participant_id", UUID.class)),
        SiteCode.of(rs.getString("site_code")),
        SignalKind.valueOf(rs.getString("kind")),
        rs.getString("source_type"),
        rs.getObject("source_id", UUID.class),
        rs.getObject("raised_at", OffsetDateTime.class).toInstant(),
        rs.getString("detail"));
  }
}
