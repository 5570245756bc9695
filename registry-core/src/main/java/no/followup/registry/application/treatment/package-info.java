/** A participant's treatment course: the induction, then maintenance and new series. */
package no.followup.registry.application.treatment;
