package no.followup.registry.application.safety;

import java.util.List;
import java.util.UUID;
import no.followup.registry.application.RegistryClock;
import no.followup.registry.application.notification.SignalNotifier;
import no.followup.registry.application.record.RecordKind;
import no.followup.registry.domain.participant.Enrolment;
import no.followup.registry.domain.participant.EnrolmentRecord;
import no.followup.registry.domain.safety.SafetyRules;
import no.followup.registry.domain.safety.SafetySignal;
import no.followup.registry.domain.safety.SafetySignals;
import no.followup.registry.domain.shared.Violation;
import no.followup.registry.domain.study.StudyDefinition;
import org.springframework.stereotype.Component;

/** Raises the signals a stored record calls for, in the transaction that stores it. */
@Component
public class SignalRaiser {

  private final SafetySignals signals;
  private final SafetyRules rules;
  private final RegistryClock clock;
  private final SignalNotifier notifier;

  public SignalRaiser(
      SafetySignals signals,
      SafetySettings settings,
      RegistryClock clock,
      SignalNotifier notifier) {
    this.signals = signals;
    this.rules = new SafetyRules(settings.thresholds());
    this.clock = clock;
    this.notifier = notifier;
  }

  public <T extends EnrolmentRecord> void raise(
      Enrolment enrolment,
      StudyDefinition study,
      RecordKind<T> kind,
      T record,
      List<Violation> warnings) {
    kind.signals()
        .of(rules, study, record, warnings)
        .forEach(
            finding ->
                raise(
                    new SafetySignal(
                        UUID.randomUUID(),
                        enrolment.participantId(),
                        enrolment.site(),
                        finding.kind(),
                        kind.name(),
                        record.id(),
                        clock.now(),
                        finding.detail())));
  }

  /** Raises the signal once; a new one goes to the notification outbox in the same transaction. */
  public void raise(SafetySignal signal) {
    if (signals.raise(signal)) {
      notifier.signalRaised(signal, clock.now());
    }
  }
}
