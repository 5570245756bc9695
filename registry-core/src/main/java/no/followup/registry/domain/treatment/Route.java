package no.followup.registry.domain.treatment;

/** How the drug was given. */
public enum Route {
  INTRAVENOUS,
  INTRANASAL,
  INTRAMUSCULAR,
  ORAL
}
