/** Adverse events over HTTP, and the coordinator's list of safety signals. */
package no.followup.registry.api.safety;
