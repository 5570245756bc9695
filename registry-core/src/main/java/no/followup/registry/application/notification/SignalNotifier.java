package no.followup.registry.application.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.followup.registry.domain.safety.SafetySignal;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Puts a newly raised signal of a notifying kind in the outbox, addressed to the coordinators and
 * the site's lead, in the transaction that raised it.
 */
@Component
@EnableConfigurationProperties(NotificationSettings.class)
public class SignalNotifier {

  private final NotificationOutbox outbox;
  private final NotificationSettings settings;
  private final Recipients recipients;

  public SignalNotifier(
      NotificationOutbox outbox, NotificationSettings settings, Recipients recipients) {
    this.outbox = outbox;
    this.settings = settings;
    this.recipients = recipients;
  }

  public void signalRaised(SafetySignal signal, Instant now) {
    if (!settings.enabled() || !settings.kinds().contains(signal.kind())) {
      return;
    }
    List<String> recipients = new ArrayList<>(this.recipients.coordinators());
    recipients.addAll(this.recipients.leadsOf(signal.site()));
    if (recipients.isEmpty()) {
      return;
    }
    outbox.queue(
        new Notification(
            UUID.randomUUID(),
            new Notification.SignalRaised(signal.id(), signal.kind()),
            signal.site(),
            signal.raisedAt(),
            recipients.stream().distinct().toList(),
            0),
        now);
  }
}
