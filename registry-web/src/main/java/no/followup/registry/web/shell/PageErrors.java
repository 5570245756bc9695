package no.followup.registry.web.shell;

import jakarta.servlet.http.HttpServletResponse;
import no.followup.registry.application.access.AccessDeniedException;
import no.followup.registry.application.access.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * What a page answers when the person may not see something: "not found" for another site's
 * participant (whether it exists is not told), "not allowed" for a role that does not do this.
 */
@ControllerAdvice(basePackages = "no.followup.registry.web")
@Order(Ordered.HIGHEST_PRECEDENCE) // before the API's problem+json handler, which serves every path
class PageErrors {

  private final PageModel pageModel;

  PageErrors(PageModel pageModel) {
    this.pageModel = pageModel;
  }

  @ExceptionHandler(NotFoundException.class)
  String notFound(HttpServletResponse response, Model model) {
    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    model.addAttribute("user", pageModel.user());
    return "error/not-found";
  }

  @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
  String forbidden(HttpServletResponse response, Model model) {
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    model.addAttribute("user", pageModel.user());
    return "error/forbidden";
  }
}
