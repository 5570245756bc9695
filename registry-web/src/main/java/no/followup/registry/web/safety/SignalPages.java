package no.followup.registry.web.safety;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;
import no.followup.registry.application.ConflictException;
import no.followup.registry.application.Page;
import no.followup.registry.application.RegistryClock;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.safety.SafetySignalQueries;
import no.followup.registry.application.safety.SafetySignalTriage;
import no.followup.registry.domain.safety.Causality;
import no.followup.registry.domain.safety.Expectedness;
import no.followup.registry.domain.safety.SignalAction;
import no.followup.registry.domain.safety.SignalFilter;
import no.followup.registry.domain.safety.SignalState;
import no.followup.registry.domain.safety.TriagedSignal;
import no.followup.registry.domain.shared.RecordRejectedException;
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

/**
 * The safety-signal inbox of coordinators and site leads: new signals oldest first with the time
 * they have waited; each signal's page with its triage (coordinators take it up, close it with
 * their conclusion, reopen it) and the comments (coordinators and the site's lead).
 */
@Controller
class SignalPages {

  private static final int PAGE_SIZE = 50;

  private static final DateTimeFormatter NORWEGIAN_TIME =
      DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(ZoneId.of("Europe/Oslo"));

  private final SafetySignalQueries signals;
  private final SafetySignalTriage triage;
  private final RegistryClock clock;

  SignalPages(SafetySignalQueries signals, SafetySignalTriage triage, RegistryClock clock) {
    this.signals = signals;
    this.triage = triage;
    this.clock = clock;
  }

  /** Open signals wait longest first; closed ones show the latest first. */
  @GetMapping("/signals")
  @PreAuthorize("hasAnyRole('COORDINATOR', 'SITE_LEAD')")
  public String inbox(
      Actor actor,
      @RequestParam(defaultValue = "NEW") SignalState state,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    SignalFilter filter =
        new SignalFilter(
            Optional.empty(),
            Optional.empty(),
            Optional.of(state),
            Optional.empty(),
            state != SignalState.CLOSED);
    Page<TriagedSignal> found = signals.page(actor, filter, Math.max(page, 0), PAGE_SIZE);
    model.addAttribute("signals", found);
    model.addAttribute("rows", found.items().stream().map(this::row).toList());
    model.addAttribute("state", state);
    model.addAttribute("states", SignalState.values());
    return "signals/inbox";
  }

  @GetMapping("/signals/{signalId}")
  @PreAuthorize("hasAnyRole('COORDINATOR', 'SITE_LEAD')")
  public String signal(
      Actor actor,
      @PathVariable UUID signalId,
      @ModelAttribute("form") TriageForm form,
      Model model) {
    return page(actor, signalId, model);
  }

  @PostMapping("/signals/{signalId}/assessment")
  @PreAuthorize("hasRole('COORDINATOR')")
  public String assess(
      Actor actor,
      @PathVariable UUID signalId,
      @ModelAttribute("form") TriageForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    if (!binding.hasErrors()) {
      try {
        triage.step(actor, signalId, form.toStep());
        redirect.addFlashAttribute("saved", "signal.saved." + form.getState());
        return "redirect:/signals/" + signalId;
      } catch (RecordRejectedException e) {
        FieldErrors.show(e.violations(), binding, TriageForm.FIELDS, field -> field);
      } catch (ConflictException e) {
        binding.reject("conflict." + e.code(), e.getMessage());
      }
    }
    return page(actor, signalId, model);
  }

  @PostMapping("/signals/{signalId}/comments")
  @PreAuthorize("hasAnyRole('COORDINATOR', 'SITE_LEAD')")
  public String comment(
      Actor actor,
      @PathVariable UUID signalId,
      @RequestParam(defaultValue = "") String comment,
      Model model,
      RedirectAttributes redirect) {
    try {
      triage.comment(actor, signalId, comment);
      redirect.addFlashAttribute("saved", "signal.saved.comment");
      return "redirect:/signals/" + signalId;
    } catch (RecordRejectedException e) {
      model.addAttribute("form", new TriageForm());
      model.addAttribute("commentError", "rule." + e.violations().get(0).rule());
      return page(actor, signalId, model);
    }
  }

  private String page(Actor actor, UUID signalId, Model model) {
    SafetySignalQueries.SignalView view = signals.get(actor, signalId);
    model.addAttribute("view", view);
    model.addAttribute("signal", view.triaged().signal());
    model.addAttribute("triage", view.triaged().triage());
    model.addAttribute("row", row(view.triaged()));
    model.addAttribute("triages", actor.isCoordinator());
    model.addAttribute("causalities", Causality.values());
    model.addAttribute("expectednesses", Expectedness.values());
    model.addAttribute("actions", SignalAction.values());
    return "signals/signal";
  }

  /**
   * A signal as the pages show it: when it was raised in Norwegian time, and how long it has waited
   * in whole hours (the page words it in hours or days).
   */
  public record SignalRow(
      TriagedSignal triaged, String raised, String triagedAt, long waitedHours) {}

  private SignalRow row(TriagedSignal triaged) {
    Instant raisedAt = triaged.signal().raisedAt();
    return new SignalRow(
        triaged,
        NORWEGIAN_TIME.format(raisedAt),
        triaged.triage().by() == null ? null : NORWEGIAN_TIME.format(triaged.triage().at()),
        Duration.between(raisedAt, clock.now()).toHours());
  }
}
