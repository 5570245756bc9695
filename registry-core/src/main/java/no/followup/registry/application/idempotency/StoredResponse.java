package no.followup.registry.application.idempotency;

/** The response of a completed write, as replayed to a retry with the same key. */
public record StoredResponse(int status, String location, String etag, String body) {}
