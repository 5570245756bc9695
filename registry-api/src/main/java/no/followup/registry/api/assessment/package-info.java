/** Assessments over HTTP: MADRS and PHQ-9 at the study's visits, as items or a total. */
package no.followup.registry.api.assessment;
