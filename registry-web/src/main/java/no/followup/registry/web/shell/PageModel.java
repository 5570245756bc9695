package no.followup.registry.web.shell;

import java.util.List;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.access.Role;
import no.followup.registry.web.security.SignedInActor;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout shows on every page: who is signed in, and at which site. */
@ControllerAdvice(basePackages = "no.followup.registry.web")
class PageModel {

  private final SignedInActor signedIn;

  PageModel(SignedInActor signedIn) {
    this.signedIn = signedIn;
  }

  /** Null on the pages seen signed out. */
  @ModelAttribute("user")
  SignedInUser user() {
    return signedIn.current().map(SignedInUser::of).orElse(null);
  }

  /** The signed-in person as the header shows them, and what the menu offers them. */
  public record SignedInUser(String name, String site, List<String> roles, boolean worksAtSite) {

    static SignedInUser of(Actor actor) {
      return new SignedInUser(
          actor.name(),
          actor.site().map(Object::toString).orElse(null),
          actor.roles().stream().map(Role::name).sorted().toList(),
          actor.isSiteUser() && actor.site().isPresent());
    }
  }
}
