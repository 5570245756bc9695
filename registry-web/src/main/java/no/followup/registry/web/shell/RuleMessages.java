package no.followup.registry.web.shell;

import java.util.List;
import java.util.Locale;
import no.followup.registry.domain.shared.Violation;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/** A rule's text in the person's language (the domain's English text when none is written). */
@Component
public class RuleMessages {

  private final MessageSource messages;

  RuleMessages(MessageSource messages) {
    this.messages = messages;
  }

  public List<String> of(List<Violation> violations, Locale locale) {
    return violations.stream().map(v -> of(v, locale)).toList();
  }

  public String of(Violation violation, Locale locale) {
    String code = "rule." + violation.rule();
    return messages.getMessage(
        new DefaultMessageSourceResolvable(
            new String[] {code + "." + violation.field(), code}, violation.message()),
        locale);
  }
}
