package no.followup.registry.persistence.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.followup.registry.application.notification.Notification;
import no.followup.registry.application.notification.NotificationOutbox;
import no.followup.registry.domain.safety.SignalKind;
import no.followup.registry.domain.site.SiteCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcNotificationOutbox implements NotificationOutbox {

  private final JdbcClient jdbc;

  JdbcNotificationOutbox(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public boolean queue(Notification n, Instant now) {
    Notification.SignalRaised signal =
        n.subject() instanceof Notification.SignalRaised raised ? raised : null;
    Notification.VisitReminder reminder =
        n.subject() instanceof Notification.VisitReminder visits ? visits : null;
    return jdbc.sql(
                """
                INSERT INTO notification_outbox (id, signal_id, kind, reminder_week, overdue_visits, missed_visits,
                                                 site_code, raised_at, recipients, status, next_attempt_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'QUEUED', ?)
                ON CONFLICT (site_code, reminder_week) DO NOTHING
                """)
            .params(
                n.id(),
                signal == null ? null : signal.signalId(),
                signal == null ? null : signal.kind().name(),
                reminder == null ? null : reminder.week(),
                reminder == null ? null : reminder.overdue(),
                reminder == null ? null : reminder.missed(),
                n.site().value(),
                Timestamp.from(n.raisedAt()),
                String.join(",", n.recipients()),
                Timestamp.from(now))
            .update()
        == 1;
  }

  @Override
  public List<Notification> claimDue(int max, Instant now) {
    return jdbc.sql(
            """
            SELECT * FROM notification_outbox WHERE status = 'QUEUED' AND next_attempt_at <= ?
            ORDER BY raised_at LIMIT ? FOR UPDATE SKIP LOCKED
            """)
        .params(Timestamp.from(now), max)
        .query(JdbcNotificationOutbox::notification)
        .list();
  }

  @Override
  public void sent(UUID id, Instant at) {
    jdbc.sql(
            "UPDATE notification_outbox SET status = 'SENT', sent_at = ?, attempts = attempts + 1 WHERE id = ?")
        .params(Timestamp.from(at), id)
        .update();
  }

  @Override
  public void retryAt(UUID id, Instant next, String error) {
    jdbc.sql(
            """
            UPDATE notification_outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error = ?
            WHERE id = ?
            """)
        .params(Timestamp.from(next), error, id)
        .update();
  }

  @Override
  public void failed(UUID id, String error) {
    jdbc.sql(
            """
            UPDATE notification_outbox SET status = 'FAILED', attempts = attempts + 1, last_error = ?
            WHERE id = ?
            """)
        .params(error, id)
        .update();
  }

  private static Notification notification(ResultSet rs, int row) throws SQLException {
    LocalDate week = rs.getObject("reminder_week", LocalDate.class);
    Notification.Subject subject =
        week == null
            ? new Notification.SignalRaised(
                rs.getObject("signal_id", UUID.class), SignalKind.valueOf(rs.getString("kind")))
            : new Notification.VisitReminder(
                week, rs.getInt("overdue_visits"), rs.getInt("missed_visits"));
    return new Notification(
        rs.getObject("id", UUID.class),
        subject,
        SiteCode.of(rs.getString("site_code")),
        rs.getTimestamp("raised_at").toInstant(),
        Arrays.asList(rs.getString("recipients").split(",")),
        rs.getInt("attempts"));
  }

  @Override
  public Backlog backlog() {
    return jdbc.sql(
            """
            SELECT count(*) FILTER (WHERE status = 'QUEUED') AS queued,
                   min(raised_at) FILTER (WHERE status = 'QUEUED') AS oldest_queued,
                   count(*) FILTER (WHERE status = 'FAILED') AS failed
            FROM notification_outbox WHERE status <> 'SENT'
            """)
        .query(
            (rs, row) -> {
              Timestamp oldest = rs.getTimestamp("oldest_queued");
              return new Backlog(
                  rs.getLong("queued"),
                  Optional.ofNullable(oldest).map(Timestamp::toInstant),
                  rs.getLong("failed"));
            })
        .single();
  }
}
