package no.followup.registry.persistence.safety;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import no.followup.registry.domain.participant.ParticipantId;
import no.followup.registry.domain.safety.Causality;
import no.followup.registry.domain.safety.Expectedness;
import no.followup.registry.domain.safety.SafetySignal;
import no.followup.registry.domain.safety.SafetySignals;
import no.followup.registry.domain.safety.SignalAction;
import no.followup.registry.domain.safety.SignalComment;
import no.followup.registry.domain.safety.SignalFilter;
import no.followup.registry.domain.safety.SignalKind;
import no.followup.registry.domain.safety.SignalState;
import no.followup.registry.domain.safety.SignalTriage;
import no.followup.registry.domain.safety.TriagedSignal;
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
  public Map<SignalKind, Map<SignalState, Long>> countByKindAndState() {
    Map<SignalKind, Map<SignalState, Long>> counts = new EnumMap<>(SignalKind.class);
    jdbc.sql("SELECT kind, state, count(*) AS n FROM safety_signal GROUP BY kind, state")
        .query(
            rs -> {
              counts
                  .computeIfAbsent(
                      SignalKind.valueOf(rs.getString("kind")),
                      kind -> new EnumMap<>(SignalState.class))
                  .put(SignalState.valueOf(rs.getString("state")), rs.getLong("n"));
            });
    return counts;
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
        AND (CAST(:state AS text) IS NULL OR state = :state)
        AND (CAST(:before AS timestamptz) IS NULL OR raised_at < :before)
      """;

  @Override
  public List<TriagedSignal> page(SignalFilter filter, int page, int size) {
    String order = filter.oldestFirst() ? "raised_at ASC, id" : "raised_at DESC, id";
    return jdbc.sql("SELECT * " + MATCHING + " ORDER BY " + order + " OFFSET :offset LIMIT :limit")
        .params(parameters(filter))
        .param("offset", (long) page * size)
        .param("limit", size)
        .query(JdbcSafetySignals::triaged)
        .list();
  }

  @Override
  public long count(SignalFilter filter) {
    return jdbc.sql("SELECT count(*) " + MATCHING)
        .params(parameters(filter))
        .query(Long.class)
        .single();
  }

  @Override
  public Optional<TriagedSignal> find(UUID id) {
    return jdbc.sql("SELECT * FROM safety_signal WHERE id = ?")
        .param(id)
        .query(JdbcSafetySignals::triaged)
        .optional();
  }

  @Override
  public Optional<TriagedSignal> findForUpdate(UUID id) {
    return jdbc.sql("SELECT * FROM safety_signal WHERE id = ? FOR UPDATE")
        .param(id)
        .query(JdbcSafetySignals::triaged)
        .optional();
  }

  @Override
  public void triage(UUID id, SignalTriage triage) {
    jdbc.sql(
            """
            UPDATE safety_signal
            SET state = ?, causality = ?, expectedness = ?, action_taken = ?, triage_comment = ?,
                triaged_by = ?, triaged_at = ?,
                first_closed_at = CASE WHEN ? = 'CLOSED' THEN coalesce(first_closed_at, ?)
                                       ELSE first_closed_at END
            WHERE id = ?
            """)
        .params(
            triage.state().name(),
            name(triage.causality()),
            name(triage.expectedness()),
            name(triage.action()),
            triage.comment().orElse(null),
            triage.by(),
            utc(triage.at()),
            triage.state().name(),
            utc(triage.at()),
            id)
        .update();
  }

  @Override
  public void comment(SignalComment comment) {
    jdbc.sql(
            "INSERT INTO safety_signal_comment (id, signal_id, author, written_at, comment)"
                + " VALUES (?, ?, ?, ?, ?)")
        .params(
            comment.id(),
            comment.signalId(),
            comment.author(),
            utc(comment.writtenAt()),
            comment.text())
        .update();
  }

  @Override
  public List<SignalComment> comments(UUID signalId) {
    return jdbc.sql(
            "SELECT * FROM safety_signal_comment WHERE signal_id = ? ORDER BY written_at, id")
        .param(signalId)
        .query(
            (rs, row) ->
                new SignalComment(
                    rs.getObject("id", UUID.class),
                    rs.getObject("signal_id", UUID.class),
                    rs.getString("author"),
                    rs.getObject("written_at", OffsetDateTime.class).toInstant(),
                    rs.getString("comment")))
        .list();
  }

  private static Map<String, Object> parameters(SignalFilter filter) {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("site", filter.site().map(SiteCode::value).orElse(null));
    parameters.put("kind", filter.kind().map(SignalKind::name).orElse(null));
    parameters.put("state", filter.state().map(SignalState::name).orElse(null));
    parameters.put("before", filter.raisedBefore().map(JdbcSafetySignals::utc).orElse(null));
    return parameters;
  }

  private static OffsetDateTime utc(Instant at) {
    return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  private static String name(Optional<? extends Enum<?>> value) {
    return value.map(Enum::name).orElse(null);
  }

  private static TriagedSignal triaged(ResultSet rs, int row) throws SQLException {
    SafetySignal signal =
        new SafetySignal(
            rs.getObject("id", UUID.class),
            new ParticipantId(rs.getObject("participant_id", UUID.class)),
            SiteCode.of(rs.getString("site_code")),
            SignalKind.valueOf(rs.getString("kind")),
            rs.getString("source_type"),
            rs.getObject("source_id", UUID.class),
            rs.getObject("raised_at", OffsetDateTime.class).toInstant(),
            rs.getString("detail"));
    OffsetDateTime triagedAt = rs.getObject("triaged_at", OffsetDateTime.class);
    SignalTriage triage =
        new SignalTriage(
            SignalState.valueOf(rs.getString("state")),
            optional(rs.getString("causality"), Causality::valueOf),
            optional(rs.getString("expectedness"), Expectedness::valueOf),
            optional(rs.getString("action_taken"), SignalAction::valueOf),
            Optional.ofNullable(rs.getString("triage_comment")),
            rs.getString("triaged_by"),
            triagedAt == null ? signal.raisedAt() : triagedAt.toInstant());
    return new TriagedSignal(signal, triage);
  }

  private static <E> Optional<E> optional(String value, Function<String, E> parse) {
    return Optional.ofNullable(value).map(parse);
  }
}
