package no.followup.registry.application.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.followup.registry.domain.safety.SignalKind;
import no.followup.registry.domain.site.SiteCode;

/**
 * One e-mail about one signal: what kind, where, when, and to whom. Deliberately nothing more, so
 * no health data or identifier ever leaves by mail; the link opens the signal after sign-in.
 */
public record Notification(
    UUID id,
    UUID signalId,
    SignalKind kind,
    SiteCode site,
    Instant raisedAt,
    List<String> recipients,
    int attempts) {

  public Notification {
    recipients = List.copyOf(recipients);
  }
}
