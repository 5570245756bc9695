package no.followup.registry.domain.safety;

import java.time.Instant;
import java.util.UUID;

/** A note on a signal by a coordinator or the site's lead; never edited. */
public record SignalComment(
    UUID id, UUID signalId, String author, Instant writtenAt, String text) {}
