package no.followup.registry.domain.safety;

import java.time.Instant;
import java.util.Optional;
import no.followup.registry.domain.site.SiteCode;

/**
 * Which signals to list: of one site, of one kind, in one triage state, raised before a moment;
 * empty means any. Newest first, or oldest first for an inbox.
 */
public record SignalFilter(
    Optional<SiteCode> site,
    Optional<SignalKind> kind,
    Optional<SignalState> state,
    Optional<Instant> raisedBefore,
    boolean oldestFirst) {

  public static SignalFilter any() {
    return new SignalFilter(
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false);
  }

  public SignalFilter atSite(SiteCode only) {
    return new SignalFilter(Optional.of(only), kind, state, raisedBefore, oldestFirst);
  }
}
