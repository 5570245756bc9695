package no.followup.registry.persistence.site;

import static org.assertj.core.api.Assertions.assertThat;

import no.followup.registry.domain.site.HealthRegion;
import no.followup.registry.domain.site.Site;
import no.followup.registry.domain.site.SiteCode;
import no.followup.registry.domain.site.SiteType;
import no.followup.registry.persistence.Database;
import org.junit.jupiter.api.Test;

class SitesPersistenceTest {

  private static final Database DB = Database.migrated();
  private final JdbcSites sites = new JdbcSites(DB.jdbc());

  @Test
  void seven_sites_cover_all_four_health_regions_public_and_private() {
    assertThat(sites.all()).hasSize(7).extracting(Site::region).containsOnly(HealthRegion.values());
    assertThat(sites.all())
        .extracting(Site::type)
        .contains(SiteType.PUBLIC_HOSPITAL, SiteType.PRIVATE_CLINIC);
  }

  @Test
  void finds_a_site_by_code() {
    assertThat(sites.find(SiteCode.of("HUS")))
        .contains(
            new Site(
                SiteCode.of("HUS"),
                "Haukeland universitetssjukehus",
                HealthRegion.HELSE_VEST,
                SiteType.PUBLIC_HOSPITAL));
    assertThat(sites.find(SiteCode.of("NOPE"))).isEmpty();
  }
}
