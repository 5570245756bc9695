package no.followup.registry.web.participant;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.followup.registry.application.ConflictException;
import no.followup.registry.application.RegistryClock;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.access.NotFoundException;
import no.followup.registry.application.chart.ParticipantCharts;
import no.followup.registry.application.participant.Enrolments;
import no.followup.registry.application.participant.ParticipantView;
import no.followup.registry.domain.assessment.Assessment;
import no.followup.registry.domain.lab.LabResult;
import no.followup.registry.domain.participant.Eligibility;
import no.followup.registry.domain.participant.Enrolment;
import no.followup.registry.domain.participant.FollowUpStatus;
import no.followup.registry.domain.participant.Indication;
import no.followup.registry.domain.participant.ParticipantId;
import no.followup.registry.domain.safety.AdverseEvent;
import no.followup.registry.domain.shared.RecordRejectedException;
import no.followup.registry.domain.shared.Versioned;
import no.followup.registry.domain.study.AdverseEventTerm;
import no.followup.registry.domain.study.Studies;
import no.followup.registry.domain.treatment.Exposure;
import no.followup.registry.domain.treatment.Infusion;
import no.followup.registry.web.shell.FieldErrors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The site's participants: the list, finding one, enrolling one, and each one's page. */
@Controller
class ParticipantPages {

  private static final int PAGE_SIZE = 25;
  private static final Set<String> ENROLMENT_FIELDS =
      java.util.stream.Stream.concat(
              java.util.stream.Stream.of(
                  "nationalId",
                  "siteReference",
                  "studyCode",
                  "indication",
                  "enrolmentDate",
                  "offLabelInformed",
                  "registryConsent",
                  "consentDate"),
              EnrolmentForm.EligibilityForm.FIELDS.stream())
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private final Enrolments enrolments;
  private final Studies studies;
  private final RegistryClock clock;
  private final ParticipantCharts charts;

  ParticipantPages(
      Enrolments enrolments, Studies studies, ParticipantCharts charts, RegistryClock clock) {
    this.charts = charts;
    this.enrolments = enrolments;
    this.studies = studies;
    this.clock = clock;
  }

  @GetMapping("/participants")
  @PreAuthorize("hasAnyRole('SITE_STAFF', 'SITE_LEAD', 'COORDINATOR')")
  public String list(
      Actor actor,
      @RequestParam(required = false) FollowUpStatus status,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    model.addAttribute(
        "participants",
        enrolments.page(actor, Optional.ofNullable(status), Math.max(page, 0), PAGE_SIZE));
    model.addAttribute("status", status);
    model.addAttribute("statuses", FollowUpStatus.values());
    return "participants/list";
  }

  @GetMapping("/participants/find")
  @PreAuthorize("hasAnyRole('SITE_STAFF', 'SITE_LEAD')")
  public String findForm(Actor actor) {
    actor.writingSite();
    return "participants/find";
  }

  /**
   * By national ID number or by the site's own reference; by POST, so neither is in any URL,
   * browser history or access log.
   */
  @PostMapping("/participants/find")
  @PreAuthorize("hasAnyRole('SITE_STAFF', 'SITE_LEAD')")
  public String find(
      Actor actor,
      @RequestParam(defaultValue = "") String nationalId,
      @RequestParam(defaultValue = "") String siteReference,
      Model model) {
    actor.writingSite();
    boolean byReference = !siteReference.isBlank();
    model.addAttribute("byReference", byReference);
    try {
      ParticipantId id =
          byReference
              ? enrolments.findBySiteReference(actor, siteReference)
              : enrolments.resolveAtOwnSite(actor, nationalId.strip());
      return "redirect:/participants/" + id.value();
    } catch (RecordRejectedException e) {
      model.addAttribute("problem", byReference ? "find.reference.invalid" : "find.invalid");
    } catch (NotFoundException e) {
      model.addAttribute("problem", byReference ? "find.reference.none" : "find.none");
    }
    return "participants/find";
  }

