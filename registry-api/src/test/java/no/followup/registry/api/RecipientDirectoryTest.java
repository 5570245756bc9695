package no.followup.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import no.followup.registry.api.support.ApiTest;
import no.followup.registry.application.notification.RecipientDirectory;
import no.followup.registry.application.notification.Recipients;
import no.followup.registry.domain.site.SiteCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The coordinators and site leads come from the real Keycloak realm with their e-mail addresses,
 * read by the registry-notifier client's service account; site staff and researchers are nobody the
 * notifications go to.
 */
@ApiTest
class RecipientDirectoryTest {

  @Autowired RecipientDirectory directory;
  @Autowired Recipients recipients;

  @Test
  void coordinators_and_each_sites_leads_are_read_from_keycloak() {
    directory.refresh();

    assertThat(directory.coordinators()).containsExactly("coordinator@registry.example");
    assertThat(directory.leadsOf(SiteCode.of("OUS"))).containsExactly("lead.ous@registry.example");
    assertThat(directory.leadsOf(SiteCode.of("HUS"))).isEmpty();
    assertThat(recipients.coordinators())
        .doesNotContain("staff.ous@registry.example", "researcher@registry.example");
    assertThat(recipients.leadsOf(SiteCode.of("OUS"))).contains("lead.ous@registry.example");
  }
}
