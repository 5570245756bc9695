package no.followup.registry.domain.safety;

import java.time.Instant;
import java.util.Optional;
import no.followup.registry.domain.site.SiteCode;

/** Which signals to list: of one site, of one kind, raised before a moment; empty means any. */
public record SignalFilter(
    Optional<SiteCode> site, Optional<SignalKind> kind, Optional<Instant> raisedBefore) {

  public static SignalFilter any() {
    return new SignalFilter(Optional.empty(), Optional.empty(), Optional.empty());
  }

  public SignalFilter atSite(SiteCode only) {
    return new SignalFilter(Optional.of(only), kind, raisedBefore);
  }
}
