/** Enrolment, participants and consent withdrawal over HTTP. The national ID goes in, never out. */
package no.followup.registry.api.participant;
