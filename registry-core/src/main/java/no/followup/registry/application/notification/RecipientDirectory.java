package no.followup.registry.application.notification;

import java.util.List;
import no.followup.registry.domain.site.SiteCode;

/**
 * Who the coordinators and each site's leads are, with their e-mail addresses, as the identity
 * provider knows them: answered from memory (never a call to the provider in a request's
 * transaction), empty when no directory is configured.
 */
public interface RecipientDirectory {

  List<String> coordinators();

  List<String> leadsOf(SiteCode site);

  /** Reads the directory again now (it is also read every few minutes). */
  void refresh();
}
