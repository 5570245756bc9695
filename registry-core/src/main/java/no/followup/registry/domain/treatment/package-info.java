/**
 * Treatment: infusions with drug, route, dose, vital signs and dissociation, checked against the
 * study's protocol limits on dose and frequency.
 */
package no.followup.registry.domain.treatment;
