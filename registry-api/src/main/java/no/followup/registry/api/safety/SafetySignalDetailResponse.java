package no.followup.registry.api.safety;

import java.util.List;

/** One signal with its triage and the comments on it, oldest first. */
public record SafetySignalDetailResponse(
    SafetySignalResponse signal, List<CommentResponse> comments) {}
