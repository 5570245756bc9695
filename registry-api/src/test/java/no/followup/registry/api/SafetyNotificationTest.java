package no.followup.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import no.followup.registry.api.support.Api;
import no.followup.registry.api.support.ApiTest;
import no.followup.registry.api.support.Persona;
import no.followup.registry.api.support.Requests;
import no.followup.registry.application.followup.FollowUps;
import no.followup.registry.application.notification.NotificationDelivery;
import no.followup.registry.application.notification.VisitReminders;
import no.followup.registry.cohort.NationalIdNumbers;
import no.followup.registry.domain.site.SiteCode;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A serious safety signal reaches the coordinator and the site's lead by e-mail within a minute,
 * through a real SMTP server in this JVM (GreenMail); the mail holds no health data and no
 * identifier; an SMTP outage delays delivery and loses nothing, and nothing goes twice.
 */
@ApiTest
class SafetyNotificationTest {

  private static final int SMTP_PORT = freePort();
  private static GreenMail smtp = started();

  @DynamicPropertySource
  static void mail(DynamicPropertyRegistry properties) {
    properties.add("spring.mail.host", () -> "127.0.0.1");
    properties.add("spring.mail.port", () -> SMTP_PORT);
    properties.add("registry.schedules.enabled", () -> "true");
    properties.add("registry.notifications.poll-interval", () -> "PT1S");
    properties.add("registry.notifications.first-retry", () -> "PT1S");
    properties.add("registry.notifications.coordinators", () -> "coordinator@registry.example");
    properties.add("registry.notifications.site-leads.OUS", () -> "lead.ous@registry.example");
  }

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired NotificationDelivery delivery;
  @Autowired VisitReminders reminders;
  @Autowired FollowUps followUps;

  private static final java.time.ZoneId NORWAY = java.time.ZoneId.of("Europe/Oslo");

  @AfterAll
  static void stop() {
    smtp.stop();
  }

  @Test
  void a_serious_adverse_event_reaches_the_coordinator_within_a_minute_without_health_data()
      throws Exception {
    NationalIdNumbers.Synthetic person = NationalIdNumbers.nextSynthetic();
    UUID participant = enrol(person);
    smtp.purgeEmailFromAllMailboxes();
    long submitted = System.nanoTime();

    Api.Response event =
        new Api(port)
            .as(Persona.STAFF_OUS)
            .post(
                "/api/v1/participants/" + participant + "/adverse-events",
                Requests.adverseEvent("HEADACHE", 3, true));
    assertThat(event.status()).as(event.body()).isEqualTo(201);

    List<MimeMessage> mails = awaitMails(2, Duration.ofSeconds(60));
    double seconds = (System.nanoTime() - submitted) / 1e9;
    System.err.printf("notification delivered %.1f s after the submission%n", seconds);

    assertThat(seconds).isLessThan(60);
    // One message to both; the server keeps a copy per recipient.
    assertThat(mails.get(0).getAllRecipients())
        .extracting(Object::toString)
        .containsExactlyInAnyOrder("coordinator@registry.example", "lead.ous@registry.example");
    String text = (String) mails.get(0).getContent();
    assertThat(mails.get(0).getSubject()).contains("Serious adverse event").contains("OUS");
    assertThat(text)
        .contains("Alvorlig uønsket hendelse", "Serious adverse event", "/signals/")
        .doesNotContain(person.digits())
        .doesNotContain(participant.toString())
        .doesNotContain(String.valueOf(person.birthYear()))
        .doesNotContain("HEADACHE")
        .doesNotContain("grade");
  }

  @Test
  void an_smtp_outage_delays_notifications_and_each_is_sent_once_by_two_workers() throws Exception {
    smtp.stop();
    UUID participant = enrol(NationalIdNumbers.nextSynthetic());
    for (String term : List.of("PSYCHOSIS", "CRAVING", "HAEMATURIA")) {
      Api.Response event =
          new Api(port)
              .as(Persona.STAFF_OUS)
              .post(
                  "/api/v1/participants/" + participant + "/adverse-events",
                  Requests.adverseEvent(term, 2, false));
      assertThat(event.status()).isEqualTo(201);
    }
    awaitFailedAttempts(participant, Duration.ofSeconds(20));

    smtp = started();
    // The scheduled worker and a second one (as another API instance would) race for the rows.
    CompletableFuture<Integer> second =
        CompletableFuture.supplyAsync(
            () -> {
              int sent = 0;
              for (int i = 0; i < 40; i++) {
                sent += delivery.deliverDue();
                pause(250);
              }
              return sent;
            });
    List<MimeMessage> mails = awaitMails(6, Duration.ofSeconds(60));
    second.get();
    pause(2_000);

    assertThat(smtp.getReceivedMessages()).hasSize(6);
    assertThat(mails).hasSize(6);
    assertThat(
            jdbc.sql(
                    """
                    SELECT count(*) FROM notification_outbox o JOIN safety_signal s ON s.id = o.signal_id
                    WHERE s.participant_id = ? AND o.status = 'SENT' AND o.attempts >= 2
                    """)
                .param(participant)
                .query(Integer.class)
                .single())
        .as("each of the three was tried while the server was down, then sent")
        .isEqualTo(3);
  }

