package no.followup.registry.api.safety;

import java.time.Instant;
import java.util.UUID;
import no.followup.registry.domain.safety.SignalComment;

public record CommentResponse(UUID id, String author, Instant writtenAt, String comment) {

  static CommentResponse of(SignalComment comment) {
    return new CommentResponse(comment.id(), comment.author(), comment.writtenAt(), comment.text());
  }
}
