package no.followup.registry.application.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import no.followup.registry.application.RegistryClock;
import no.followup.registry.application.notification.NotificationOutbox;
import no.followup.registry.domain.safety.SafetySignals;
import no.followup.registry.domain.safety.SignalKind;
import no.followup.registry.domain.safety.SignalState;
import org.springframework.stereotype.Component;

/**
 * What waits for someone, read from the database at a scrape: safety signals by kind and state
 * ({@code registry_safety_signals}; a rise in NEW is a signal nobody has looked at), and the
 * notification outbox ({@code registry_notifications_queued}, {@code _failed}, and the age of the
 * oldest queued one: mail that stops going out shows here first). The database is the truth every
 * API instance shares, so every instance reports the same figures: dashboards take their max.
 */
@Component
class BacklogGauges implements MeterBinder {

  /** One scrape reads each gauge; one database read serves them all for this long. */
  private static final Duration FRESH_FOR = Duration.ofSeconds(5);

  private final SafetySignals signals;
  private final NotificationOutbox outbox;
  private final RegistryClock clock;
  private volatile Snapshot snapshot;

  BacklogGauges(SafetySignals signals, NotificationOutbox outbox, RegistryClock clock) {
    this.signals = signals;
    this.outbox = outbox;
    this.clock = clock;
  }

  private record Snapshot(
      long readAtNanos,
      Map<SignalKind, Map<SignalState, Long>> signals,
      NotificationOutbox.Backlog outbox) {}

  @Override
  public void bindTo(MeterRegistry registry) {
    for (SignalKind kind : SignalKind.values()) {
      for (SignalState state : SignalState.values()) {
        gauge(
                "registry.safety.signals",
                s -> s.signals().getOrDefault(kind, Map.of()).getOrDefault(state, 0L))
            .description("Safety signals of this kind in this state, all sites")
            .tags("kind", kind.name(), "state", state.name())
            .register(registry);
      }
    }
    gauge("registry.notifications.queued", s -> s.outbox().queued())
        .description("Notifications waiting to be sent")
        .register(registry);
    gauge("registry.notifications.failed", s -> s.outbox().failed())
        .description("Notifications given up on after their retries")
        .register(registry);
    gauge(
            "registry.notifications.oldest.queued.age",
            s ->
                s.outbox()
                    .oldestQueued()
                    .map(oldest -> Duration.between(oldest, clock.now()).toMillis() / 1000.0)
                    .orElse(0.0))
        .description("Seconds since the oldest waiting notification's signal was raised")
        .baseUnit("seconds")
        .register(registry);
  }

  private Gauge.Builder<BacklogGauges> gauge(String name, ToDoubleFunction<Snapshot> value) {
    return Gauge.builder(name, this, gauges -> value.applyAsDouble(gauges.current()));
  }

  private Snapshot current() {
    Snapshot last = snapshot;
    long now = System.nanoTime();
    if (last == null || now - last.readAtNanos() > FRESH_FOR.toNanos()) {
      last = new Snapshot(now, signals.countByKindAndState(), outbox.backlog());
      snapshot = last;
    }
    return last;
  }
}
