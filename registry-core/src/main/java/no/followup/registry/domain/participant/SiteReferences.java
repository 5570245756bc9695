package no.followup.registry.domain.participant;

import java.util.Optional;
import no.followup.registry.domain.site.SiteCode;

/** The sites' own references to their patients, each known only at its site. */
public interface SiteReferences {

  void assign(Enrolment enrolment, SiteReference reference);

  /** The participant a site knows by this reference. */
  Optional<ParticipantId> find(SiteCode site, SiteReference reference);

  Optional<SiteReference> of(EnrolmentId enrolment);

  /** Forgets the enrolment's reference: it was its old site's own, and means nothing elsewhere. */
  void release(EnrolmentId enrolment);
}
