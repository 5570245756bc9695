package no.followup.registry.web.quality;

import java.util.Optional;
import java.util.UUID;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.quality.DataQualityReview;
import no.followup.registry.domain.quality.DataQualityFinding.Status;
import no.followup.registry.domain.shared.RecordRejectedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The site's data-quality findings (implausible or inconsistent data the quality job found),
 * counted by rule and site, open first, each answered in the page (with htmx the card is replaced
 * in place; without, the page reloads); coordinators read every site's and answer none.
 */
@Controller
class DataQualityPages {

  private static final int PAGE_SIZE = 50;

  private final DataQualityReview review;

  DataQualityPages(DataQualityReview review) {
    this.review = review;
  }

  @GetMapping("/data-quality")
  @PreAuthorize("hasAnyRole('SITE_STAFF', 'SITE_LEAD', 'COORDINATOR')")
  public String findings(
      Actor actor,
      @RequestParam(defaultValue = "OPEN") Status status,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    model.addAttribute(
        "findings", review.page(actor, Optional.of(status), Math.max(page, 0), PAGE_SIZE));
    model.addAttribute("status", status);
    model.addAttribute("tally", review.tally(actor));
    model.addAttribute("answers", actor.isSiteUser());
    return "quality/findings";
  }

  @PostMapping("/data-quality/{findingId}/answer")
  @PreAuthorize("hasAnyRole('SITE_STAFF', 'SITE_LEAD')")
  public String answer(
      Actor actor,
      @PathVariable UUID findingId,
      @RequestParam(defaultValue = "") String answer,
      @RequestHeader(value = "HX-Request", required = false) String htmx,
      Model model,
      RedirectAttributes redirect) {
    boolean inPlace = htmx != null;
    String outcome = "saved";
    try {
      review.answer(actor, findingId, answer);
    } catch (RecordRejectedException e) {
      outcome = "unanswered";
    }
    if (!inPlace) {
      redirect.addFlashAttribute(outcome, outcome.equals("saved") ? "saved.answer" : findingId);
      return "redirect:/data-quality";
    }
    model.addAttribute(outcome.equals("saved") ? "cardSaved" : "cardUnanswered", true);
    model.addAttribute("f", review.find(actor, findingId));
    model.addAttribute("answers", true);
    return "quality/findings :: finding(f=${f})";
  }
}
