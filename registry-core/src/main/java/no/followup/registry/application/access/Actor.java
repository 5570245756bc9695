package no.followup.registry.application.access;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import no.followup.registry.application.audit.AuditEntry;
import no.followup.registry.domain.site.SiteCode;

/**
 * The person or system acting.
 *
 * @param name the user name (or a hospital system's service account), for the audit trail
 * @param site the site a site user works for; empty for national roles
 */
public record Actor(String name, Optional<SiteCode> site, Set<Role> roles) {

  public Actor {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(site, "site");
    roles = Set.copyOf(roles);
  }

  public boolean isSiteUser() {
    return roles.contains(Role.SITE_STAFF) || roles.contains(Role.SITE_LEAD);
  }

  public boolean isCoordinator() {
    return roles.contains(Role.COORDINATOR);
  }

  /**
   * Whether this actor may see data of the given site: its own site, or every site for
   * coordinators.
   */
  public boolean maySee(SiteCode dataSite) {
    return isCoordinator() || (isSiteUser() && site.filter(dataSite::equals).isPresent());
  }

  /**
   * The site a write is made for. Only site users write patient data, and only for their own site.
   */
  public SiteCode writingSite() {
    if (!isSiteUser()) {
      throw new AccessDeniedException("only site staff and site leads submit patient data");
    }
    return site.orElseThrow(() -> new AccessDeniedException("the user has no site"));
  }

  /** The scope of idempotency keys and audit chains: the site, or the national scope. */
  public String scope() {
    return site.map(SiteCode::value).orElse(AuditEntry.NATIONAL);
  }

  /**
   * The scope of idempotency keys: the site (or national scope) and the user or hospital system, so
   * that two users of one site can neither replay nor probe each other's keys.
   */
  public String clientScope() {
    return scope() + "/" + name;
  }

  /** Why patient data is read, as the audit trail records it. */
  public String purpose() {
    return isSiteUser() ? "treatment and follow-up" : "national coordination";
  }
}
