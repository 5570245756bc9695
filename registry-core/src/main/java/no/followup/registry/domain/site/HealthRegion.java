package no.followup.registry.domain.site;

/** Norway's four regional health authorities. */
public enum HealthRegion {
  HELSE_SOR_OST("Helse Sør-Øst"),
  HELSE_VEST("Helse Vest"),
  HELSE_MIDT_NORGE("Helse Midt-Norge"),
  HELSE_NORD("Helse Nord");

  private final String displayName;

  HealthRegion(String displayName) {
    this.displayName = displayName;
  }

  public String displayName() {
    return displayName;
  }
}
