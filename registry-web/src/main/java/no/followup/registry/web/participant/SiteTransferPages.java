package no.followup.registry.web.participant;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.followup.registry.application.ConflictException;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.participant.Enrolments;
import no.followup.registry.application.participant.SiteTransfers;
import no.followup.registry.domain.participant.Enrolment;
import no.followup.registry.domain.participant.ParticipantId;
import no.followup.registry.domain.shared.RecordRejectedException;
import no.followup.registry.domain.site.Site;
import no.followup.registry.domain.site.Sites;
import no.followup.registry.web.shell.FieldErrors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Handing a participant over to another site, with what follows said first: the receiving site
 * follows them on with everything recorded, and this site no longer sees them. Once done, the
 * participant's page is no longer this site's, so the list is shown.
 */
@Controller
class SiteTransferPages {

  private static final Set<String> FIELDS = Set.of("toSite", "date");

  private final Enrolments enrolments;
  private final SiteTransfers transfers;
  private final Sites sites;

  SiteTransferPages(Enrolments enrolments, SiteTransfers transfers, Sites sites) {
    this.enrolments = enrolments;
    this.transfers = transfers;
    this.sites = sites;
  }

  /** The receiving site and the first day it follows the participant. */
  public static class TransferForm {
    private String toSite;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;

    public String getToSite() {
      return toSite;
    }

    public void setToSite(String toSite) {
      this.toSite = toSite;
    }

    public LocalDate getDate() {
      return date;
    }

    public void setDate(LocalDate date) {
      this.date = date;
    }
  }

  @GetMapping("/participants/{participantId}/transfer")
  @PreAuthorize("hasAnyRole('SITE_STAFF', 'SITE_LEAD')")
  public String form(
      Actor actor,
      @PathVariable UUID participantId,
      @ModelAttribute("form") TransferForm form,
      Model model) {
    return page(enrolments.ownEnrolment(actor, new ParticipantId(participantId)), model);
  }

  @PostMapping("/participants/{participantId}/transfer")
  @PreAuthorize("hasAnyRole('SITE_STAFF', 'SITE_LEAD')")
  public String transfer(
      Actor actor,
      @PathVariable UUID participantId,
      @ModelAttribute("form") TransferForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    ParticipantId id = new ParticipantId(participantId);
    Enrolment enrolment = enrolments.ownEnrolment(actor, id);
    if (!binding.hasErrors()) {
      try {
        String toSite =
            form.getToSite() == null || form.getToSite().isBlank() ? null : form.getToSite();
        transfers.transfer(actor, id, toSite, form.getDate());
        redirect.addFlashAttribute("saved", "saved.transfer");
        return "redirect:/participants";
      } catch (RecordRejectedException e) {
        FieldErrors.show(e.violations(), binding, FIELDS, field -> field);
      } catch (ConflictException e) {
        binding.reject("conflict." + e.code(), e.getMessage());
      }
    }
    return page(enrolment, model);
  }

  /** The form, offering every site but the one that follows the participant now. */
  private String page(Enrolment enrolment, Model model) {
    List<Site> others =
        sites.all().stream().filter(site -> !site.code().equals(enrolment.site())).toList();
    model.addAttribute("participantId", enrolment.participantId().value());
    model.addAttribute("sites", others);
    return "participants/transfer";
  }
}
