package no.followup.registry.application.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import no.followup.registry.application.RegistryClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the outbox holds. Each run claims due rows (locked until its transaction ends, so no
 * other instance sends them), sends each, and marks it sent; a failure waits and retries, doubling
 * the wait, until the last try marks it failed. A crash between sending and committing sends that
 * one again: at least once, and once in every other case.
 */
@Service
public class NotificationDelivery {

  private static final Logger log = LoggerFactory.getLogger(NotificationDelivery.class);
  private static final int PER_RUN = 20;

  private final NotificationOutbox outbox;
  private final MailSender mail;
  private final NotificationMessages messages;
  private final NotificationSettings settings;
  private final RegistryClock clock;
  private final TransactionTemplate transaction;

  public NotificationDelivery(
      NotificationOutbox outbox,
      ObjectProvider<MailSender> mail,
      @Value("${spring.mail.host:}") String mailHost,
      NotificationMessages messages,
      NotificationSettings settings,
      RegistryClock clock,
      PlatformTransactionManager transactions) {
    this.outbox = outbox;
    this.mail = mailHost.isBlank() ? null : mail.getIfAvailable();
    if (this.mail == null) {
      log.warn("No mail server configured (REGISTRY_SMTP_HOST): notifications wait in the outbox");
    }
    this.messages = messages;
    this.settings = settings;
    this.clock = clock;
    this.transaction = new TransactionTemplate(transactions);
  }

  @Scheduled(
      fixedDelayString = "${registry.notifications.poll-interval:PT10S}",
      initialDelayString = "${registry.notifications.poll-interval:PT10S}")
  public void poll() {
    deliverDue();
  }

  /** Sends the due notifications; answers how many were sent. */
  public int deliverDue() {
    if (mail == null) {
      return 0;
    }
    Integer sent =
        transaction.execute(
            status -> {
              Instant now = clock.now();
              List<Notification> due = outbox.claimDue(PER_RUN, now);
              int delivered = 0;
              for (Notification notification : due) {
                delivered += deliver(notification, now) ? 1 : 0;
              }
              return delivered;
            });
    return sent == null ? 0 : sent;
  }

  private boolean deliver(Notification notification, Instant now) {
    try {
      mail.send(messages.of(notification));
      outbox.sent(notification.id(), now);
      return true;
    } catch (MailException e) {
      // The exception's class only: a mail server's message can quote addresses.
      String error = e.getClass().getSimpleName();
      int attempts = notification.attempts() + 1;
      if (attempts >= settings.maxAttempts()) {
        outbox.failed(notification.id(), error);
        log.error("notification {} failed after {} tries: {}", notification.id(), attempts, error);
      } else {
        Duration wait = settings.firstRetry().multipliedBy(1L << Math.min(attempts - 1, 10));
        outbox.retryAt(notification.id(), now.plus(wait), error);
        log.warn("notification {} not sent ({}); retry in {}", notification.id(), error, wait);
      }
      return false;
    }
  }
}
