/**
 * Participants and their enrolments: a participant is known only by a keyed pseudonym of the
 * national ID number, so one person enrolled at two sites is one participant with two enrolments.
 */
package no.followup.registry.domain.participant;
