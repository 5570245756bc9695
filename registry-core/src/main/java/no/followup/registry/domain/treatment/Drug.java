package no.followup.registry.domain.treatment;

/**
 * The drug given: racemic ketamine as IV infusions dosed by weight, esketamine as a nasal spray in
 * fixed doses. Which routes and doses a study accepts is the study's to say.
 */
public enum Drug {
  RACEMIC_KETAMINE(Route.INTRAVENOUS),
  ESKETAMINE(Route.INTRANASAL);

  private final Route usualRoute;

  Drug(Route usualRoute) {
    this.usualRoute = usualRoute;
  }

  /** The route a session of this drug takes when a submission leaves it out. */
  public Route usualRoute() {
    return usualRoute;
  }
}
