package no.followup.registry.application.access;

/** The registry's roles, as Keycloak realm roles name them in lower-case with dashes. */
public enum Role {
  SITE_STAFF,
  SITE_LEAD,
  COORDINATOR,
  RESEARCHER,
  AUDITOR,
  /** Operations' scraper: reads the registry's metrics, never a record or a report. */
  MONITOR;

  /** The realm role's name in Keycloak, such as {@code site-staff}. */
  public String realmRole() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /** The Spring Security authority that stands for this role, such as {@code ROLE_SITE_STAFF}. */
  public String authority() {
    return "ROLE_" + name();
  }

  /** The registry role an authority stands for; other authorities are not the registry's roles. */
  public static java.util.Optional<Role> ofAuthority(String authority) {
    return java.util.Arrays.stream(values())
        .filter(r -> r.authority().equals(authority))
        .findFirst();
  }

  /** The registry role a Keycloak realm role names; other realm roles are not the registry's. */
  public static java.util.Optional<Role> ofRealmRole(String realmRole) {
    return java.util.Arrays.stream(values())
        .filter(r -> r.realmRole().equals(realmRole))
        .findFirst();
  }
}
