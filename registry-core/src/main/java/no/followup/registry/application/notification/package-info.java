/**
 * Telling people at once: safety signals become e-mails through an outbox written in the signal's
 * transaction, delivered once by a worker that retries while the mail server is away.
 */
package no.followup.registry.application.notification;
