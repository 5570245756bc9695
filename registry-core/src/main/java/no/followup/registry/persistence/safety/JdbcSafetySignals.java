package no.followup.registry.persistence.safety;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import no.followup.registry.domain.participant.ParticipantId;
import no.followup.registry.domain.safety.SafetySignal;
import no.followup.registry.domain.safety.SafetySignals;
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

  @Override
  public List<SafetySignal> page(int page, int size) {
    return jdbc.sql("SELECT * FROM safety_signal ORDER BY raised_at DESC, id OFFSET ? LIMIT ?")
        .params((long) page * size, size)
        .query(JdbcSafetySignals::signal)
        .list();
  }

  @Override
  public long count() {
    return jdbc.sql("SELECT count(*) FROM safety_signal").query(Long.class).single();
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
