package no.followup.registry.application.notification;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import no.followup.registry.application.RegistryClock;
import no.followup.registry.application.followup.FollowUps;
import no.followup.registry.domain.site.Site;
import no.followup.registry.domain.site.SiteCode;
import no.followup.registry.domain.site.Sites;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The weekly reminder: every site lead with an address is told how many of the site's visits are
 * overdue and missed, with a link to the worklist and no identifier. Every API instance's scheduler
 * runs it; the outbox takes one reminder per site and week, so each lead gets one.
 */
@Service
public class VisitReminders {

  private static final Logger log = LoggerFactory.getLogger(VisitReminders.class);

  private final Sites sites;
  private final FollowUps followUps;
  private final NotificationOutbox outbox;
  private final NotificationSettings settings;
  private final Recipients recipients;
  private final RegistryClock clock;

  public VisitReminders(
      Sites sites,
      FollowUps followUps,
      NotificationOutbox outbox,
      NotificationSettings settings,
      Recipients recipients,
      RegistryClock clock) {
    this.sites = sites;
    this.followUps = followUps;
    this.outbox = outbox;
    this.settings = settings;
    this.recipients = recipients;
    this.clock = clock;
  }

  @Scheduled(cron = "${registry.notifications.reminder-cron:0 0 7 * * MON}", zone = "Europe/Oslo")
  public void weekly() {
    int queued = queueThisWeek();
    log.info("weekly visit reminders queued for {} sites", queued);
  }

  /**
   * Queues this week's reminder for every site with a lead's address that has none yet.
   *
   * @return how many were queued now
   */
  public int queueThisWeek() {
    if (!settings.enabled()) {
      return 0;
    }
    LocalDate monday = clock.today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    Instant now = clock.now();
    int queued = 0;
    for (SiteCode site : sites.all().stream().map(Site::code).toList()) {
      List<String> leads = recipients.leadsOf(site);
      if (leads.isEmpty()) {
        continue;
      }
      FollowUps.OpenVisits open = followUps.openVisitsAt(site);
      Notification reminder =
          new Notification(
              UUID.randomUUID(),
              new Notification.VisitReminder(monday, open.overdue(), open.missed()),
              site,
              now,
              leads,
              0);
      queued += outbox.queue(reminder, now) ? 1 : 0;
    }
    return queued;
  }
}
