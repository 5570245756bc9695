package no.followup.registry.domain.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import no.followup.registry.domain.site.SiteCode;
import org.junit.jupiter.api.Test;

class SignalFilterTest {

  @Test
  void any_filters_nothing_and_lists_the_newest_first() {
    assertThat(SignalFilter.any())
        .isEqualTo(
            new SignalFilter(
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false));
  }

  @Test
  void a_site_narrows_a_filter_and_keeps_the_rest_of_it() {
    SignalFilter inbox =
        new SignalFilter(
            Optional.of(SiteCode.of("HUS")),
            Optional.of(SignalKind.SERIOUS_ADVERSE_EVENT),
            Optional.of(SignalState.NEW),
            Optional.of(Instant.parse("2026-12-01T00:00:00Z")),
            true);

    assertThat(inbox.atSite(SiteCode.of("OUS")))
        .isEqualTo(
            new SignalFilter(
                Optional.of(SiteCode.of("OUS")),
                inbox.kind(),
                inbox.state(),
                inbox.raisedBefore(),
                true));
  }
}
