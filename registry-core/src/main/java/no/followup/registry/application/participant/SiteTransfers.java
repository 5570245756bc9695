package no.followup.registry.application.participant;

import java.time.LocalDate;
import java.util.List;
import no.followup.registry.application.ConflictException;
import no.followup.registry.application.RegistryClock;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.audit.AuditRecorder;
import no.followup.registry.application.metrics.RegistryMetrics;
import no.followup.registry.domain.participant.Enrolment;
import no.followup.registry.domain.participant.ParticipantId;
import no.followup.registry.domain.participant.Participants;
import no.followup.registry.domain.participant.SiteReferences;
import no.followup.registry.domain.participant.SiteTransfer;
import no.followup.registry.domain.quality.DataQualityFindings;
import no.followup.registry.domain.shared.Violations;
import no.followup.registry.domain.site.SiteCode;
import no.followup.registry.domain.site.Sites;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A participant handed over from one site to another, with everything recorded so far. */
@Service
public class SiteTransfers {

  private final Enrolments enrolments;
  private final Participants participants;
  private final SiteReferences siteReferences;
  private final DataQualityFindings findings;
  private final Sites sites;
  private final AuditRecorder audit;
  private final RegistryClock clock;
  private final RegistryMetrics metrics;

  public SiteTransfers(
      Enrolments enrolments,
      Participants participants,
      SiteReferences siteReferences,
      DataQualityFindings findings,
      Sites sites,
      AuditRecorder audit,
      RegistryClock clock,
      RegistryMetrics metrics) {
    this.enrolments = enrolments;
    this.participants = participants;
    this.siteReferences = siteReferences;
    this.findings = findings;
    this.sites = sites;
    this.audit = audit;
    this.clock = clock;
    this.metrics = metrics;
  }

  /**
   * How each of the participant's enrolments the actor may see came to its site: every transfer,
   * the first first (empty for a participant always followed where they were enrolled). The read is
   * audited.
   */
  @Transactional
  public List<SiteTransfer> history(Actor actor, ParticipantId id) {
    List<SiteTransfer> history =
        enrolments.visibleEnrolments(actor, id).stream()
            .flatMap(enrolment -> participants.transfersOf(enrolment.id()).stream())
            .toList();
    audit.read(actor, "transfer", List.of(id.value()));
    return history;
  }

  /**
   * Hands the participant's enrolment at the actor's site over to another site from a date: that
   * site follows them on with everything recorded so far; the actor's site no longer sees them, and
   * its own reference to them is forgotten. Open data-quality findings go along (the receiving site
   * can correct the records now); safety signals stay where they were raised.
   */
  @Transactional
  public ParticipantView transfer(Actor actor, ParticipantId id, String toSite, LocalDate date) {
    Enrolment enrolment = enrolments.ownEnrolment(actor, id);
    enrolment
        .followUpEnded()
        .ifPresent(
            ended -> {
              throw new ConflictException(
                  "follow-up-ended",
                  "follow-up ended on " + ended + "; an ended enrolment is not handed over");
            });
    Violations violations = new Violations();
    SiteCode to = knownSite(toSite, violations);
    enrolment.checkTransfer(to, date, clock.today(), violations).throwIfRejected();
    if (participants.findEnrolment(id, to, enrolment.study()).isPresent()) {
      throw new ConflictException(
          "already-enrolled-at-site",
          "the participant is already enrolled in " + enrolment.study() + " at " + to);
    }
    Enrolment transferred = enrolment.transferTo(to, date);
    if (!participants.transfer(transferred)) {
      throw new ConflictException(
          "transferred-meanwhile",
          "the participant was transferred meanwhile; nothing was changed");
    }
    siteReferences.release(enrolment.id());
    findings.handOver(id, enrolment.site(), to);
    audit.changed(
        actor,
        "TRANSFER",
        "enrolment",
        enrolment.id().value(),
        id.value(),
        enrolment.site() + " to " + to,
        enrolment,
        transferred);
    metrics.stored(enrolment.site(), "transfer");
    return new ParticipantView(participants.find(id).orElseThrow(), List.of(transferred));
  }

  private SiteCode knownSite(String code, Violations violations) {
    if (code == null) {
      violations.required("toSite", null);
      return null;
    }
    try {
      SiteCode site = SiteCode.of(code);
      if (sites.find(site).isPresent()) {
        return site;
      }
    } catch (IllegalArgumentException e) {
      // answered below, as any code that is not a site's
    }
    violations.reject("toSite", "known-site", "toSite is not a site of this registry");
    return null;
  }
}
