/**
 * Dataset exports: the catalogue, requests (each one release, run as a background job behind {@link
 * no.followup.registry.application.export.ExportJobs}), their state, and the audited download of
 * their files (written by {@code registry-export}, behind {@link
 * no.followup.registry.application.export.DatasetFiles}).
 */
package no.followup.registry.application.export;
