package no.followup.registry.domain.site;

/** Public hospitals and private clinics both treat and both report. */
public enum SiteType {
  PUBLIC_HOSPITAL,
  PRIVATE_CLINIC
}
