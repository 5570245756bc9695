/** Infusions over HTTP: dose, vital signs, dissociation; protocol limits answered as warnings. */
package no.followup.registry.api.treatment;
