package no.followup.registry.api.quality;

/** The site's answer to a finding: what was corrected, or why the data is right. */
public record AnswerRequest(String answer) {}
