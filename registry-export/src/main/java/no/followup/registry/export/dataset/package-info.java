/**
 * The research datasets: what each sheet holds, read from the registry and written with the
 * release's pseudonyms and disclosure control.
 */
package no.followup.registry.export.dataset;
