package no.followup.registry.domain.quality;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.followup.registry.domain.participant.ParticipantId;
import no.followup.registry.domain.quality.DataQualityFinding.Status;
import no.followup.registry.domain.site.SiteCode;

/** The stored findings. A site filter of empty means every site. */
public interface DataQualityFindings {

  /** Newest first. */
  List<DataQualityFinding> page(
      Optional<SiteCode> site, Optional<Status> status, int page, int size);

  long count(Optional<SiteCode> site, Optional<Status> status);

  /** How many findings each rule has at each site, open and answered, by rule then site. */
  List<Tally> tally(Optional<SiteCode> site);

  /** One rule's findings at one site. */
  record Tally(String rule, SiteCode site, long open, long answered) {}

  Optional<DataQualityFinding> find(UUID id);

  void answer(UUID id, String answer, String answeredBy, Instant answeredAt);

  /** The participant's open findings at one site go to the site that follows them now. */
  void handOver(ParticipantId participant, SiteCode from, SiteCode to);
}
