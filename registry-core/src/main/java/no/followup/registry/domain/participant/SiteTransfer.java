package no.followup.registry.domain.participant;

import java.time.LocalDate;
import java.util.Objects;
import no.followup.registry.domain.site.SiteCode;

/**
 * An enrolment handed over from one site to another on a date. The receiving site follows the
 * participant from then on with everything recorded before (nothing is entered again); each record
 * keeps the site that entered it.
 */
public record SiteTransfer(SiteCode from, SiteCode to, LocalDate date) {

  public SiteTransfer {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(date, "date");
  }
}
