/** Bulk submissions over HTTP: a JSON array or NDJSON of up to 10,000 records of any kind. */
package no.followup.registry.api.submission;
