/**
 * RFC 9457 problem details for every error, 401 and 403 included: a stable {@code type} URN, a
 * {@code code}, and for validation the list of field errors. No stack trace, SQL or identifier.
 */
package no.followup.registry.api.problem;
