package no.followup.registry.application.quality;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.followup.registry.application.Page;
import no.followup.registry.application.RegistryClock;
import no.followup.registry.application.access.AccessDeniedException;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.access.NotFoundException;
import no.followup.registry.application.audit.AuditRecorder;
import no.followup.registry.domain.participant.FreeText;
import no.followup.registry.domain.quality.DataQualityFinding;
import no.followup.registry.domain.quality.DataQualityFinding.Status;
import no.followup.registry.domain.quality.DataQualityFindings;
import no.followup.registry.domain.shared.Violations;
import no.followup.registry.domain.site.SiteCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sites' side of data quality: a site user reads and answers the findings of their own site; a
 * coordinator reads every site's (and answers none: the answer is the site's to give).
 */
@Service
public class DataQualityReview {

  private final DataQualityFindings findings;
  private final AuditRecorder audit;
  private final RegistryClock clock;

  public DataQualityReview(DataQualityFindings findings, AuditRecorder audit, RegistryClock clock) {
    this.findings = findings;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public Page<DataQualityFinding> page(Actor actor, Optional<Status> status, int page, int size) {
    Optional<SiteCode> site = visibleSite(actor);
    Page<DataQualityFinding> result =
        new Page<>(
            findings.page(site, status, page, size), page, size, findings.count(site, status));
    audit.read(
        actor,
        "data-quality-finding",
        result.items().stream().map(f -> f.participantId().value()).toList());
    return result;
  }

  /** Findings by rule and site, open and answered: every site for coordinators, else their own. */
  @Transactional(readOnly = true)
  public List<DataQualityFindings.Tally> tally(Actor actor) {
    return findings.tally(visibleSite(actor));
  }

  /**
   * Answers a finding of the actor's own site; a later answer replaces it, the audit keeps both.
   */
  @Transactional
  public DataQualityFinding answer(Actor actor, UUID id, String answer) {
    SiteCode site = actor.writingSite();
    DataQualityFinding finding =
        findings
            .find(id)
            .filter(f -> f.site().equals(site))
            .orElseThrow(() -> new NotFoundException("data-quality finding"));
    Violations violations = new Violations();
    if (answer == null || answer.isBlank()) {
      violations.reject("answer", "required", "answer is required");
    }
    FreeText.check("answer", answer, DataQualityFinding.MAX_ANSWER_LENGTH, violations)
        .throwIfRejected();
    findings.answer(id, answer.strip(), actor.name(), clock.now());
    DataQualityFinding answered = findings.find(id).orElseThrow();
    audit.changed(
        actor,
        "ANSWER",
        "data-quality-finding",
        id,
        finding.participantId().value(),
        null,
        finding,
        answered);
    return answered;
  }

  /** One finding the actor may see (audited as a read); another site's is "not found". */
  @Transactional
  public DataQualityFinding find(Actor actor, UUID id) {
    Optional<SiteCode> site = visibleSite(actor);
    DataQualityFinding finding =
        findings
            .find(id)
            .filter(f -> site.isEmpty() || f.site().equals(site.get()))
            .orElseThrow(() -> new NotFoundException("data-quality finding"));
    audit.read(actor, "data-quality-finding", List.of(finding.participantId().value()));
    return finding;
  }

  private static Optional<SiteCode> visibleSite(Actor actor) {
    if (actor.isCoordinator()) {
      return Optional.empty();
    }
    if (actor.isSiteUser()) {
      // Site staff without a site see no site's findings (not every site's).
      return Optional.of(actor.writingSite());
    }
    throw new AccessDeniedException("data-quality findings are for sites and coordinators");
  }
}