  @GetMapping("/participants/new")
  @PreAuthorize("hasAnyRole('SITE_STAFF', 'SITE_LEAD')")
  public String enrolForm(Actor actor, @ModelAttribute("form") EnrolmentForm form, Model model) {
    actor.writingSite();
    return enrolPage(model);
  }

  @PostMapping("/participants")
  @PreAuthorize("hasAnyRole('SITE_STAFF', 'SITE_LEAD')")
  public String enrol(
      Actor actor,
      @ModelAttribute("form") EnrolmentForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    if (!binding.hasErrors()) {
      try {
        ParticipantView enrolled = enrolments.enrol(actor, form.toCommand());
        redirect.addFlashAttribute("saved", "saved.enrolment");
        return "redirect:/participants/" + enrolled.participant().id().value();
      } catch (RecordRejectedException e) {
        if (e.violations().stream().anyMatch(v -> v.rule().equals("looks-like-national-id"))) {
          // Shown back, it would put a number like a national ID in the page.
          form.setSiteReference(null);
        }
        FieldErrors.show(
            e.violations(), binding, ENROLMENT_FIELDS, field -> field.replace("consent.", ""));
      } catch (ConflictException e) {
        binding.reject("conflict." + e.code(), e.getMessage());
      }
    }
    return enrolPage(model);
  }

  private String enrolPage(Model model) {
    model.addAttribute("studies", studies.codes());
    model.addAttribute("indications", Indication.values());
    model.addAttribute("answers", List.of(true, false));
    model.addAttribute("substanceUses", Eligibility.SubstanceUse.values());
    return "participants/enrol";
  }

  @GetMapping("/participants/{participantId}")
  @PreAuthorize("hasAnyRole('SITE_STAFF', 'SITE_LEAD', 'COORDINATOR')")
  public String participant(Actor actor, @PathVariable UUID participantId, Model model) {
    ParticipantCharts.Chart chart = charts.read(actor, new ParticipantId(participantId));
    model.addAttribute("participant", chart.participant());
    model.addAttribute("transfers", chart.transfers());
    model.addAttribute("siteReference", chart.siteReference().orElse(null));
    model.addAttribute("schedules", chart.schedules());
    model.addAttribute(
        "courses",
        chart.courses().stream().collect(Collectors.toMap(c -> c.enrolment().id(), c -> c)));
    List<Versioned<Infusion>> infusions = byDate(chart.infusions(), Infusion::date);
    model.addAttribute("infusions", infusions);
    LocalDate today = clock.today();
    model.addAttribute("exposureDate", today);
    model.addAttribute(
        "exposure", Exposure.of(infusions.stream().map(Versioned::record).toList(), today));
    model.addAttribute("assessments", byDate(chart.assessments(), Assessment::date));
    model.addAttribute("adverseEvents", byDate(chart.adverseEvents(), AdverseEvent::onsetDate));
    model.addAttribute("adverseEventTerms", adverseEventTerms(chart.participant()));
    model.addAttribute("labResults", byDate(chart.labResults(), LabResult::date));
    model.addAttribute("writesHere", actor.isSiteUser());
    return "participants/view";
  }

  /** The terms of the studies the participant's enrolments follow, by code. */
  private Map<String, AdverseEventTerm> adverseEventTerms(ParticipantView participant) {
    Map<String, AdverseEventTerm> terms = new HashMap<>();
    for (Enrolment enrolment : participant.enrolments()) {
      studies.version(enrolment.study(), enrolment.studyVersion()).stream()
          .flatMap(study -> study.adverseEventTerms().stream())
          .forEach(term -> terms.putIfAbsent(term.code(), term));
    }
    return terms;
  }

  private static <T> List<Versioned<T>> byDate(
      List<Versioned<T>> records, Function<T, LocalDate> date) {
    return records.stream().sorted(Comparator.comparing(v -> date.apply(v.record()))).toList();
  }
}
