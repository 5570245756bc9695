package no.followup.registry.application.notification;

import java.util.List;
import java.util.stream.Stream;
import no.followup.registry.domain.site.SiteCode;
import org.springframework.stereotype.Component;

/**
 * Who is told: the coordinators and a site's leads as Keycloak knows them (their e-mail addresses),
 * and the addresses configured besides (a shared mailbox, say), each address once.
 */
@Component
public class Recipients {

  private final NotificationSettings settings;
  private final RecipientDirectory directory;

  public Recipients(NotificationSettings settings, RecipientDirectory directory) {
    this.settings = settings;
    this.directory = directory;
  }

  public List<String> coordinators() {
    return distinct(settings.coordinators(), directory.coordinators());
  }

  public List<String> leadsOf(SiteCode site) {
    return distinct(settings.leadsOf(site), directory.leadsOf(site));
  }

  private static List<String> distinct(List<String> configured, List<String> known) {
    return Stream.concat(configured.stream(), known.stream())
        .map(String::strip)
        .filter(address -> !address.isEmpty())
        .distinct()
        .toList();
  }
}
