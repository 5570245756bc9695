package no.followup.registry.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Today in Norway, which is what "no date in the future" means for a Norwegian site. */
public final class RegistryClock {

  public static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

  private final Clock clock;

  public RegistryClock(Clock clock) {
    this.clock = clock;
  }

  public LocalDate today() {
    return LocalDate.now(clock.withZone(NORWAY));
  }

  public java.time.Instant now() {
    return clock.instant();
  }
}
