package no.followup.registry.application.submission;

import java.util.UUID;
import java.util.function.Supplier;

/**
 * One record of a bulk submission: the caller's reference, its type, and the write that stores it
 * (through the same use case as a single request) and returns the stored record's id.
 */
public record SubmissionItem(String ref, String type, Supplier<UUID> write) {}
