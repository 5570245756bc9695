package no.followup.registry.application.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.followup.registry.domain.safety.SignalKind;
import no.followup.registry.domain.site.SiteCode;

/**
 * One e-mail: what it is about, which site, when it was queued or raised, and to whom. Deliberately
 * nothing more, so no health data or identifier ever leaves by mail; its link opens the registry
 * after sign-in.
 */
public record Notification(
    UUID id,
    Subject subject,
    SiteCode site,
    Instant raisedAt,
    List<String> recipients,
    int attempts) {

  public Notification {
    recipients = List.copyOf(recipients);
  }

  /** What a notification is about. */
  public sealed interface Subject permits SignalRaised, VisitReminder {}

  /** A safety signal of a notifying kind was raised. */
  public record SignalRaised(UUID signalId, SignalKind kind) implements Subject {}

  /**
   * The weekly reminder to a site's lead: how many of the site's visits are overdue (their window
   * is open and their target day passed) and missed (their window closed without data).
   *
   * @param week the Monday of the week it is for
   */
  public record VisitReminder(LocalDate week, int overdue, int missed) implements Subject {}
}
