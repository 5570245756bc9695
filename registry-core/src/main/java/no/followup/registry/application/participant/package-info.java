/**
 * Enrolling participants (national ID in, pseudonym stored), reading them within site isolation,
 * and consent withdrawal.
 */
package no.followup.registry.application.participant;
