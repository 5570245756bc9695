/**
 * Datasets in the browser: researchers (and coordinators) read the catalogue, start an export as of
 * a date, follow it until its file is ready, and download it.
 */
package no.followup.registry.web.dataset;
