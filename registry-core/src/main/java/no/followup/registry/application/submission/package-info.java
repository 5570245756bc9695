/**
 * Bulk submissions: up to 10,000 records in one request, all or nothing ({@code ATOMIC}) or record
 * by record ({@code PARTIAL}), or checked without writing ({@code dryRun}); answered with a receipt
 * that is kept and can be fetched again.
 */
package no.followup.registry.application.submission;
