/**
 * Safety: adverse events with coded terms (every special-interest event of the ketamine brief),
 * CTCAE-style grade, seriousness, relatedness, action taken and outcome.
 */
package no.followup.registry.domain.safety;
