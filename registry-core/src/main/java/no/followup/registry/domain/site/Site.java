package no.followup.registry.domain.site;

import java.util.Objects;

/** A treating site. */
public record Site(SiteCode code, String name, HealthRegion region, SiteType type) {

  public Site {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(type, "type");
  }
}
