package no.followup.registry.application.notification;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import no.followup.registry.domain.safety.SignalKind;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.stereotype.Component;

/**
 * The e-mail of a notification, in Norwegian first and English beside it: the kind of signal, the
 * site, the time in Norwegian time and a link. No participant, no value, no detail.
 */
@Component
public class NotificationMessages {

  private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

  /** ISO week numbers, as Norwegian calendars count them. */
  private static final DateTimeFormatter WEEK =
      DateTimeFormatter.ofPattern("w/YYYY", Locale.forLanguageTag("nb"));

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("dd.MM.yyyy 'kl.' HH:mm", Locale.forLanguageTag("nb"));
  private static final Map<SignalKind, String[]> NAMES =
      Map.ofEntries(
          Map.entry(
              SignalKind.SERIOUS_ADVERSE_EVENT,
              new String[] {"Alvorlig uønsket hendelse", "Serious adverse event"}),
          Map.entry(
              SignalKind.SPECIAL_INTEREST_EVENT,
              new String[] {"Hendelse av særlig interesse", "Adverse event of special interest"}),
          Map.entry(
              SignalKind.URINARY_SYMPTOMS,
              new String[] {
                "Urinveisplager eller blod i urinen", "Urinary symptoms or haematuria"
              }),
          Map.entry(
              SignalKind.MISUSE_OR_CRAVING,
              new String[] {"Sug eller misbruk", "Craving or misuse"}),
          Map.entry(
              SignalKind.BLOOD_PRESSURE_HIGH,
              new String[] {
                "Høyt blodtrykk under infusjon", "High blood pressure during infusion"
              }),
          Map.entry(
              SignalKind.OXYGEN_SATURATION_LOW,
              new String[] {"Lav oksygenmetning under infusjon", "Low oxygen saturation"}),
          Map.entry(
              SignalKind.LIVER_ENZYMES_HIGH,
              new String[] {"Forhøyede leverenzymer", "Raised liver enzymes"}),
          Map.entry(
              SignalKind.KIDNEY_FUNCTION_REDUCED,
              new String[] {"Nedsatt nyrefunksjon", "Reduced kidney function"}),
          Map.entry(
              SignalKind.SUICIDAL_THOUGHTS,
              new String[] {
                "Selvmordstanker (MADRS punkt 10 eller PHQ-9 punkt 9)",
                "Suicidal thoughts (MADRS item 10 or PHQ-9 item 9)"
              }),
          Map.entry(
              SignalKind.EXPOSURE_BEYOND_PROTOCOL,
              new String[] {"Eksponering utover protokollen", "Exposure beyond the protocol"}),
          Map.entry(
              SignalKind.FOLLOW_UP_OVERDUE,
              new String[] {"Oppfølging forfalt", "Follow-up overdue"}));

  private final NotificationSettings settings;

  public NotificationMessages(NotificationSettings settings) {
    this.settings = settings;
  }

  public SimpleMailMessage of(Notification notification) {
    SimpleMailMessage message =
        notification.subject() instanceof Notification.SignalRaised signal
            ? signal(notification, signal)
            : reminder(notification, (Notification.VisitReminder) notification.subject());
    message.setFrom(settings.from());
    message.setTo(notification.recipients().toArray(String[]::new));
    return message;
  }

  private SimpleMailMessage signal(Notification notification, Notification.SignalRaised signal) {
    String[] name = NAMES.get(signal.kind());
    String site = notification.site().value();
    String time = TIME.format(notification.raisedAt().atZone(NORWAY));
    String link = settings.baseUrl() + "/signals/" + signal.signalId();
    SimpleMailMessage message = new SimpleMailMessage();
    message.setSubject("Sikkerhetssignal / Safety signal: " + name[1] + " (" + site + ")");
    message.setText(
        """
        Et nytt sikkerhetssignal er meldt i oppfølgingsregisteret.

          Signal:   %s
          Enhet:    %s
          Meldt:    %s

        Åpne signalet etter innlogging: %s

        A new safety signal was raised in the follow-up registry.

          Signal:   %s
          Site:     %s
          Raised:   %s (Norwegian time)

        Open the signal after signing in: %s

        Denne e-posten inneholder ingen helseopplysninger. / This e-mail holds no health data.
        """
            .formatted(name[0], site, time, link, name[1], site, time, link));
    return message;
  }

  private SimpleMailMessage reminder(
      Notification notification, Notification.VisitReminder reminder) {
    String site = notification.site().value();
    String week = WEEK.format(reminder.week());
    String link = settings.baseUrl() + "/";
    SimpleMailMessage message = new SimpleMailMessage();
    message.setSubject("Ukens oppfølging / This week's follow-up (" + site + ", " + week + ")");
    message.setText(
        """
        Oppfølgingsbesøk ved %s, uke %s:

          Forfalt (vinduet er åpent, måldagen passert):  %d
          Ikke gjennomført (vinduet er lukket):          %d

        Arbeidslisten etter innlogging: %s

        Follow-up visits at %s, week %s:

          Overdue (window open, target day passed):  %d
          Missed (window closed):                    %d

        The worklist after signing in: %s

        Denne e-posten inneholder ingen helseopplysninger. / This e-mail holds no health data.
        """
            .formatted(
                site,
                week,
                reminder.overdue(),
                reminder.missed(),
                link,
                site,
                week,
                reminder.overdue(),
                reminder.missed(),
                link));
    return message;
  }
}
