package no.followup.registry.web.worklist;

import java.time.LocalDate;
import java.util.List;
import no.followup.registry.application.RegistryClock;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.access.Role;
import no.followup.registry.application.followup.DueVisit;
import no.followup.registry.application.followup.FollowUps;
import no.followup.registry.domain.study.VisitState;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The worklist: what the site should see to, soonest closing window first. Other roles land on the
 * page of their own work (until it exists, a page that says what they may do here).
 */
@Controller
class WorklistController {

  /** More than a site sees to in a day; the rest is one page further. */
  private static final int SHOWN = 200;

  private final FollowUps followUps;
  private final RegistryClock clock;

  WorklistController(FollowUps followUps, RegistryClock clock) {
    this.followUps = followUps;
    this.clock = clock;
  }

  @GetMapping("/")
  @PreAuthorize("isAuthenticated()")
  public String start(Actor actor, Model model) {
    if (actor.isCoordinator()) {
      return "redirect:/dashboard";
    }
    if (actor.roles().contains(Role.RESEARCHER)) {
      return "redirect:/datasets";
    }
    if (!actor.isSiteUser() || actor.site().isEmpty()) {
      return "start";
    }
    List<DueVisit> due = followUps.dueAtOwnSite(actor, 0, SHOWN).items();
    LocalDate today = clock.today();
    model.addAttribute("today", today);
    model.addAttribute(
        "closingThisWeek",
        due.stream()
            .filter(v -> v.state() == VisitState.DUE)
            .filter(v -> !v.windowCloses().isAfter(today.plusDays(7)))
            .toList());
    model.addAttribute(
        "openLater",
        due.stream()
            .filter(v -> v.state() == VisitState.DUE)
            .filter(v -> v.windowCloses().isAfter(today.plusDays(7)))
            .toList());
    model.addAttribute("missed", due.stream().filter(v -> v.state() == VisitState.MISSED).toList());
    return "worklist";
  }
}
