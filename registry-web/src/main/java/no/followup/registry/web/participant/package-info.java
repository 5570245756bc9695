/**
 * Finding, listing and enrolling participants, and the participant's page: the visit timeline and
 * the records. The national ID number is typed only into the enrolment and search forms (POST) and
 * never shown back.
 */
package no.followup.registry.web.participant;
