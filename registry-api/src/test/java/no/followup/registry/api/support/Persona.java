package no.followup.registry.api.support;

import java.util.Optional;
import no.followup.registry.testsupport.KeycloakServer;

/** The demo realm's users (and one hospital system), each with a real token from Keycloak. */
public enum Persona {
  STAFF_OUS("staff.ous", "OUS"),
  LEAD_OUS("lead.ous", "OUS"),
  HOSPITAL_OUS("hospital-ous", "OUS"),
  STAFF_HUS("staff.hus", "HUS"),
  COORDINATOR("coordinator", null),
  RESEARCHER("researcher", null),
  RESEARCHER_2("researcher2", null),
  AUDITOR("auditor", null),
  /** Operations' Prometheus (client credentials): metrics only. */
  MONITOR("registry-monitor", null),
  /** Mis-provisioned site staff: no site, two sites, a site the registry does not know. */
  STAFF_NO_SITE("staff.nosite", null),
  STAFF_TWO_SITES("staff.twosites", null),
  STAFF_UNKNOWN_SITE("staff.unknownsite", null),
  ANONYMOUS(null, null);

  private final String user;
  private final String site;

  Persona(String user, String site) {
    this.user = user;
    this.site = site;
  }

  /** The user name the registry knows the persona by. */
  public String username() {
    return user;
  }

  public Optional<String> site() {
    return Optional.ofNullable(site);
  }

  public boolean isSiteUser() {
    return site != null;
  }

  /** A site role without exactly one known site: refused everywhere. */
  public boolean isMisprovisioned() {
    return this == STAFF_NO_SITE || this == STAFF_TWO_SITES || this == STAFF_UNKNOWN_SITE;
  }

  /** The bearer token, or empty for an anonymous caller. */
  public Optional<String> token() {
    if (user == null) {
      return Optional.empty();
    }
    KeycloakServer keycloak = KeycloakServer.shared();
    return Optional.of(
        switch (this) {
          case HOSPITAL_OUS -> keycloak.tokenForClient(user, "demo-hospital-ous-secret");
          case MONITOR -> keycloak.tokenForClient(user, "demo-registry-monitor-secret");
          default -> keycloak.tokenFor(user);
        });
  }
}
