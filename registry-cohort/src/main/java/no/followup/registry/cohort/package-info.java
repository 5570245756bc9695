/**
 * A synthetic national cohort, realistic after the domain brief and deterministic by seed, and the
 * client that loads it through the registry's bulk API like a hospital system.
 */
package no.followup.registry.cohort;
