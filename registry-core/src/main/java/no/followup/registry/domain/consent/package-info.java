/**
 * Consent: the patient was told the use is off-label and agreed to registry follow-up; a withdrawal
 * stops all further collection and keeps the patient out of every new export.
 */
package no.followup.registry.domain.consent;
