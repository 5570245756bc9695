/**
 * Report jobs and reports over HTTP: coordinators run jobs and read every site; site leads read
 * their own.
 */
package no.followup.registry.api.report;
