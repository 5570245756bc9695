package no.followup.registry.web.security;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Where Keycloak sends the browser back after signing out. */
@Controller
class SignedOutPage {

  @GetMapping("/loggedout")
  @PreAuthorize("permitAll()")
  public String signedOut() {
    return "loggedout";
  }
}
