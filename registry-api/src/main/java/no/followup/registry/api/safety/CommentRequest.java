package no.followup.registry.api.safety;

/** A comment on a signal: at most 2,000 characters, never a national ID number. */
public record CommentRequest(String comment) {}
