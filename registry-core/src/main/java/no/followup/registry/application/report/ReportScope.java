package no.followup.registry.application.report;

import java.util.Optional;
import no.followup.registry.application.access.AccessDeniedException;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.access.Role;
import no.followup.registry.domain.site.SiteCode;

/**
 * Who reads which report figures: coordinators every site, region and the nation exactly; a site
 * lead their own site's exactly, and of other units only what the aggregated dataset publishes;
 * nobody else any.
 */
public final class ReportScope {

  private ReportScope() {}

  /** The only site the actor may see, or empty for all. */
  public static Optional<String> onlySiteOf(Actor actor) {
    if (actor.isCoordinator()) {
      return Optional.empty();
    }
    if (actor.roles().contains(Role.SITE_LEAD) && actor.site().isPresent()) {
      return actor.site().map(SiteCode::value);
    }
    throw new AccessDeniedException("reports are for coordinators and site leads");
  }
}
