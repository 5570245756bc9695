package no.followup.registry.api.record;

import java.util.List;
import java.util.UUID;
import no.followup.registry.domain.participant.EnrolmentId;

/** Implemented by each kind's MapStruct mapper: request to domain record, record to response. */
public interface RecordMapping<Q, T, R> {

  T toDomain(Q request, UUID id, EnrolmentId enrolmentId);

  R toResponse(T record, UUID participantId, int version, List<WarningResponse> warnings);
}
