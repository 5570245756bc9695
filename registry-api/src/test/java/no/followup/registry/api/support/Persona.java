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
  AUDITOR("auditor", null),
  ANONYMOUS(null, null);

  private final String user;
  private final String site;

  Persona(String user, String site) {
    this.user = user;
    this.site = site;
  }

  public Optional<String> site() {
    return Optional.ofNullable(site);
  }

  public boolean isSiteUser() {
    return site != null;
  }

  /** The bearer token, or empty for an anonymous caller. */
  public Optional<String> token() {
    if (user == null) {
      return Optional.empty();
    }
    KeycloakServer keycloak = KeycloakServer.shared();
    return Optional.of(
        this == HOSPITAL_OUS
            ? keycloak.tokenForClient(user, "demo-hospital-ous-secret")
            : keycloak.tokenFor(user));
  }
}