  @Test
  void each_site_lead_gets_one_weekly_reminder_with_the_counts_and_no_identifier()
      throws Exception {
    FollowUps.OpenVisits before = followUps.openVisitsAt(SiteCode.of("OUS"));
    // Enrolled 5 days ago: the baseline's window closed (missed), the midway visit's not open yet.
    NationalIdNumbers.Synthetic five = NationalIdNumbers.nextSynthetic();
    enrolOn(five, LocalDate.now(NORWAY).minusDays(5));
    // Enrolled 12 days ago: the baseline missed, the midway visit (day 10) open and overdue.
    NationalIdNumbers.Synthetic twelve = NationalIdNumbers.nextSynthetic();
    enrolOn(twelve, LocalDate.now(NORWAY).minusDays(12));
    FollowUps.OpenVisits now = followUps.openVisitsAt(SiteCode.of("OUS"));
    assertThat(now).isEqualTo(new FollowUps.OpenVisits(before.overdue() + 1, before.missed() + 2));
    smtp.purgeEmailFromAllMailboxes();

    assertThat(reminders.queueThisWeek())
        .as("OUS, the one site with a lead's address")
        .isEqualTo(1);
    assertThat(reminders.queueThisWeek()).as("once a week, however often it runs").isZero();

    MimeMessage mail = awaitMails(1, Duration.ofSeconds(30)).get(0);
    assertThat(mail.getAllRecipients())
        .extracting(Object::toString)
        .containsExactly("lead.ous@registry.example");
    assertThat(mail.getSubject()).contains("Ukens oppfølging", "OUS");
    String text = (String) mail.getContent();
    assertThat(text)
        .containsPattern("Forfalt[^\\n]*:\\s+" + now.overdue() + "\\b")
        .containsPattern("Ikke gjennomført[^\\n]*:\\s+" + now.missed() + "\\b")
        .containsPattern("Overdue[^\\n]*:\\s+" + now.overdue() + "\\b")
        .contains("http://127.0.0.1:8080/")
        .doesNotContain(five.digits(), twelve.digits(), String.valueOf(five.birthYear()));
  }

  private void enrolOn(NationalIdNumbers.Synthetic person, LocalDate date) {
    java.util.Map<String, Object> body = Requests.enrolment(person.digits(), person.birthYear());
    body.put("enrolmentDate", date.toString());
    body.put(
        "consent",
        java.util.Map.of(
            "offLabelInformed", true, "registryConsent", true, "consentDate", date.toString()));
    Api.Response enrolled = new Api(port).as(Persona.STAFF_OUS).post("/api/v1/participants", body);
    assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
  }

  private void awaitFailedAttempts(UUID participant, Duration within) {
    Awaitility.await("the notifications tried while the SMTP server was down")
        .atMost(within)
        .pollInterval(Duration.ofMillis(200))
        .until(
            () ->
                jdbc.sql(
                        """
                        SELECT count(*) FROM notification_outbox o JOIN safety_signal s ON s.id = o.signal_id
                        WHERE s.participant_id = ? AND o.attempts >= 1 AND o.status = 'QUEUED'
                        """)
                    .param(participant)
                    .query(Integer.class)
                    .single(),
            tried -> tried == 3);
  }

  private static List<MimeMessage> awaitMails(int count, Duration within) {
    Awaitility.await(count + " mails")
        .atMost(within)
        .pollInterval(Duration.ofMillis(100))
        .until(() -> smtp.getReceivedMessages().length >= count);
    return new ArrayList<>(List.of(smtp.getReceivedMessages()));
  }

  private UUID enrol(NationalIdNumbers.Synthetic person) {
    Api.Response enrolled =
        new Api(port)
            .as(Persona.STAFF_OUS)
            .post("/api/v1/participants", Requests.enrolment(person.digits(), person.birthYear()));
    assertThat(enrolled.status()).isEqualTo(201);
    return enrolled.id("participantId");
  }

  private static GreenMail started() {
    GreenMail server =
        new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
    return server;
  }

  private static int freePort() {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
